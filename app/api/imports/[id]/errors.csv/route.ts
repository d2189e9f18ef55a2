import { z } from "zod";
import { db } from "@/lib/db";
import { errorRowsCsv } from "@/lib/imports/error-file";
import { kindSlug } from "@/lib/imports/kind-slug";
import { getImportRun } from "@/lib/imports/runs";
import { csvStreamResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/**
 * The rows an import could not use, with their original cells and a last "Errors" column, so
 * the file can be fixed in a spreadsheet and uploaded again as it is.
 */
export const GET = defineRoute({
  permission: "imports.run",
  input: z.object({ id: z.string().min(1).max(64) }),
  handler: async ({ id }, ctx) => {
    const scope = { db, orgId: ctx.org.id };
    // Looked up first so an unknown id (or another organisation's) is a 404, not an empty file.
    const run = await getImportRun(scope, id);
    return csvStreamResponse(
      `import-${run.number}-${kindSlug(run.kind)}-errors.csv`,
      errorRowsCsv(scope, run.id),
    );
  },
});
