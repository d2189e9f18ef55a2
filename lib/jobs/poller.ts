import "server-only";
import type { JobLogger } from "./define-job";
import { createJobRegistry, jobRegistry, type JobRegistry } from "./registry";
import { runPendingJobs, type RunPendingJobsOptions } from "./runner";
import { enqueueScheduledJobs } from "./scheduled";

/**
 * The in-process runner's polling: one loop per job, started once per process from
 * instrumentation.ts and woken early by `nudge()` when a job is enqueued.
 */

export interface StartJobRunnerOptions extends Omit<RunPendingJobsOptions, "now"> {
  /** Time between polls when idle; `nudge()` wakes the poller sooner. */
  pollMs?: number;
}

export interface JobRunner {
  /** Runs due jobs now rather than at the next poll. */
  nudge(): void;
  /** Stops polling and waits for the jobs in flight. */
  stop(): Promise<void>;
}

// On globalThis, not in module scope: Next.js loads instrumentation and route handlers as separate
// module graphs, and both must see the one runner (start guard and `nudge()` from enqueueJob).
const RUNNER_KEY = Symbol.for("backroom.jobRunner");
const runnerHolder = globalThis as typeof globalThis & { [RUNNER_KEY]?: JobRunner };

/**
 * Starts polling for due jobs. Idempotent: a second call returns the runner already running.
 *
 * Each job gets a polling loop of its own, because a loop waits for the batch it claimed: with one
 * loop, a half-hour import would hold up every sign-in link and invitation queued behind it.
 */
export function startJobRunner(options: StartJobRunnerOptions = {}): JobRunner {
  const existing = runnerHolder[RUNNER_KEY];
  if (existing) return existing;

  const { pollMs = 5_000, registry = jobRegistry, ...runOptions } = options;
  const logger = runOptions.logger ?? console;
  const loops = [...registry.values()].map((job, index) =>
    startLoop({
      pollMs,
      logger,
      // Scheduled jobs are enqueued by one loop only; enqueueing is idempotent per slot anyway.
      enqueueScheduled: index === 0,
      runOptions: { ...runOptions, registry: createJobRegistry([job]) },
      allJobs: registry,
    }),
  );

  const runner: JobRunner = {
    nudge() {
      for (const loop of loops) loop.nudge();
    },
    async stop() {
      await Promise.all(loops.map((loop) => loop.stop()));
      if (runnerHolder[RUNNER_KEY] === runner) delete runnerHolder[RUNNER_KEY];
    },
  };
  runnerHolder[RUNNER_KEY] = runner;
  return runner;
}

/** Wakes the runner started in this process, if any (enqueueJob calls it). */
export function nudge(): void {
  runnerHolder[RUNNER_KEY]?.nudge();
}

interface LoopOptions {
  pollMs: number;
  logger: JobLogger;
  enqueueScheduled: boolean;
  runOptions: RunPendingJobsOptions;
  allJobs: JobRegistry;
}

/** One poller: runs its jobs' due rows, then sleeps `pollMs` unless nudged meanwhile. */
function startLoop({ pollMs, logger, enqueueScheduled, runOptions, allJobs }: LoopOptions) {
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> | undefined;
  let wakeAgain = false;
  let stopped = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    // unref: a pending poll must never keep the process alive.
    timer = setTimeout(tick, ms).unref();
  };

  function tick() {
    timer = undefined;
    if (inFlight) {
      wakeAgain = true;
      return;
    }
    // Scheduled jobs are enqueued first so a slot that just opened runs in this same round.
    const scheduled = enqueueScheduled
      ? enqueueScheduledJobs({ ...runOptions, registry: allJobs })
      : Promise.resolve(0);
    inFlight = scheduled
      .then(() => runPendingJobs(runOptions))
      .then(
        () => undefined,
        (error: unknown) => logger.error("[jobs] polling failed; retrying at the next poll", error),
      )
      .finally(() => {
        inFlight = undefined;
        schedule(wakeAgain ? 0 : pollMs);
        wakeAgain = false;
      });
  }

  schedule(0);
  return {
    nudge() {
      if (stopped) return;
      if (inFlight) wakeAgain = true;
      else schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await inFlight;
    },
  };
}
