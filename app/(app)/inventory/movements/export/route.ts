import { db } from "@/lib/db";
import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/define-route";
import { MOVEMENT_EXPORT_COLUMNS, listMovementsForExport } from "@/lib/inventory/list-movements";
import { movementListSchema } from "@/lib/inventory/list-schemas";

export const dynamic = "force-dynamic";

/** The movement history, with the same filters and sort, as a CSV download. */
export const GET = defineRoute({
  permission: "inventory.view",
  input: movementListSchema,
  handler: async (params, ctx) => {
    const rows = await listMovementsForExport({ db, orgId: ctx.org.id }, params);
    return csvResponse("stock-movements", MOVEMENT_EXPORT_COLUMNS, rows);
  },
});
