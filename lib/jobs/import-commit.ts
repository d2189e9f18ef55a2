import "server-only";
import { z } from "zod";
import { settleInterruptedSave } from "@/lib/imports/abandoned-runs";
import { commitImportRun } from "@/lib/imports/commit-run";
import { defineJob, type JobRetries } from "./define-job";

const RETRIES = 2 satisfies JobRetries;

/**
 * Writes a validated import into the shop's data in one transaction (lib/imports).
 * Idempotent: the run's status changes in that same transaction, and only a COMMITTING run is
 * worked on, so a retry after success does nothing. A lost database connection is retried with
 * the runner's backoff; a process that died leaves the run checked and ready to save again.
 */
export const importCommitJob = defineJob({
  id: "import-commit",
  schema: z.object({ orgId: z.string().min(1), runId: z.string().min(1) }),
  retries: RETRIES,
  concurrency: 2,
  // A file of a million lines takes minutes, well past the runner's default 5.
  timeoutMinutes: 60,
  handler: async ({ orgId, runId }, { logger, attempt }) => {
    await commitImportRun(orgId, runId, {
      log: (message, error) => logger.error(message, error),
      retryable: attempt < RETRIES,
    });
  },
  onAbandoned: (payload) => settleInterruptedSave(payload),
});
