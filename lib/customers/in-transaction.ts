import "server-only";
import type { Db } from "@/lib/db";

/**
 * Runs `fn` in a transaction: the caller's, when `db` already is one (a server action with
 * an audit entry), else a new one (scripts, jobs, tests).
 */
export function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction((tx) => fn(tx)) : fn(db);
}
