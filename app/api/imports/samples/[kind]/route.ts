import { z } from "zod";
import { importKindParamSchema, kindSlug } from "@/lib/imports/kind-slug";
import { sampleCsv } from "@/lib/imports/templates";
import { defineRoute } from "@/lib/http/define-route";
import { csvTextResponse } from "@/lib/http/csv-response";

/** A ready-made file that imports into the demo shop, to try an import end to end. */
export const GET = defineRoute({
  permission: "imports.run",
  input: z.object({ kind: importKindParamSchema }),
  handler: async ({ kind }) =>
    csvTextResponse(`backroom-${kindSlug(kind)}-sample.csv`, sampleCsv(kind)),
});
