import { CUSTOMER_EXPORT_COLUMNS, exportCustomers } from "@/lib/customers/export-customers";
import { customerListSchema, toCustomerFilters } from "@/lib/customers/list-schema";
import { db } from "@/lib/db";
import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/define-route";
import { assertPermission } from "@/lib/rbac/assert-permission";

export const dynamic = "force-dynamic";

/** The customer list as filtered and sorted on screen, as a CSV download. */
export const GET = defineRoute({
  // A bulk copy of contact details and consent is a privacy matter, not everyday customer work.
  permission: "customers.privacy",
  input: customerListSchema,
  handler: async (params, ctx) => {
    assertPermission(ctx.permissions, "customers.manage");
    const { currency } = ctx.org;
    const rows = await exportCustomers(
      { db, orgId: ctx.org.id },
      { sort: params.sort, dir: params.dir, filters: toCustomerFilters(params, currency) },
      currency,
    );
    return csvResponse("customers", CUSTOMER_EXPORT_COLUMNS, rows);
  },
});
