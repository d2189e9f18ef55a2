import { Prisma } from "@/lib/generated/prisma/client";

/** Seconds a client is asked to wait before trying again when the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is busy or unavailable right now. Nothing was changed; try again in a few seconds.";

// Prisma codes for "could not reach / lost / waited too long for a connection".
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// pg and the driver adapter throw these as plain errors, sometimes wrapped by Prisma.
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|Can't reach database server|Server has closed the connection|DatabaseNotReachable|ConnectionClosed|SocketTimeout|Timed out fetching a new connection|Connection terminated due to connection timeout|Client has encountered a connection error/i;

/**
 * True when `error` says the database could not be reached or a connection was lost or not
 * available in time — the request itself was fine and may simply be retried.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    if (
      (e instanceof Prisma.PrismaClientKnownRequestError && PRISMA_CODES.has(e.code)) ||
      e instanceof Prisma.PrismaClientInitializationError
    ) {
      return true;
    }
    if (typeof e === "object" && "code" in e && typeof e.code === "string") {
      if (PRISMA_CODES.has(e.code) || e.code === "ECONNREFUSED" || e.code === "ECONNRESET") {
        return true;
      }
    }
    if (e instanceof Error && MESSAGES.test(e.message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
