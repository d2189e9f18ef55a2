import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { enqueueJob } from "@/lib/jobs/enqueue";
import type { ImportRun } from "@/lib/generated/prisma/client";
import { UserError } from "@/lib/errors";
import { readFileChunks } from "./file-store";
import { asMapping } from "./mapping";
import { readRecordBatches } from "./parse/read-records";
import { ProgressReporter } from "./progress-reporter";
import { createRowValidator } from "./row-validator";
import { importContext, kindFor, type KindOption } from "./run-context";
import {
  failureReason,
  ImportCancelledError,
  outcomeCounts,
  shouldRetryJob,
  transition,
} from "./run-status";
import { openRowStager, type RowStager } from "./stage-rows";

export type RunJobOptions = KindOption & {
  db?: Db;
  log?: (message: string, error: unknown) => void;
  /**
   * Attempts of the job remain: a lost database connection is then thrown for the job runner
   * to retry (the run stays where it is) instead of failing the run.
   */
  retryable?: boolean;
};

/**
 * The dry run of an import (job "import-validate"): streams the stored file, validates every
 * row with the kind's schema, stages all rows with COPY, flags rows repeating an earlier row's
 * natural key, then lets the kind classify the valid rows against current data. Ends VALIDATED
 * (or COMMITTING when the run commits on its own), CANCELLED or FAILED with a reason.
 *
 * Safe to run again: a run not VALIDATING is left alone, and staged rows of an interrupted
 * attempt are cleared first.
 */
export async function validateImportRun(
  orgId: string,
  runId: string,
  options: RunJobOptions = {},
): Promise<void> {
  const db = options.db ?? defaultDb;
  const run = await db.importRun.findFirst({ where: { id: runId, orgId } });
  if (!run || run.status !== "VALIDATING") return;
  let stager: RowStager | undefined;
  try {
    if (run.cancelRequestedAt) throw new ImportCancelledError();
    await db.importRow.deleteMany({ where: { importRunId: run.id, orgId } });
    await db.importRun.update({
      where: { id: run.id },
      data: {
        validationStartedAt: new Date(),
        bytesProcessed: 0,
        rowsProcessed: 0,
        rowsValid: 0,
        rowsInvalid: 0,
        createdCount: 0,
        updatedCount: 0,
        unchangedCount: 0,
      },
    });
    stager = await openRowStager(run);
    await stageFile(db, run, stager, options);
    const staged = stager;
    stager = undefined;
    await staged.finish();
    await analyzeStagedRows(db);

    const kind = kindFor(run.kind, options);
    await inSortingTransaction(db, async (tx) => {
      await flagRepeatedRows(tx, run);
      await clearClassification(tx, run);
      await kind.classify(await importContext(tx, run));
    });

    const counts = await outcomeCounts(db, run);
    const current = await db.importRun.findUniqueOrThrow({
      where: { id: run.id },
      select: { cancelRequestedAt: true },
    });
    if (current.cancelRequestedAt) throw new ImportCancelledError();
    const done = { ...counts, bytesProcessed: run.bytesTotal, validatedAt: new Date() };
    if (run.autoCommit) {
      const moved = await transition(db, run, "VALIDATING", {
        ...done,
        status: "COMMITTING",
        commitStartedAt: new Date(),
      });
      if (moved) await enqueueJob("import-commit", { orgId, runId: run.id });
    } else {
      await transition(db, run, "VALIDATING", { ...done, status: "VALIDATED" });
    }
  } catch (error) {
    await stager?.abort();
    // The retry clears the staged rows itself; with the database gone this would fail anyway.
    if (shouldRetryJob(error, options)) throw error;
    await db.importRow.deleteMany({ where: { importRunId: run.id, orgId } });
    if (error instanceof ImportCancelledError) {
      await transition(db, run, "VALIDATING", { status: "CANCELLED", finishedAt: new Date() });
      return;
    }
    if (!(error instanceof UserError))
      (options.log ?? console.error)(`Import ${run.id} failed`, error);
    await transition(db, run, "VALIDATING", {
      status: "FAILED",
      failureReason: failureReason(error),
      finishedAt: new Date(),
    });
  }
}

