import { z } from "zod";

/**
 * A background job: an id, a zod schema for its payload and a handler.
 *
 * The same definition runs on Inngest (production, `inngest/functions/*`) or on the in-process
 * runner (`lib/jobs/runner.ts`, where no Inngest keys are configured), so a handler must not
 * depend on either provider.
 *
 * Delivery is at-least-once on both providers: a handler can run again after it already did its
 * work (a retry after a timeout, a crash between the work and the bookkeeping, a stuck run being
 * recovered). Handlers must therefore be idempotent — use unique keys, upserts and "already done?"
 * checks so a second run changes nothing — not rely on running exactly once.
 *
 * Payloads travel as JSON (an Inngest event, a `JobRun.payload` column), so schemas must survive a
 * JSON round trip: strings for dates, no `Map`s, no class instances. The payload is parsed with
 * the schema when it is enqueued and again before the handler runs.
 */

/** The logging methods shared by Inngest's `ctx.logger` and `console`. */
export interface JobLogger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/** Retries after the first failed attempt; Inngest accepts 0–20. */
// prettier-ignore
export type JobRetries = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20;

export interface JobContext {
  /**
   * Identifies this run and stays the same across its retries (the JobRun id, or Inngest's run
   * id): an idempotency key for calls to other services.
   */
  runId: string;
  /** Zero-based: 0 on the first run, 1 on the first retry (Inngest's convention). */
  attempt: number;
  logger: JobLogger;
}

/** What `onAbandoned` is told about a run whose process died. */
export interface AbandonedRun {
  runId: string;
  /** False when the run was out of attempts and is now failed for good. */
  willRetry: boolean;
}

export interface JobDefinition<TId extends string = string, TSchema extends z.ZodType = z.ZodType> {
  readonly id: TId;
  readonly schema: TSchema;
  /** Retries after the first failed attempt; `retries + 1` attempts in all. */
  readonly retries: JobRetries;
  /** Most runs of this job at once (Inngest: across the app; in-process: per process). */
  readonly concurrency?: number;
  /**
   * Runs on its own every this many minutes (a divisor of 60, or 60), with an empty payload: an
   * Inngest cron function, or a slot the in-process runner enqueues once across all processes.
   */
  readonly everyMinutes?: number;
  /**
   * Longest a run may take, when the runner's default (5 minutes) is too short: a run still
   * going after this long is abandoned and retried (in-process), or stopped (Inngest `timeouts`).
   */
  readonly timeoutMinutes?: number;
  // Method syntax on purpose: it keeps a definition assignable to `AnyJobDefinition`.
  handler(payload: z.output<TSchema>, context: JobContext): Promise<void>;
  /**
   * Called by the in-process runner when a run's process died mid-run (its lease lapsed), so
   * the job can put its records back into a state a person can act on. Idempotent like the
   * handler; the run itself is re-queued (or failed) either way.
   */
  onAbandoned?(payload: z.output<TSchema>, run: AbandonedRun): Promise<void>;
}

// `any` so definitions with different payload types fit in one registry.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyJobDefinition = JobDefinition<string, any>;

/** Payload a caller passes to `enqueueJob` (the schema's input, before defaults apply). */
export type JobInput<TJob extends AnyJobDefinition> = z.input<TJob["schema"]>;

/**
 * Four retries (five attempts) by default, matching `JobRun.maxAttempts`; Inngest's own default
 * of three is not used so both providers behave the same.
 */
export const DEFAULT_JOB_RETRIES = 4 satisfies JobRetries;
const MAX_JOB_RETRIES = 20;
/** A day: beyond that a job should be split into steps, not given more time. */
const MAX_TIMEOUT_MINUTES = 24 * 60;
const JOB_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export function defineJob<const TId extends string, TSchema extends z.ZodType>(definition: {
  /** Kebab-case and stable: it names the Inngest event and function and is stored on JobRun rows. */
  id: TId;
  schema: TSchema;
  handler: (payload: z.output<TSchema>, context: JobContext) => Promise<void>;
  onAbandoned?: (payload: z.output<TSchema>, run: AbandonedRun) => Promise<void>;
  retries?: JobRetries;
  concurrency?: number;
  everyMinutes?: number;
  timeoutMinutes?: number;
}): JobDefinition<TId, TSchema> {
  const {
    id,
    schema,
    handler,
    retries = DEFAULT_JOB_RETRIES,
    concurrency,
    everyMinutes,
    timeoutMinutes,
    onAbandoned,
  } = definition;
  if (!JOB_ID.test(id)) throw new Error(`Job id "${id}" must be kebab-case.`);
  if (!Number.isInteger(retries) || retries < 0 || retries > MAX_JOB_RETRIES) {
    throw new Error(`Job "${id}": retries must be an integer from 0 to ${MAX_JOB_RETRIES}.`);
  }
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) {
    throw new Error(`Job "${id}": concurrency must be a positive integer.`);
  }
  // Slots must line up with the clock hour so a cron expression can say the same thing.
  if (everyMinutes !== undefined && !(Number.isInteger(everyMinutes) && 60 % everyMinutes === 0)) {
    throw new Error(`Job "${id}": everyMinutes must divide 60 (1, 2, 5, 10, 15, 30, 60 …).`);
  }
  if (
    timeoutMinutes !== undefined &&
    !(
      Number.isInteger(timeoutMinutes) &&
      timeoutMinutes >= 1 &&
      timeoutMinutes <= MAX_TIMEOUT_MINUTES
    )
  ) {
    throw new Error(
      `Job "${id}": timeoutMinutes must be a whole number from 1 to ${MAX_TIMEOUT_MINUTES}.`,
    );
  }
  return { id, schema, retries, concurrency, everyMinutes, timeoutMinutes, handler, onAbandoned };
}

/** The cron expression of a scheduled job, for Inngest's cron trigger. */
export function cronOf(everyMinutes: number): string {
  return everyMinutes === 60 ? "0 * * * *" : `*/${everyMinutes} * * * *`;
}

/** Inngest's `timeouts.finish` for a job with its own time limit (e.g. "60m"). */
export function inngestTimeouts(job: AnyJobDefinition): { finish: `${number}m` } | undefined {
  return job.timeoutMinutes === undefined ? undefined : { finish: `${job.timeoutMinutes}m` };
}

/** The Inngest event that triggers a job. */
export function jobEventName<TId extends string>(id: TId): `backroom/${TId}` {
  return `backroom/${id}`;
}

/** A payload that does not match its job's schema: a bug in the caller, never worth retrying. */
export class InvalidJobPayloadError extends Error {
  override name = "InvalidJobPayloadError";
  constructor(jobId: string, error: z.ZodError) {
    super(`Invalid payload for job "${jobId}":\n${z.prettifyError(error)}`);
  }
}

export function parseJobPayload<TJob extends AnyJobDefinition>(
  job: TJob,
  payload: unknown,
): z.output<TJob["schema"]> {
  const parsed = job.schema.safeParse(payload);
  if (!parsed.success) throw new InvalidJobPayloadError(job.id, parsed.error);
  return parsed.data;
}
