import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { jobMode } from "@/lib/env";
import { defineJob, type JobLogger } from "@/lib/jobs/define-job";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { createJobRegistry } from "@/lib/jobs/registry";
import { startJobRunner } from "@/lib/jobs/poller";
import {
  jobTimeoutMs,
  retryDelayMs,
  runPendingJobs,
  type RunPendingJobsOptions,
} from "@/lib/jobs/runner";

// Test-only jobs, run through a registry of their own: the runner claims only the jobs its
// registry knows, so these tests never touch rows of the app's jobs (and vice versa).
const runs: { key: string; attempt: number; runId: string }[] = [];

const recordJob = defineJob({
  id: "test-record",
  schema: z.object({ key: z.string().min(1), delayMs: z.number().int().nonnegative().default(0) }),
  retries: 2,
  handler: async ({ key, delayMs }, { attempt, runId }) => {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    runs.push({ key, attempt, runId });
  },
});

const failingJob = defineJob({
  id: "test-failing",
  schema: z.object({ key: z.string() }),
  retries: 2,
  handler: async ({ key }, { attempt, runId }) => {
    runs.push({ key, attempt, runId });
    throw new Error(`SMTP refused ${key}`);
  },
});

const hangingJob = defineJob({
  id: "test-hanging",
  schema: z.object({}),
  handler: () => new Promise<void>(() => {}),
});

const longJob = defineJob({
  id: "test-long",
  schema: z.object({ key: z.string() }),
  timeoutMinutes: 60,
  handler: async ({ key }, { attempt, runId }) => {
    runs.push({ key, attempt, runId });
  },
});

/** Runs until the test opens the gate. */
let openGate: () => void = () => {};
const gatedJob = defineJob({
  id: "test-gated",
  schema: z.object({}),
  handler: () => new Promise<void>((resolve) => (openGate = resolve)),
});

const registry = createJobRegistry([recordJob, failingJob, hangingJob, longJob, gatedJob]);
const testJobIds = [...registry.keys()];
const silent: JobLogger = { debug() {}, info() {}, warn() {}, error() {} };
const run = (options: RunPendingJobsOptions = {}) =>
  runPendingJobs({ registry, logger: silent, ...options });

const jobRows = () =>
  db.jobRun.findMany({ where: { jobId: { in: testJobIds } }, orderBy: { createdAt: "asc" } });

