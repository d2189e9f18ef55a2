import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { cronOf, defineJob, type JobLogger } from "@/lib/jobs/define-job";
import { createJobRegistry } from "@/lib/jobs/registry";
import { runPendingJobs } from "@/lib/jobs/runner";
import { enqueueScheduledJobs } from "@/lib/jobs/scheduled";

// Test-only jobs in a registry of their own, so app jobs' rows are never touched.
const ticks: string[] = [];
const everyFive = defineJob({
  id: "test-every-five",
  schema: z.object({}),
  everyMinutes: 5,
  handler: async (_payload, { runId }) => void ticks.push(runId),
});
const onDemand = defineJob({ id: "test-on-demand", schema: z.object({}), handler: async () => {} });
const registry = createJobRegistry([everyFive, onDemand]);
const silent: JobLogger = { debug() {}, info() {}, warn() {}, error() {} };

const at = (iso: string) => new Date(iso);

describe("scheduled jobs on the in-process runner", () => {
  beforeEach(async () => {
    ticks.length = 0;
    await db.jobRun.deleteMany({ where: { jobId: { in: [everyFive.id, onDemand.id] } } });
  });

  it("enqueues a scheduled job once per slot, however often and by however many pollers", async () => {
    const first = await Promise.all([
      enqueueScheduledJobs({ registry, now: at("2026-03-01T10:00:05Z") }),
      enqueueScheduledJobs({ registry, now: at("2026-03-01T10:03:59Z") }),
      enqueueScheduledJobs({ registry, now: at("2026-03-01T10:04:59Z") }),
    ]);
    expect(first.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await enqueueScheduledJobs({ registry, now: at("2026-03-01T10:05:00Z") })).toBe(1);

    const rows = await db.jobRun.findMany({
      where: { jobId: { in: [everyFive.id, onDemand.id] } },
      orderBy: { dedupeKey: "asc" },
    });
    expect(rows.map((r) => [r.jobId, r.dedupeKey])).toEqual([
      [everyFive.id, "schedule:test-every-five:2026-03-01T10:00:00.000Z"],
      [everyFive.id, "schedule:test-every-five:2026-03-01T10:05:00.000Z"],
    ]);

    await runPendingJobs({ registry, logger: silent });
    expect(ticks).toHaveLength(2);
  });

  it("accepts only intervals that line up with the hour, and says them as cron for Inngest", () => {
    expect(() =>
      defineJob({ id: "test-odd", schema: z.object({}), everyMinutes: 7, handler: async () => {} }),
    ).toThrow(/divide 60/);
    expect(cronOf(5)).toBe("*/5 * * * *");
    expect(cronOf(60)).toBe("0 * * * *");
  });
});
