import "server-only";
import type { Db } from "@/lib/db";
import type { ImportStatus } from "@/lib/generated/prisma/enums";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { UserError } from "@/lib/errors";

/** Thrown inside a job when the person cancelled the run; the job then records CANCELLED. */
export class ImportCancelledError extends Error {
  override name = "ImportCancelledError";
  constructor() {
    super("The import was cancelled.");
  }
}

/** Said when something unexpected broke: the details go to the log, not to the person. */
export const UNEXPECTED_FAILURE =
  "Something went wrong on our side while processing this file. Nothing was changed; try again, and contact support if it keeps happening.";

/** Said when the database connection was lost for good (after the job's retries). */
export const CONNECTION_LOST =
  "The connection to the database was lost while processing this file. Nothing was changed; try again in a minute.";

/** The reason shown on a failed run: a UserError's own words, else a generic sentence. */
export function failureReason(error: unknown): string {
  if (error instanceof UserError) return error.message;
  return isDatabaseUnavailable(error) ? CONNECTION_LOST : UNEXPECTED_FAILURE;
}

/**
 * A lost or refused database connection is worth another attempt of the job (with the runner's
 * backoff) rather than a failed run, as long as attempts remain: the work is idempotent.
 */
export function shouldRetryJob(error: unknown, options: { retryable?: boolean }): boolean {
  return options.retryable === true && isDatabaseUnavailable(error);
}

/** Moves a run between statuses only from the one expected, so a late job never undoes a newer change. */
export async function transition(
  db: Db,
  run: { id: string; orgId: string },
  from: ImportStatus | ImportStatus[],
  data: Parameters<Db["importRun"]["updateMany"]>[0]["data"],
): Promise<boolean> {
  const { count } = await db.importRun.updateMany({
    where: { id: run.id, orgId: run.orgId, status: Array.isArray(from) ? { in: from } : from },
    data,
  });
  return count === 1;
}

/** Counts of a run's rows by outcome, as stored on the run. */
export async function outcomeCounts(db: Db, run: { id: string; orgId: string }) {
  const groups = await db.importRow.groupBy({
    by: ["outcome"],
    where: { importRunId: run.id, orgId: run.orgId },
    _count: { _all: true },
  });
  const count = (outcome: string | null) =>
    groups.find((g) => g.outcome === outcome)?._count._all ?? 0;
  const total = groups.reduce((sum, g) => sum + g._count._all, 0);
  return {
    rowsProcessed: total,
    rowsInvalid: count("INVALID"),
    rowsValid: total - count("INVALID"),
    createdCount: count("CREATED"),
    updatedCount: count("UPDATED"),
    unchangedCount: count("UNCHANGED"),
  };
}
