import { z } from "zod";
import { importKindParamSchema, kindSlug } from "@/lib/imports/kind-slug";
import { templateCsv } from "@/lib/imports/templates";
import { defineRoute } from "@/lib/http/define-route";
import { csvTextResponse } from "@/lib/http/csv-response";

/** An empty-but-for-examples file with the columns a kind understands. */
export const GET = defineRoute({
  permission: "imports.run",
  input: z.object({ kind: importKindParamSchema }),
  handler: async ({ kind }) =>
    csvTextResponse(`backroom-${kindSlug(kind)}-template.csv`, templateCsv(kind)),
});
