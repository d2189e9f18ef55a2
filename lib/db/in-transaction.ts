import "server-only";
import type { Db } from "./index";

/**
 * Runs `fn` in a transaction: the caller's when the scope already holds one (a server
 * action with an audit entry, another lib function), else a new one. Multi-row writes
 * (an order with its stock, a product with its variants) land together or not at all.
 */
export async function inTransaction<S extends { db: Db }, T>(
  scope: S,
  fn: (scope: S) => Promise<T>,
): Promise<T> {
  const { db } = scope;
  if (!("$transaction" in db)) return fn(scope);
  // Under contention (many orders for the same stock) a transaction queues for a pooled
  // connection and for row locks; waiting a few seconds beats failing.
  return db.$transaction((tx) => fn({ ...scope, db: tx }), { maxWait: 15_000, timeout: 30_000 });
}
