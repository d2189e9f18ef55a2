import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditFilters = {
  entityType?: string;
  actorId?: string;
  from?: Date;
  to?: Date;
};

const PAGE_SIZE = 50;

export function auditWhere(orgId: string, filters: AuditFilters): Prisma.AuditLogWhereInput {
  return {
    orgId,
    entityType: filters.entityType || undefined,
    actorId: filters.actorId || undefined,
    createdAt: filters.from || filters.to ? { gte: filters.from, lt: filters.to } : undefined,
  };
}

/** One page of an organisation's audit log, newest first, with a cursor for the next. */
export async function listAuditLog(
  { db, orgId }: { db: Db; orgId: string },
  filters: AuditFilters & { cursor?: string },
) {
  const where = auditWhere(orgId, filters);
  // A cursor from another organisation's log is ignored rather than trusted.
  const cursor = filters.cursor
    ? await db.auditLog.findFirst({ where: { id: filters.cursor, orgId }, select: { id: true } })
    : null;
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    ...(cursor ? { cursor: { id: cursor.id }, skip: 1 } : {}),
  });
  const hasMore = rows.length > PAGE_SIZE;
  const page = rows.slice(0, PAGE_SIZE);
  return { rows: page, nextCursor: hasMore ? page.at(-1)?.id : undefined };
}

/** Distinct entity types and actors of an organisation, for the filter menus. */
export async function auditFilterOptions({ db, orgId }: { db: Db; orgId: string }) {
  const [entities, actors] = await Promise.all([
    db.auditLog.findMany({
      where: { orgId },
      distinct: ["entityType"],
      select: { entityType: true },
    }),
    db.auditLog.findMany({
      where: { orgId, actorId: { not: null } },
      distinct: ["actorId"],
      select: { actorId: true, actorLabel: true },
    }),
  ]);
  return {
    entityTypes: entities.map((e) => e.entityType).sort(),
    actors: actors.map((a) => ({ id: a.actorId!, label: a.actorLabel })),
  };
}
