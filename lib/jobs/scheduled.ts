import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { enqueueJob } from "./enqueue";
import { jobRegistry, type JobRegistry } from "./registry";

/**
 * The in-process stand-in for Inngest's cron triggers. Time is cut into slots of each scheduled
 * job's `everyMinutes`, aligned to the clock hour; the first poll inside a slot enqueues that
 * slot's run. The dedupe key names the slot, so however many app processes poll, and however
 * often, each slot runs once. A slot missed while no process was up is simply skipped: scheduled
 * jobs look for due work themselves rather than relying on every tick.
 */
export async function enqueueScheduledJobs(
  options: { registry?: JobRegistry; db?: Db; now?: Date } = {},
): Promise<number> {
  const { registry = jobRegistry, db = defaultDb, now = new Date() } = options;
  let enqueued = 0;
  for (const job of registry.values()) {
    if (!job.everyMinutes) continue;
    const slotMs = job.everyMinutes * 60_000;
    const slotStart = new Date(Math.floor(now.getTime() / slotMs) * slotMs);
    const { id } = await enqueueJob(
      job,
      {},
      { db, dedupeKey: `schedule:${job.id}:${slotStart.toISOString()}` },
    );
    if (id) enqueued += 1;
  }
  return enqueued;
}