async function stageFile(db: Db, run: ImportRun, stager: RowStager, options: KindOption) {
  if (!run.fileId)
    throw new UserError("The uploaded file is no longer available. Upload it again.");
  const kind = kindFor(run.kind, options);
  const { org } = await importContext(db, run);
  const validate = createRowValidator(kind, org, run.headers, asMapping(run.mapping));
  const progress = new ProgressReporter(db, run);

  let first = true;
  for await (const batch of readRecordBatches(
    readFileChunks(db, run.orgId, run.fileId),
    run,
    (bytes) => progress.addBytes(bytes),
  )) {
    for (const record of batch) {
      // The header row: its cells are already the run's headers.
      if (first) {
        first = false;
        continue;
      }
      const row = validate(record);
      if (!row) continue;
      progress.countRow(row.errors === null);
      const flushing = stager.add(row);
      if (flushing) await flushing;
    }
    const reporting = progress.maybeReport();
    if (reporting) await reporting;
  }
  await progress.report();
}

/** Classifying a file of a million rows is a few long statements; the usual 5 s would cut it. */
const CLASSIFY_TIMEOUT_MS = 15 * 60_000;

/**
 * Lets this transaction's statements sort and hash in memory: set-based checks over a large
 * file sort every staged row several times (by order, by stock level), and the default 4 MB
 * sends each sort to disk. Bounded per sort, and only for the import's own transaction.
 */
export async function allowSortMemory(tx: Db) {
  await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
}

async function inSortingTransaction(db: Db, fn: (tx: Db) => Promise<void>) {
  if (!("$transaction" in db)) {
    await allowSortMemory(db);
    return fn(db);
  }
  await db.$transaction(
    async (tx) => {
      await allowSortMemory(tx);
      await fn(tx);
    },
    { maxWait: 15_000, timeout: CLASSIFY_TIMEOUT_MS },
  );
}

/**
 * Gives the planner statistics that include the rows just staged. Without them it takes a
 * new run for a handful of rows (its id is in no statistics) and picks nested loops that
 * re-read the run's rows once per row — hours for a file of a million lines. Sampling reads
 * a bounded number of rows whatever the table's size.
 */
async function analyzeStagedRows(db: Db) {
  await db.$executeRaw`ANALYZE "ImportRow"`;
}

/**
 * A row whose natural key (the same sale line, SKU, email…) appeared earlier in the file is
 * refused: importing both would either double it or let the last one silently win.
 */
async function flagRepeatedRows(db: Db, run: { id: string; orgId: string }) {
  await db.$executeRaw`
    UPDATE "ImportRow" AS r
    SET "outcome" = 'INVALID', "data" = NULL,
        "errors" = jsonb_build_array(jsonb_build_object(
          'column', '', 'value', '', 'message', 'Same as row ' || d."firstRow" || '.'))
    FROM (
      SELECT "rowNumber", min("rowNumber") OVER (PARTITION BY "naturalKey") AS "firstRow"
      FROM "ImportRow"
      WHERE "importRunId" = ${run.id} AND "orgId" = ${run.orgId}
        AND "data" IS NOT NULL AND "naturalKey" IS NOT NULL
    ) AS d
    WHERE r."importRunId" = ${run.id} AND r."orgId" = ${run.orgId}
      AND r."rowNumber" = d."rowNumber" AND d."firstRow" < d."rowNumber"`;
}

/**
 * Forgets an earlier classify's verdicts on rows that passed the schema, so classifying again
 * (inside the commit, against data that may have changed) starts from the file alone.
 */
export async function clearClassification(db: Db, run: { id: string; orgId: string }) {
  await db.$executeRaw`
    UPDATE "ImportRow"
    SET "outcome" = NULL, "errors" = NULL, "changes" = NULL, "entityType" = NULL, "entityId" = NULL
    WHERE "importRunId" = ${run.id} AND "orgId" = ${run.orgId}
      AND "data" IS NOT NULL AND "outcome" IS NOT NULL`;
}
