import "server-only";
import type { Scope } from "@/lib/scope";

/**
 * Runs `fn` in a transaction: the caller's, when the scope already holds one (server actions
 * with an audit entry), or a new one. Order writes lock rows and touch stock, the order and the
 * customer together, so they must commit or roll back as one.
 */
export async function inTransaction<T>(scope: Scope, fn: (tx: Scope) => Promise<T>): Promise<T> {
  const { db } = scope;
  if (!("$transaction" in db)) return fn(scope);
  // Many checkouts at once queue for connections; waiting a few seconds beats failing.
  return db.$transaction((tx) => fn({ ...scope, db: tx }), { maxWait: 15_000, timeout: 30_000 });
}
