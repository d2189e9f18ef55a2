import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { transition } from "./run-status";

/**
 * What becomes of an import whose job died with its process (a crash, kill -9, a lost machine):
 * the run must not stay "checking" or "saving" for ever, refusing every command. The job runner
 * calls these once the job's lease lapses (lib/jobs/lease.ts); both are idempotent and only move
 * a run that is still in the state the dead job left it in.
 */

export const CHECK_INTERRUPTED =
  "The server stopped while checking this file. Nothing was saved. Run the check again.";
export const SAVE_INTERRUPTED =
  "The server stopped while saving this import. Nothing was saved. Save it again.";

type RunRef = { orgId: string; runId: string };

/**
 * A dry run that died goes back to "uploaded" with its mapping kept, so the person can run the
 * check again (or discard it); the rows it had staged are dropped. A cancel requested meanwhile
 * is honoured instead.
 */
export async function settleInterruptedCheck({ orgId, runId }: RunRef, db: Db = defaultDb) {
  const run = await db.importRun.findFirst({ where: { id: runId, orgId } });
  // Died between finishing the check and queueing its save: the save was never queued.
  if (run?.status === "COMMITTING" && run.autoCommit)
    return settleInterruptedSave({ orgId, runId }, db);
  if (!run || run.status !== "VALIDATING") return;
  await db.importRow.deleteMany({ where: { importRunId: run.id, orgId } });
  await transition(
    db,
    run,
    "VALIDATING",
    run.cancelRequestedAt
      ? { status: "CANCELLED", finishedAt: new Date() }
      : {
          status: "UPLOADED",
          failureReason: CHECK_INTERRUPTED,
          validationStartedAt: null,
          validatedAt: null,
          bytesProcessed: 0,
          rowsProcessed: 0,
          rowsValid: 0,
          rowsInvalid: 0,
          createdCount: 0,
          updatedCount: 0,
          unchangedCount: 0,
        },
  );
}

/**
 * A save that died rolled back with its connection (the commit is one transaction), so the
 * run is checked but not saved: back to "validated", where saving again writes exactly its
 * rows and discarding works. A cancel requested meanwhile is honoured instead.
 */
export async function settleInterruptedSave({ orgId, runId }: RunRef, db: Db = defaultDb) {
  const run = await db.importRun.findFirst({ where: { id: runId, orgId } });
  if (!run || run.status !== "COMMITTING") return;
  await transition(
    db,
    run,
    "COMMITTING",
    run.cancelRequestedAt
      ? { status: "CANCELLED", finishedAt: new Date() }
      : { status: "VALIDATED", failureReason: SAVE_INTERRUPTED, commitStartedAt: null },
  );
}
