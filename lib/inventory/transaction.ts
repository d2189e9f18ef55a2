import "server-only";
import type { Db } from "@/lib/db";
import type { Scope } from "@/lib/scope";

/**
 * Runs `fn` in a transaction: the caller's when the scope already holds one (a server
 * action with audit, another lib function), else a new one. Stock writes lock levels
 * until commit, so they are never run outside a transaction.
 */
export async function inTransaction<T>(scope: Scope, fn: (scope: Scope) => Promise<T>) {
  const db = scope.db as Db & { $transaction?: unknown };
  if (typeof db.$transaction !== "function") return fn(scope);
  const client = scope.db as Extract<Db, { $transaction: unknown }>;
  return client.$transaction((tx) => fn({ ...scope, db: tx }), {
    // Under contention a transaction may wait for a pooled connection and for level locks.
    maxWait: 10_000,
    timeout: 15_000,
  });
}
