import "server-only";
import { z } from "zod";
import { validateImportRun } from "@/lib/imports/validate-run";
import { defineJob } from "./define-job";

/**
 * The dry run of an import: parse, stage, validate and classify the file (lib/imports).
 * Idempotent: only a VALIDATING run is worked on, and a retry clears the rows staged before.
 * Failures are recorded on the run in plain words rather than thrown, so only a crash retries.
 */
export const importValidateJob = defineJob({
  id: "import-validate",
  schema: z.object({ orgId: z.string().min(1), runId: z.string().min(1) }),
  retries: 2,
  // Each run streams a file and holds a COPY connection; two at a time keep the database responsive.
  concurrency: 2,
  // A file of a million lines takes minutes, well past the runner's default 5.
  timeoutMinutes: 60,
  handler: async ({ orgId, runId }, { logger }) => {
    await validateImportRun(orgId, runId, {
      log: (message, error) => logger.error(message, error),
    });
  },
});
