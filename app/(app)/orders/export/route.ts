import { db } from "@/lib/db";
import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/define-route";
import { ORDER_EXPORT_COLUMNS, exportOrders } from "@/lib/orders/list-orders";
import { orderListSchema } from "@/lib/orders/schemas";

export const dynamic = "force-dynamic";

/** The order list as filtered and sorted on screen, as a CSV download. */
export const GET = defineRoute({
  permission: "orders.view",
  input: orderListSchema,
  handler: async (params, ctx) => {
    const rows = await exportOrders({ db, orgId: ctx.org.id }, params, ctx.org.timezone);
    return csvResponse("orders", ORDER_EXPORT_COLUMNS, rows);
  },
});
