import "server-only";
import { stringify } from "csv-stringify/sync";
import type { Db } from "@/lib/db";
import { auditWhere, type AuditFilters } from "./list-audit-log";

/** Rows exported at most per download; the page says so if a filter would exceed it. */
export const AUDIT_EXPORT_LIMIT = 50_000;

export async function listAuditLogForExport(
  { db, orgId }: { db: Db; orgId: string },
  filters: AuditFilters,
) {
  const rows = await db.auditLog.findMany({
    where: auditWhere(orgId, filters),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_EXPORT_LIMIT,
  });
  return stringify(
    rows.map((r) => [
      r.createdAt.toISOString(),
      r.actorType,
      r.actorLabel,
      r.action,
      r.entityType,
      r.entityId ?? "",
      r.before == null ? "" : JSON.stringify(r.before),
      r.after == null ? "" : JSON.stringify(r.after),
    ]),
    {
      header: true,
      columns: ["time", "actor_type", "actor", "action", "entity", "entity_id", "before", "after"],
    },
  );
}
