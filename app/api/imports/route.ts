import { z } from "zod";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { importKindParamSchema } from "@/lib/imports/kind-slug";
import { createImportFromUpload } from "@/lib/imports/uploads";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

const uploadSchema = z.object({
  kind: importKindParamSchema,
  name: z
    .string({ error: "Name the file (?name=sales.csv)." })
    .trim()
    .min(1, "Name the file (?name=sales.csv).")
    .max(255, "Keep the file name to 255 characters."),
});

/**
 * Uploads a file to import: the raw file is the request body and its kind and name are in the
 * query string (`POST /api/imports?kind=sales&name=march.csv`), so the body streams straight
 * into storage however large it is, instead of being buffered as multipart form data.
 */
export const POST = defineRoute({
  permission: "imports.run",
  input: uploadSchema,
  inputFrom: "query",
  handler: async ({ kind, name }, ctx) => {
    if (!ctx.request.body) throw new UserError("Send the file as the request body.");
    const run = await createImportFromUpload(
      { db, orgId: ctx.org.id, actor: ctx.actor },
      { kind, fileName: name, body: ctx.request.body },
    );
    return Response.json(
      { id: run.id, number: run.number, status: run.status, duplicateOfId: run.duplicateOfId },
      { status: 201, headers: { location: `/api/imports/${run.id}` } },
    );
  },
});