describe("background jobs (in-process runner)", () => {
  beforeEach(async () => {
    runs.length = 0;
    await db.jobRun.deleteMany({ where: { jobId: { in: [...testJobIds, "test-unknown"] } } });
  });

  afterAll(async () => {
    await db.jobRun.deleteMany({ where: { jobId: { in: [...testJobIds, "test-unknown"] } } });
    await db.$disconnect();
  });

  it("runs in-process when no Inngest keys are configured", () => {
    expect(jobMode).toBe("in-process");
  });

  describe("enqueueJob", () => {
    it("stores one row per dedupeKey, however often it is enqueued", async () => {
      const dedupeKey = `test:${randomUUID()}`;

      const first = await enqueueJob(recordJob, { key: "first" }, { dedupeKey });
      const again = await enqueueJob(recordJob, { key: "second" }, { dedupeKey });

      expect(first).toEqual({ mode: "in-process", id: expect.any(String) });
      expect(again).toEqual({ mode: "in-process", id: null });
      const rows = await jobRows();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        id: first.id,
        jobId: "test-record",
        status: "QUEUED",
        attempts: 0,
        maxAttempts: 3,
        // Parsed by the schema on the way in: the default is stored.
        payload: { key: "first", delayMs: 0 },
      });

      const result = await run();
      expect(result).toMatchObject({ claimed: 1, succeeded: 1 });
      expect(runs.map((r) => r.key)).toEqual(["first"]);
    });

    it("throws on an invalid payload and stores nothing", async () => {
      await expect(enqueueJob(recordJob, { key: "" })).rejects.toThrow(
        /Invalid payload for job "test-record"/,
      );
      expect(await jobRows()).toHaveLength(0);
    });

    it("enqueues inside the caller's transaction, so a rollback drops the job", async () => {
      await expect(
        db.$transaction(async (tx) => {
          await enqueueJob(recordJob, { key: "rolled-back" }, { db: tx });
          throw new Error("abort the transaction");
        }),
      ).rejects.toThrow("abort the transaction");

      expect(await jobRows()).toHaveLength(0);
    });
  });

  describe("runPendingJobs", () => {
    it("runs a due job once and records its success", async () => {
      const { id } = await enqueueJob(recordJob, { key: "once" });

      expect(await run()).toEqual({
        claimed: 1,
        succeeded: 1,
        retried: 0,
        failed: 0,
        recovered: 0,
      });
      expect(await run()).toEqual({
        claimed: 0,
        succeeded: 0,
        retried: 0,
        failed: 0,
        recovered: 0,
      });

      expect(runs).toEqual([{ key: "once", attempt: 0, runId: id }]);
      const [row] = await jobRows();
      expect(row).toMatchObject({ status: "SUCCEEDED", attempts: 1, lastError: null });
    });

    it("waits for a delayed job's time", async () => {
      await enqueueJob(recordJob, { key: "later" }, { delayMs: 60_000 });

      expect((await run()).claimed).toBe(0);
      expect((await run({ now: new Date(Date.now() + 61_000) })).succeeded).toBe(1);
      expect(runs.map((r) => r.key)).toEqual(["later"]);
    });

    it("retries a failing job with growing delays, then marks it FAILED with the message only", async () => {
      await enqueueJob(failingJob, { key: "k" });

      const first = await run();
      expect(first).toMatchObject({ claimed: 1, retried: 1, failed: 0 });
      let [row] = await jobRows();
      expect(row).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "SMTP refused k" });
      const firstDelay = row!.runAt.getTime() - row!.updatedAt.getTime();
      expect(firstDelay).toBeGreaterThanOrEqual(retryDelayMs(1) - 1_000);
      expect(firstDelay).toBeLessThanOrEqual(retryDelayMs(1) + 1_000);

      // Not due yet: the backoff holds it back.
      expect((await run()).claimed).toBe(0);

      expect(await run({ now: row!.runAt })).toMatchObject({ claimed: 1, retried: 1 });
      [row] = await jobRows();
      expect(row).toMatchObject({ status: "QUEUED", attempts: 2 });
      expect(retryDelayMs(2)).toBeGreaterThan(retryDelayMs(1));

      expect(await run({ now: row!.runAt })).toMatchObject({ claimed: 1, retried: 0, failed: 1 });
      [row] = await jobRows();
      expect(row).toMatchObject({ status: "FAILED", attempts: 3, lastError: "SMTP refused k" });
      expect(row!.lastError).not.toMatch(/\n\s+at /);

      // Out of attempts: nothing runs it again.
      expect((await run({ now: new Date(Date.now() + 24 * 3_600_000) })).claimed).toBe(0);
      expect(runs.map((r) => r.attempt)).toEqual([0, 1, 2]);
      expect(new Set(runs.map((r) => r.runId)).size).toBe(1);
    });

    it("fails a row whose payload no longer matches the schema, without retrying", async () => {
      await db.jobRun.create({
        data: { jobId: "test-record", payload: { key: 42 }, maxAttempts: 3, runAt: new Date() },
      });

      expect(await run()).toMatchObject({ claimed: 1, failed: 1, retried: 0 });
      const [row] = await jobRows();
      expect(row).toMatchObject({ status: "FAILED", attempts: 1 });
      expect(row!.lastError).toContain('Invalid payload for job "test-record"');
      expect(runs).toHaveLength(0);
    });

    it("gives up on a hung handler after timeoutMs and retries it later", async () => {
      await enqueueJob(hangingJob, {});

      expect(await run({ timeoutMs: 100 })).toMatchObject({ claimed: 1, retried: 1 });
      const [row] = await jobRows();
      expect(row).toMatchObject({
        status: "QUEUED",
        attempts: 1,
        maxAttempts: 5,
        lastError: "Timed out after 0 s.",
      });
    });

    it("leaves rows of jobs it does not know for a runner that does", async () => {
      await db.jobRun.create({ data: { jobId: "test-unknown", payload: {}, runAt: new Date() } });

      expect((await run()).claimed).toBe(0);
      const row = await db.jobRun.findFirstOrThrow({ where: { jobId: "test-unknown" } });
      expect(row).toMatchObject({ status: "QUEUED", attempts: 0 });
    });

    it("re-queues runs left RUNNING by a dead process, and fails those out of attempts", async () => {
      const longAgo = new Date(Date.now() - 60 * 60_000);
      const stuck = await db.jobRun.create({
        data: {
          jobId: "test-record",
          payload: { key: "stuck" },
          status: "RUNNING",
          attempts: 1,
          maxAttempts: 3,
          runAt: longAgo,
        },
      });
      const exhausted = await db.jobRun.create({
        data: {
          jobId: "test-record",
          payload: { key: "exhausted" },
          status: "RUNNING",
          attempts: 3,
          maxAttempts: 3,
          runAt: longAgo,
        },
      });
      const alive = await db.jobRun.create({
        data: {
          jobId: "test-record",
          payload: { key: "alive" },
          status: "RUNNING",
          attempts: 1,
          maxAttempts: 3,
          runAt: longAgo,
        },
      });
      // updatedAt is set by Prisma on every write; age two rows the way a crash would.
      await db.$executeRaw`UPDATE "JobRun" SET "updatedAt" = ${longAgo}::timestamp WHERE "id" IN (${stuck.id}, ${exhausted.id})`;

      const result = await run({ stuckAfterMs: 15 * 60_000 });

      expect(result).toMatchObject({ recovered: 2, claimed: 1, succeeded: 1 });
      expect(runs).toEqual([{ key: "stuck", attempt: 1, runId: stuck.id }]);
      const byId = new Map((await jobRows()).map((row) => [row.id, row]));
      expect(byId.get(stuck.id)).toMatchObject({ status: "SUCCEEDED", attempts: 2 });
      expect(byId.get(exhausted.id)).toMatchObject({ status: "FAILED" });
      expect(byId.get(exhausted.id)!.lastError).toMatch(/did not finish/);
      expect(byId.get(alive.id)).toMatchObject({ status: "RUNNING", attempts: 1 });
    });

    it("gives a job with its own time limit that long, and as long before presuming it dead", async () => {
      expect(jobTimeoutMs(longJob, 5 * 60_000)).toBe(60 * 60_000);
      expect(jobTimeoutMs(recordJob, 5 * 60_000)).toBe(5 * 60_000);
      expect(() =>
        defineJob({
          id: "test-bad",
          schema: z.object({}),
          timeoutMinutes: 0,
          handler: async () => {},
        }),
      ).toThrow(/timeoutMinutes/);

      const halfAnHourAgo = new Date(Date.now() - 30 * 60_000);
      const [long, short] = await Promise.all(
        [longJob.id, recordJob.id].map((jobId) =>
          db.jobRun.create({
            data: {
              jobId,
              payload: { key: jobId },
              status: "RUNNING",
              attempts: 1,
              maxAttempts: 3,
              runAt: halfAnHourAgo,
            },
          }),
        ),
      );
      await db.$executeRaw`UPDATE "JobRun" SET "updatedAt" = ${halfAnHourAgo}::timestamp WHERE "id" IN (${long!.id}, ${short!.id})`;

      const result = await run({ timeoutMs: 5 * 60_000, stuckAfterMs: 15 * 60_000 });

      // Thirty minutes into a sixty-minute limit is still a live run; the other is presumed dead.
      expect(result).toMatchObject({ recovered: 1, claimed: 1, succeeded: 1 });
      expect(runs.map((r) => r.runId)).toEqual([short!.id]);
      expect(await db.jobRun.findUniqueOrThrow({ where: { id: long!.id } })).toMatchObject({
        status: "RUNNING",
        attempts: 1,
      });
    });

    it("never runs a job twice when several runners poll at the same time", async () => {
      const keys = Array.from({ length: 60 }, (_, i) => `job-${i}`);
      await db.jobRun.createMany({
        data: keys.map((key) => ({
          jobId: "test-record",
          payload: { key, delayMs: 0 },
          maxAttempts: 3,
          runAt: new Date(),
        })),
      });

      // Small batches and no work in the handler keep the claims overlapping.
      const results = await Promise.all(Array.from({ length: 6 }, () => run({ batchSize: 2 })));

      expect(results.reduce((sum, r) => sum + r.claimed, 0)).toBe(keys.length);
      expect(results.filter((r) => r.claimed > 0).length).toBeGreaterThan(1);
      expect(runs.map((r) => r.key).sort()).toEqual([...keys].sort());
      const rows = await jobRows();
      expect(rows.every((row) => row.status === "SUCCEEDED" && row.attempts === 1)).toBe(true);
    });
  });

  describe("startJobRunner", () => {
    it("starts once per process, runs a job as soon as it is enqueued, and stops cleanly", async () => {
      // A poll interval far beyond the test's timeout: only the nudge from enqueueJob can run the job.
      const runner = startJobRunner({ registry, logger: silent, pollMs: 10 * 60_000 });
      try {
        expect(startJobRunner({ registry, pollMs: 1 })).toBe(runner);
        // Let the start-up poll finish so the job below is picked up by the nudge.
        await new Promise((resolve) => setTimeout(resolve, 200));

        const { id } = await enqueueJob(recordJob, { key: "nudged" });

        await expect
          .poll(async () => (await db.jobRun.findUniqueOrThrow({ where: { id: id! } })).status, {
            timeout: 5_000,
          })
          .toBe("SUCCEEDED");
        expect(runs.map((r) => r.key)).toEqual(["nudged"]);
      } finally {
        await runner.stop();
      }
      const next = startJobRunner({ registry, logger: silent, pollMs: 60_000 });
      expect(next).not.toBe(runner);
      await next.stop();
    });

    it("runs a job while another job is still busy (a long import never delays an email)", async () => {
      const runner = startJobRunner({ registry, logger: silent, pollMs: 10 * 60_000 });
      try {
        const gated = await enqueueJob(gatedJob, {});
        const status = async (id: string) =>
          (await db.jobRun.findUniqueOrThrow({ where: { id } })).status;
        await expect.poll(() => status(gated.id!), { timeout: 5_000 }).toBe("RUNNING");

        const quick = await enqueueJob(recordJob, { key: "meanwhile" });
        await expect.poll(() => status(quick.id!), { timeout: 5_000 }).toBe("SUCCEEDED");
        expect(await status(gated.id!)).toBe("RUNNING");

        openGate();
        await expect.poll(() => status(gated.id!), { timeout: 5_000 }).toBe("SUCCEEDED");
      } finally {
        openGate();
        await runner.stop();
      }
    });
  });
});
