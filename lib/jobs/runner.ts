import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import {
  InvalidJobPayloadError,
  parseJobPayload,
  type AnyJobDefinition,
  type JobLogger,
} from "./define-job";
import { inFlightRuns, leaseUntil, withHeartbeat } from "./lease";
import { jobRegistry, type JobRegistry } from "./registry";

/**
 * The in-process job runner, used where no Inngest keys are configured. JobRun rows are the queue;
 * any number of app processes can poll the same database, because a row is claimed with
 * `FOR UPDATE SKIP LOCKED` in the statement that marks it RUNNING.
 *
 * Guarantees: at-least-once. A job runs again if its process dies mid-run or if its result cannot
 * be recorded — hence idempotent handlers. A claim carries a lease the run renews while it works
 * (lib/jobs/lease.ts); once it lapses, the next poll of any runner re-queues the row and lets the
 * job put what it was doing back in order (`onAbandoned`).
 */

export interface RunPendingJobsOptions {
  /** Jobs this runner may run; rows of other jobs are left for a runner that knows them. */
  registry?: JobRegistry;
  db?: Db;
  /** Rows claimed per round. */
  batchSize?: number;
  /**
   * A run still going after this long counts as a failed attempt (and is retried), so one hung
   * handler cannot stall the runner. The handler is abandoned, not cancelled. A job with its
   * own `timeoutMinutes` gets that instead.
   */
  timeoutMs?: number;
  /**
   * A RUNNING row without a lease (claimed before leases existed) untouched this long is taken
   * to belong to a dead process and re-queued. Keep it above `timeoutMs`, so a live runner
   * always records its own runs first. A job with a longer time limit gets the same margin.
   */
  stuckAfterMs?: number;
  /** Fixes the clock, so tests can step past a retry delay. */
  now?: Date;
  logger?: JobLogger;
}

export interface RunPendingJobsResult {
  /** Runs started (a job retried within the call counts once per attempt). */
  claimed: number;
  succeeded: number;
  /** Failed attempts queued again after a delay. */
  retried: number;
  /** Runs that failed for good: out of attempts, or an invalid payload. */
  failed: number;
  /** RUNNING rows of dead processes put back in the queue (or failed, when out of attempts). */
  recovered: number;
}

const DEFAULT_BATCH_SIZE = 10;
const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_STUCK_AFTER_MS = 15 * 60_000;
const RETRY_BASE_DELAY_MS = 15_000;
const RETRY_MAX_DELAY_MS = 60 * 60_000;
/** lastError is shown in admin screens: the message only, bounded. */
const MAX_ERROR_LENGTH = 1_000;

/** Wait before the next attempt after `attempts` failed ones: 15 s, 30 s, 1 min, 2 min … 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(RETRY_BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1), RETRY_MAX_DELAY_MS);
}

interface ClaimedRow {
  id: string;
  jobId: string;
  payload: unknown;
  /** Already counts this run. */
  attempts: number;
  maxAttempts: number;
}

type Outcome = "succeeded" | "retried" | "failed";

