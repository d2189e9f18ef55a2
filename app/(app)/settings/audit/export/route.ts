import { AUDIT_EXPORT_COLUMNS, listAuditLogForExport } from "@/lib/audit/export-audit-log";
import { auditFiltersSchema, toAuditQuery } from "@/lib/audit/schemas";
import { db } from "@/lib/db";
import { csvResponse } from "@/lib/http/csv-response";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** The filtered audit log as a CSV download. */
export const GET = defineRoute({
  permission: "audit.view",
  input: auditFiltersSchema,
  handler: async (filters, ctx) => {
    const rows = await listAuditLogForExport({ db, orgId: ctx.org.id }, toAuditQuery(filters));
    return csvResponse("audit-log", AUDIT_EXPORT_COLUMNS, rows);
  },
});
