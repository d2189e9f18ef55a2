import "server-only";
import type { Db } from "@/lib/db";
import type { JobLogger } from "./define-job";

/**
 * Leases on RUNNING JobRun rows: a runner claims a row with a lease and renews it every
 * `HEARTBEAT_MS` while the handler runs. A row whose lease lapsed belongs to a process that
 * died (kill -9, a crash, a lost machine) and is recovered by the next poll of any runner —
 * within a minute instead of after the job's whole time limit.
 */

/** How long a claim holds without a heartbeat. */
export const LEASE_MS = 45_000;
/** How often a running job renews its lease: several beats fit in one lease. */
export const HEARTBEAT_MS = 10_000;

// Runs this process is working on. On the embedded database a long transaction (an import
// commit) holds the one backend, so a heartbeat can wait behind it past the lease; this
// process never takes its own runs for dead. On PostgreSQL heartbeats are not blocked.
const IN_FLIGHT_KEY = Symbol.for("backroom.jobsInFlight");
const holder = globalThis as typeof globalThis & { [IN_FLIGHT_KEY]?: Set<string> };
export const inFlightRuns: Set<string> = (holder[IN_FLIGHT_KEY] ??= new Set());

export function leaseUntil(now: Date): Date {
  return new Date(now.getTime() + LEASE_MS);
}

/**
 * Renews the lease of a run while `work` goes on. The renewal is fenced by `attempts`, so a
 * run presumed dead and claimed again is never renewed by the old attempt.
 */
export async function withHeartbeat<T>(
  db: Db,
  row: { id: string; attempts: number },
  clock: () => Date,
  logger: JobLogger,
  work: () => Promise<T>,
): Promise<T> {
  inFlightRuns.add(row.id);
  let beating: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (beating) return; // the previous renewal is still queued; one is enough
    beating = db.jobRun
      .updateMany({
        where: { id: row.id, status: "RUNNING", attempts: row.attempts },
        data: { leaseExpiresAt: leaseUntil(clock()) },
      })
      .catch((error: unknown) => logger.warn("lease renewal failed; retrying", error))
      .finally(() => (beating = undefined));
  }, HEARTBEAT_MS).unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
    inFlightRuns.delete(row.id);
    await beating;
  }
}