/** Runs every job that is due, batch after batch, until none is left; returns what happened. */
export async function runPendingJobs(
  options: RunPendingJobsOptions = {},
): Promise<RunPendingJobsResult> {
  const {
    registry = jobRegistry,
    db = defaultDb,
    batchSize = DEFAULT_BATCH_SIZE,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    stuckAfterMs = DEFAULT_STUCK_AFTER_MS,
    logger = console,
  } = options;
  const clock = () => options.now ?? new Date();
  const result: RunPendingJobsResult = {
    claimed: 0,
    succeeded: 0,
    retried: 0,
    failed: 0,
    recovered: 0,
  };
  const jobIds = [...registry.keys()];
  if (jobIds.length === 0) return result;

  const recovered = await recoverStuckRuns(
    db,
    clock(),
    stuckAfterMs,
    stuckLimits(registry, {
      timeoutMs,
      stuckAfterMs,
    }),
  );
  result.recovered = recovered.length;
  await settleAbandoned(recovered, registry, logger);

  for (;;) {
    const now = clock();
    // Dates bind as UTC wall-clock text, the form Prisma stores in timestamp(3) columns.
    const rows = await db.$queryRaw<ClaimedRow[]>`
      UPDATE "JobRun"
      SET "status" = 'RUNNING', "attempts" = "attempts" + 1, "updatedAt" = ${now}::timestamp,
          "leaseExpiresAt" = ${leaseUntil(now)}::timestamp
      WHERE "id" IN (
        SELECT "id" FROM "JobRun"
        WHERE "status" = 'QUEUED' AND "runAt" <= ${now}::timestamp AND "jobId" = ANY(${jobIds}::text[])
        ORDER BY "runAt"
        LIMIT ${batchSize}::int
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "id", "jobId", "payload", "attempts", "maxAttempts"`;
    if (rows.length === 0) return result;
    result.claimed += rows.length;

    const outcomes = await runClaimed(rows, registry, { db, clock, logger, timeoutMs });
    for (const outcome of outcomes) result[outcome] += 1;
  }
}

interface RunContext {
  db: Db;
  clock: () => Date;
  logger: JobLogger;
  timeoutMs: number;
}

/** Runs a batch, honouring each job's `concurrency` within this process. */
async function runClaimed(
  rows: ClaimedRow[],
  registry: JobRegistry,
  ctx: RunContext,
): Promise<Outcome[]> {
  const byJob = new Map<string, ClaimedRow[]>();
  for (const row of rows) byJob.set(row.jobId, [...(byJob.get(row.jobId) ?? []), row]);
  const settled = await Promise.allSettled(
    [...byJob].map(([jobId, jobRows]) => {
      // The claim only selects ids from the registry.
      const job = registry.get(jobId)!;
      return mapWithLimit(jobRows, job.concurrency ?? jobRows.length, (row) =>
        runOne(job, row, ctx),
      );
    }),
  );
  const outcomes: Outcome[] = [];
  for (const entry of settled) {
    // Only bookkeeping fails here (handler errors are outcomes); its rows are recovered later.
    if (entry.status === "rejected") throw entry.reason;
    outcomes.push(...entry.value);
  }
  return outcomes;
}

async function runOne(job: AnyJobDefinition, row: ClaimedRow, ctx: RunContext): Promise<Outcome> {
  const logger = prefixLogger(ctx.logger, `[job ${job.id} ${row.id}]`);
  // `attempts` fences the updates below: if this run was presumed dead and the row re-claimed,
  // the newer run owns it.
  const owned = { id: row.id, status: "RUNNING", attempts: row.attempts } as const;
  try {
    const payload = parseJobPayload(job, row.payload);
    await withHeartbeat(ctx.db, row, ctx.clock, logger, () =>
      withTimeout(
        job.handler(payload, { runId: row.id, attempt: row.attempts - 1, logger }),
        jobTimeoutMs(job, ctx.timeoutMs),
      ),
    );
  } catch (error) {
    const permanent = error instanceof InvalidJobPayloadError;
    const exhausted = permanent || row.attempts >= row.maxAttempts;
    const lastError = errorMessage(error);
    logger.error(
      exhausted ? "failed for good" : "failed, will retry",
      `(attempt ${row.attempts} of ${row.maxAttempts})`,
      error,
    );
    await ctx.db.jobRun.updateMany({
      where: owned,
      data: exhausted
        ? { status: "FAILED", lastError, leaseExpiresAt: null }
        : {
            status: "QUEUED",
            lastError,
            leaseExpiresAt: null,
            runAt: new Date(ctx.clock().getTime() + retryDelayMs(row.attempts)),
          },
    });
    return exhausted ? "failed" : "retried";
  }
  await ctx.db.jobRun.updateMany({
    where: owned,
    data: { status: "SUCCEEDED", lastError: null, leaseExpiresAt: null },
  });
  return "succeeded";
}

