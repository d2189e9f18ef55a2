import { z } from "zod";
import { db } from "@/lib/db";
import { importProgress } from "@/lib/imports/run-progress";
import { getImportRun } from "@/lib/imports/runs";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** An import's progress, polled about once a second by its page while it runs. */
export const GET = defineRoute({
  permission: "imports.run",
  input: z.object({ id: z.string().min(1).max(64) }),
  handler: async ({ id }, ctx) => {
    const run = await getImportRun({ db, orgId: ctx.org.id }, id);
    return Response.json(importProgress(run), { headers: { "cache-control": "no-store" } });
  },
});
