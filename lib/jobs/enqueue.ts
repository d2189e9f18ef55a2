import "server-only";
import { db as defaultDb, type Db, type Prisma } from "@/lib/db";
import { jobMode } from "@/lib/env";
import { jobEventName, parseJobPayload, type AnyJobDefinition, type JobInput } from "./define-job";
import { jobRegistry, type JobById, type JobId } from "./registry";

export interface EnqueueOptions {
  /**
   * Enqueue at most once per key (e.g. `invite-email:<invitationId>`); a second enqueue with the
   * same key does nothing. In-process the JobRun row holds the key for good; Inngest keeps event
   * ids for 24 hours.
   */
  dedupeKey?: string;
  /** Start no earlier than this many milliseconds from now. */
  delayMs?: number;
  /**
   * In-process mode: the client that writes the JobRun row. Pass a transaction client so the job
   * exists only if the transaction commits; the runner then finds it at its next poll rather than
   * at once. (Inngest mode sends the event immediately, whatever the transaction does later.)
   */
  db?: Db;
}

export interface EnqueueResult {
  mode: typeof jobMode;
  /** The JobRun id or Inngest event id; null when `dedupeKey` had already been used (in-process). */
  id: string | null;
}

/**
 * Queues a background job. Returns once the job is stored (a JobRun row) or accepted by Inngest;
 * it never waits for the job to run. An invalid payload throws: it is a bug in the caller, not a
 * condition to report to users.
 *
 * Takes a job id from the registry, or a definition (tests use definitions of their own).
 */
export async function enqueueJob<TId extends JobId>(
  id: TId,
  payload: JobInput<JobById<TId>>,
  options?: EnqueueOptions,
): Promise<EnqueueResult>;
export async function enqueueJob<TJob extends AnyJobDefinition>(
  job: TJob,
  payload: JobInput<TJob>,
  options?: EnqueueOptions,
): Promise<EnqueueResult>;
export async function enqueueJob(
  jobOrId: string | AnyJobDefinition,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<EnqueueResult> {
  const job = typeof jobOrId === "string" ? jobRegistry.get(jobOrId) : jobOrId;
  if (!job) throw new Error(`Unknown job "${String(jobOrId)}".`);
  const { dedupeKey, delayMs = 0 } = options;
  if (!Number.isFinite(delayMs) || delayMs < 0) {
    throw new Error(`enqueueJob("${job.id}"): delayMs must be a non-negative number.`);
  }
  // Stored as JSON either way; the round trip makes in-process runs see what Inngest would.
  const data = JSON.parse(JSON.stringify(parseJobPayload(job, payload))) as Record<string, unknown>;

  if (jobMode === "inngest") {
    // Loaded only here so in-process deployments never initialise the Inngest SDK.
    const { inngest } = await import("@/inngest/client");
    const { ids } = await inngest.send({
      name: jobEventName(job.id),
      data,
      id: dedupeKey,
      ts: delayMs > 0 ? Date.now() + delayMs : undefined,
    });
    return { mode: jobMode, id: ids[0] ?? null };
  }

  const client = options.db ?? defaultDb;
  // ON CONFLICT DO NOTHING rather than catching a unique violation, which would abort the
  // caller's transaction.
  const [row] = await client.jobRun.createManyAndReturn({
    data: [
      {
        jobId: job.id,
        payload: data as Prisma.InputJsonObject,
        maxAttempts: job.retries + 1,
        runAt: new Date(Date.now() + delayMs),
        dedupeKey,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (row && delayMs === 0) {
    const { nudge } = await import("./poller");
    nudge();
  }
  return { mode: jobMode, id: row?.id ?? null };
}