/** The time limit of one run of `job`: its own, or the runner's. */
export function jobTimeoutMs(job: AnyJobDefinition, defaultMs: number): number {
  return job.timeoutMinutes === undefined ? defaultMs : job.timeoutMinutes * 60_000;
}

/** Jobs whose runs may legitimately stay RUNNING longer than `stuckAfterMs`, and for how long. */
function stuckLimits(
  registry: JobRegistry,
  { timeoutMs, stuckAfterMs }: { timeoutMs: number; stuckAfterMs: number },
): Map<string, number> {
  const limits = new Map<string, number>();
  for (const job of registry.values()) {
    const limit = jobTimeoutMs(job, timeoutMs) + Math.max(stuckAfterMs - timeoutMs, 0);
    if (limit > stuckAfterMs) limits.set(job.id, limit);
  }
  return limits;
}

interface RecoveredRow {
  id: string;
  jobId: string;
  payload: unknown;
  status: "QUEUED" | "FAILED";
}

/**
 * Re-queues (or fails, when out of attempts) RUNNING rows of dead processes: a lapsed lease, or
 * for rows without one, no change for longer than the job could legitimately run. Only rows of
 * this registry's jobs, and never a run this process is still working on.
 */
async function recoverStuckRuns(
  db: Db,
  now: Date,
  stuckAfterMs: number,
  limits: Map<string, number>,
): Promise<RecoveredRow[]> {
  const lastError = "The run did not finish in time; its process probably stopped.";
  const ids = [...limits.keys()];
  const ms = [...limits.values()];
  const mine = [...inFlightRuns];
  return db.$queryRaw<RecoveredRow[]>`
    UPDATE "JobRun"
    SET "status" = CASE WHEN "attempts" >= "maxAttempts" THEN 'FAILED'::"JobStatus" ELSE 'QUEUED'::"JobStatus" END,
        "lastError" = ${lastError}, "runAt" = ${now}::timestamp, "updatedAt" = ${now}::timestamp,
        "leaseExpiresAt" = NULL
    WHERE "status" = 'RUNNING' AND NOT ("id" = ANY(${mine}::text[]))
      AND CASE WHEN "leaseExpiresAt" IS NOT NULL THEN "leaseExpiresAt" < ${now}::timestamp
          ELSE "updatedAt" < ${now}::timestamp - interval '1 millisecond' * coalesce(
            (SELECT l."ms" FROM unnest(${ids}::text[], ${ms}::float8[]) AS l("id", "ms")
             WHERE l."id" = "JobRun"."jobId"),
            ${stuckAfterMs}::float8) END
    RETURNING "id", "jobId", "payload", "status"::text AS "status"`;
}

/** Lets each recovered run's job undo what its dead process left half-done. */
async function settleAbandoned(rows: RecoveredRow[], registry: JobRegistry, logger: JobLogger) {
  for (const row of rows) {
    const job = registry.get(row.jobId);
    if (!job?.onAbandoned) continue;
    try {
      await job.onAbandoned(parseJobPayload(job, row.payload), {
        runId: row.id,
        willRetry: row.status === "QUEUED",
      });
    } catch (error) {
      // The re-queued run itself still puts things right when it runs.
      logger.error(`[job ${row.jobId} ${row.id}] could not settle an abandoned run`, error);
    }
  }
}

async function mapWithLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Timed out after ${Math.round(ms / 1000)} s.`)),
      ms,
    ).unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message;
}

function prefixLogger(logger: JobLogger, prefix: string): JobLogger {
  return {
    debug: (...args) => logger.debug(prefix, ...args),
    info: (...args) => logger.info(prefix, ...args),
    warn: (...args) => logger.warn(prefix, ...args),
    error: (...args) => logger.error(prefix, ...args),
  };
}
