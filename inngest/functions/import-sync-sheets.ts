import { inngest } from "@/inngest/client";
import { cronOf } from "@/lib/jobs/define-job";
import { importSyncSheetsJob as job } from "@/lib/jobs/import-sync-sheets";

/** Inngest's cron trigger replaces the in-process runner's schedule slots. */
export const importSyncSheetsFunction = inngest.createFunction(
  {
    id: job.id,
    retries: job.retries,
    concurrency: job.concurrency,
    triggers: [{ cron: cronOf(job.everyMinutes!) }],
  },
  async ({ step, runId, attempt, logger }) => {
    await step.run("sync-due-sheets", () => job.handler({}, { runId, attempt, logger }));
  },
);
