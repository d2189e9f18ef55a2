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

function recipient(to: string) {
  return { equals: to.trim(), mode: "insensitive" as const };
}

/**
 * One recipient's emails, newest first; `to` matches exactly, ignoring case. There is no
 * listing of everyone's mail: the outbox holds other people's sign-in links.
 */
export async function listOutbox({
  to,
  limit = 50,
}: {
  to: string;
  limit?: number;
}): Promise<OutboxListItem[]> {
  return db.outboxEmail.findMany({
    where: { to: recipient(to) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Number.isFinite(limit) ? Math.min(Math.max(Math.trunc(limit), 1), MAX_LIMIT) : 50,
    select: { id: true, to: true, subject: true, template: true, createdAt: true },
  });
}

/** One email, only when it was addressed to `to`. */
export async function getOutboxEmail({ id, to }: { id: string; to: string }) {
  return db.outboxEmail.findFirst({ where: { id, to: recipient(to) } });
}
