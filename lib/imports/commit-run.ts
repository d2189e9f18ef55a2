import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { db as defaultDb, type Db } from "@/lib/db";
import type { ImportRun } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { importContext, kindFor, runActor } from "./run-context";
import {
  failureReason,
  ImportCancelledError,
  outcomeCounts,
  shouldRetryJob,
  transition,
} from "./run-status";
import { clearClassification, allowSortMemory, type RunJobOptions } from "./validate-run";

/**
 * Big imports write hundreds of thousands of rows in one transaction; the app's usual 30 s
 * limit would cut them off halfway (and roll everything back), so the commit gets 15 minutes.
 */
const COMMIT_TIMEOUT_MS = 15 * 60_000;
/** How often a running commit looks for a cancel request. */
const CANCEL_POLL_MS = 1_000;

/**
 * Commits a validated import (job "import-commit"): in ONE transaction, classifies the staged
 * rows again against the data as it is now, lets the kind write them, and records the counts,
 * the audit entry and COMPLETED. Any failure rolls all of it back and leaves the run FAILED
 * with a reason in plain words; a cancel request rolls back to CANCELLED.
 *
 * Safe to run again: only a COMMITTING run is worked on, and its status changes in the same
 * transaction as the data, so a committed import is never written twice.
 */
export async function commitImportRun(
  orgId: string,
  runId: string,
  options: RunJobOptions = {},
): Promise<void> {
  const db = options.db ?? defaultDb;
  const run = await db.importRun.findFirst({ where: { id: runId, orgId } });
  if (!run || run.status !== "COMMITTING") return;
  if (!("$transaction" in db)) throw new Error("An import commits in a transaction of its own.");
  if (run.cancelRequestedAt) {
    await transition(db, run, "COMMITTING", { status: "CANCELLED", finishedAt: new Date() });
    return;
  }

  const watcher = watchForCancel(db, run);
  try {
    await db.$transaction((tx) => writeImport(tx, run, options, watcher), {
      maxWait: 15_000,
      timeout: COMMIT_TIMEOUT_MS,
    });
  } catch (error) {
    if (error instanceof ImportCancelledError || watcher.seen()) {
      await transition(db, run, "COMMITTING", { status: "CANCELLED", finishedAt: new Date() });
      return;
    }
    // The transaction rolled back with its connection; the retry commits the run from scratch.
    if (shouldRetryJob(error, options)) throw error;
    if (!(error instanceof UserError)) {
      (options.log ?? console.error)(`Import ${run.id} could not be committed`, error);
    }
    const reason = failureReason(error);
    const failed = await transition(db, run, "COMMITTING", {
      status: "FAILED",
      failureReason: reason,
      finishedAt: new Date(),
    });
    if (failed) {
      await recordAudit(
        db,
        { orgId, actor: runActor(run) },
        {
          action: "import.failed",
          entityType: "import",
          entityId: run.id,
          after: { number: run.number, kind: run.kind, fileName: run.fileName, reason },
        },
      );
    }
  } finally {
    watcher.stop();
  }
}

async function writeImport(tx: Db, run: ImportRun, options: RunJobOptions, watcher: CancelWatcher) {
  // A second attempt of this job waits here, then finds the run no longer COMMITTING. An advisory
  // lock rather than FOR UPDATE on the run, which would block the cancel request it must see.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`import-commit:${run.id}`}))`;
  const current = await tx.importRun.findFirst({
    where: { id: run.id, orgId: run.orgId },
    select: { status: true },
  });
  if (current?.status !== "COMMITTING") return;
  const [backend] = await tx.$queryRaw<{ pid: number; started: string }[]>`
    SELECT pg_backend_pid() AS "pid", extract(epoch FROM now())::text AS "started"`;
  watcher.attach(backend!);

  const kind = kindFor(run.kind, options);
  const ctx = await importContext(tx, run);
  await allowSortMemory(tx);
  await clearClassification(tx, run);
  await kind.classify(ctx);
  watcher.check();
  await kind.commit(ctx);
  watcher.check();

  const counts = await outcomeCounts(tx, run);
  await tx.importRun.update({
    where: { id: run.id },
    data: { ...counts, status: "COMPLETED", finishedAt: new Date(), failureReason: null },
  });
  await recordAudit(
    tx,
    { orgId: run.orgId, actor: runActor(run) },
    {
      action: "import.completed",
      entityType: "import",
      entityId: run.id,
      after: {
        number: run.number,
        kind: run.kind,
        fileName: run.fileName,
        created: counts.createdCount,
        updated: counts.updatedCount,
        unchanged: counts.unchangedCount,
        invalid: counts.rowsInvalid,
      },
    },
  );
  // The last moment a cancel can still undo everything.
  const [latest] = await tx.$queryRaw<{ cancelRequestedAt: Date | null }[]>`
    SELECT "cancelRequestedAt" FROM "ImportRun" WHERE "id" = ${run.id}`;
  if (latest?.cancelRequestedAt) throw new ImportCancelledError();
  watcher.stop();
}

type CancelWatcher = {
  /** Tells the watcher which server process runs the transaction. */
  attach(backend: { pid: number; started: string }): void;
  /** Throws when a cancel has been seen. */
  check(): void;
  seen(): boolean;
  stop(): void;
};

/**
 * Polls the run on another connection while the commit works. On a cancel request it cancels
 * the transaction's running statement (pg_cancel_backend), so the kind's work fails at once and
 * everything rolls back. The cancel is aimed at that backend *and* that transaction's start
 * time, so it can never hit another query reusing the pooled connection afterwards.
 */
function watchForCancel(db: Db, run: Pick<ImportRun, "id" | "orgId">): CancelWatcher {
  let seen = false;
  let stopped = false;
  let backend: { pid: number; started: string } | undefined;
  let timer: NodeJS.Timeout | undefined;
  const poll = async () => {
    if (stopped) return;
    try {
      const current = await db.importRun.findFirst({
        where: { id: run.id, orgId: run.orgId },
        select: { cancelRequestedAt: true },
      });
      if (current?.cancelRequestedAt) {
        seen = true;
        if (backend && !stopped) {
          await db.$queryRaw`
            SELECT pg_cancel_backend("pid") FROM pg_stat_activity
            WHERE "pid" = ${backend.pid} AND extract(epoch FROM "xact_start")::text = ${backend.started}`;
        }
        return;
      }
    } catch {
      // A failed poll is retried at the next tick; the commit's own final check still holds.
    }
    if (!stopped) timer = setTimeout(() => void poll(), CANCEL_POLL_MS).unref();
  };
  timer = setTimeout(() => void poll(), CANCEL_POLL_MS).unref();
  return {
    attach(value) {
      backend = value;
    },
    check() {
      if (seen) throw new ImportCancelledError();
    },
    seen: () => seen,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
