import { exportProducts, PRODUCT_EXPORT_COLUMNS } from "@/lib/catalog/export-products";
import { productListSchema } from "@/lib/catalog/schemas";
import { db } from "@/lib/db";
import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** The products list's current view (filters and sort, every page) as CSV, one row per variant. */
export const GET = defineRoute({
  permission: "catalog.view",
  input: productListSchema,
  handler: async (params, ctx) => {
    const rows = await exportProducts({ db, orgId: ctx.org.id }, params, ctx.org.currency);
    return csvResponse("products", PRODUCT_EXPORT_COLUMNS, rows);
  },
});
