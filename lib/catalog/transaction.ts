import "server-only";
import { Prisma } from "@/lib/db";
import type { Scope } from "@/lib/scope";

/**
 * Runs `fn` in a transaction: the caller's when the scope already holds one (a server action
 * with an audit entry), else a new one. Writes of several rows (a product and its variants)
 * must land together or not at all.
 */
export async function inTransaction<T>(scope: Scope, fn: (scope: Scope) => Promise<T>) {
  if ("$transaction" in scope.db) {
    return scope.db.$transaction((tx) => fn({ ...scope, db: tx }), { timeout: 15_000 });
  }
  return fn(scope);
}

/** A unique index refused the write (two saves raced past the friendly pre-check). */
export function isUniqueViolation(error: unknown) {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Escapes % and _ so user text matches literally inside ILIKE patterns. */
export function likePattern(q: string) {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
