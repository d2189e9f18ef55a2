import { listAuditLogForExport } from "@/lib/audit/export-audit-log";
import { auditFiltersSchema, toAuditQuery } from "@/lib/audit/schemas";
import { db } from "@/lib/db";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

/** The filtered audit log as a CSV download. */
export const GET = defineRoute({
  permission: "audit.view",
  input: auditFiltersSchema,
  handler: async (filters, ctx) => {
    const csv = await listAuditLogForExport({ db, orgId: ctx.org.id }, toAuditQuery(filters));
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      },
    });
  },
});
