import "server-only";
import { db } from "@/lib/db";

export interface OutboxListItem {
  id: string;
  to: string;
  subject: string;
  template: string;
  createdAt: Date;
}

const MAX_LIMIT = 200;

/** Newest first; `to` matches the recipient exactly, ignoring case. */
export async function listOutbox({ to, limit = 50 }: { to?: string; limit?: number } = {}): Promise<
  OutboxListItem[]
> {
  return db.outboxEmail.findMany({
    where: to ? { to: { equals: to.trim(), mode: "insensitive" } } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Number.isFinite(limit) ? Math.min(Math.max(Math.trunc(limit), 1), MAX_LIMIT) : 50,
    select: { id: true, to: true, subject: true, template: true, createdAt: true },
  });
}

export async function getOutboxEmail(id: string) {
  return db.outboxEmail.findUnique({ where: { id } });
}
