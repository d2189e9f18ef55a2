import "server-only";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/db";
import type { Actor } from "./actor";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Keys whose values never belong in an audit log. */
const SECRET_KEYS = /password|token|secret|hash/i;

function redact(value: unknown): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (value === undefined || value === null) return Prisma.DbNull;
  const json = JSON.stringify(value, (key, v) =>
    key && SECRET_KEYS.test(key) ? "[redacted]" : typeof v === "bigint" ? v.toString() : v,
  );
  return JSON.parse(json) as Prisma.InputJsonValue;
}

/** Writes one audit row. Call it inside the same transaction as the write it describes. */
export async function recordAudit(
  db: Db,
  { orgId, actor }: { orgId: string; actor: Actor },
  entry: AuditEntry,
) {
  await db.auditLog.create({
    data: {
      orgId,
      actorType: actor.type,
      actorId: actor.id ?? null,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: redact(entry.before),
      after: redact(entry.after),
    },
  });
}
