import "server-only";
import { z } from "zod";
import { settleInterruptedCheck } from "@/lib/imports/abandoned-runs";
import { validateImportRun } from "@/lib/imports/validate-run";
import { defineJob, type JobRetries } from "./define-job";

const RETRIES = 2 satisfies JobRetries;

/**
 * The dry run of an import: parse, stage, validate and classify the file (lib/imports).
 * Idempotent: only a VALIDATING run is worked on, and a retry clears the rows staged before.
 * Failures are recorded on the run in plain words rather than thrown, so only a crash or a lost
 * database connection retries; a process that died leaves the run ready to check again.
 */
export const importValidateJob = defineJob({
  id: "import-validate",
  schema: z.object({ orgId: z.string().min(1), runId: z.string().min(1) }),
  retries: RETRIES,
  // Each run streams a file and holds a staging connection; two at a time keep the database
  // responsive (lib/db/connection-budget.mjs counts them).
  concurrency: 2,
  // A file of a million lines takes minutes, well past the runner's default 5.
  timeoutMinutes: 60,
  handler: async ({ orgId, runId }, { logger, attempt }) => {
    await validateImportRun(orgId, runId, {
      log: (message, error) => logger.error(message, error),
      retryable: attempt < RETRIES,
    });
  },
  onAbandoned: (payload) => settleInterruptedCheck(payload),
});
