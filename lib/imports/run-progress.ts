import type { ImportRun } from "@/lib/generated/prisma/client";
import type { ImportRowOutcome, ImportStatus } from "@/lib/generated/prisma/enums";

/** Re-exported for components, which do not reach into the generated client. */
export type { ImportRowOutcome, ImportStatus };

/**
 * What an import's page polls while it runs (GET /api/imports/:id): enough to draw the progress
 * bar, the counts and the next step. Dates are ISO strings (JSON).
 */
export type ImportProgress = {
  id: string;
  number: number;
  status: ImportStatus;
  bytesTotal: number;
  bytesProcessed: number;
  rowsProcessed: number;
  rowsValid: number;
  rowsInvalid: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  failureReason: string | null;
  cancelRequested: boolean;
  createdAt: string;
  validationStartedAt: string | null;
  validatedAt: string | null;
  commitStartedAt: string | null;
  finishedAt: string | null;
};

export function importProgress(run: ImportRun): ImportProgress {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    id: run.id,
    number: run.number,
    status: run.status,
    bytesTotal: run.bytesTotal,
    bytesProcessed: run.bytesProcessed,
    rowsProcessed: run.rowsProcessed,
    rowsValid: run.rowsValid,
    rowsInvalid: run.rowsInvalid,
    createdCount: run.createdCount,
    updatedCount: run.updatedCount,
    unchangedCount: run.unchangedCount,
    failureReason: run.failureReason,
    cancelRequested: run.cancelRequestedAt !== null,
    createdAt: run.createdAt.toISOString(),
    validationStartedAt: iso(run.validationStartedAt),
    validatedAt: iso(run.validatedAt),
    commitStartedAt: iso(run.commitStartedAt),
    finishedAt: iso(run.finishedAt),
  };
}

/** Statuses a job is working on; the page polls while the run is in one. */
export const RUNNING_STATUSES: readonly ImportStatus[] = ["VALIDATING", "COMMITTING"];
