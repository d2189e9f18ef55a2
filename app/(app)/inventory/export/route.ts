import { db } from "@/lib/db";
import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/define-route";
import { LEVEL_EXPORT_COLUMNS, listInventoryLevelsForExport } from "@/lib/inventory/list-levels";
import { levelListSchema } from "@/lib/inventory/list-schemas";

export const dynamic = "force-dynamic";

/** The stock-levels view, with the same filters and sort, as a CSV download. */
export const GET = defineRoute({
  permission: "inventory.view",
  input: levelListSchema,
  handler: async (params, ctx) => {
    const rows = await listInventoryLevelsForExport({ db, orgId: ctx.org.id }, params);
    return csvResponse("inventory", LEVEL_EXPORT_COLUMNS, rows);
  },
});
