import "server-only";
import type { Db } from "@/lib/db";
import { auditWhere, type AuditFilters } from "./list-audit-log";

/** Rows exported at most per download. */
export const AUDIT_EXPORT_LIMIT = 50_000;

export const AUDIT_EXPORT_COLUMNS = [
  "time",
  "actor_type",
  "actor",
  "action",
  "entity",
  "entity_id",
  "before",
  "after",
];

/** The filtered audit log as CSV rows, newest first. */
export async function listAuditLogForExport(
  { db, orgId }: { db: Db; orgId: string },
  filters: AuditFilters,
) {
  const rows = await db.auditLog.findMany({
    where: auditWhere(orgId, filters),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_EXPORT_LIMIT,
  });
  return rows.map((r) => [
    r.createdAt.toISOString(),
    r.actorType,
    r.actorLabel,
    r.action,
    r.entityType,
    r.entityId ?? "",
    r.before == null ? "" : JSON.stringify(r.before),
    r.after == null ? "" : JSON.stringify(r.after),
  ]);
}
