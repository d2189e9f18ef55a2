import "server-only";
import { z } from "zod";
import { commitImportRun } from "@/lib/imports/commit-run";
import { defineJob } from "./define-job";

/**
 * Writes a validated import into the shop's data in one transaction (lib/imports).
 * Idempotent: the run's status changes in that same transaction, and only a COMMITTING run is
 * worked on, so a retry after success does nothing.
 */
export const importCommitJob = defineJob({
  id: "import-commit",
  schema: z.object({ orgId: z.string().min(1), runId: z.string().min(1) }),
  retries: 2,
  concurrency: 2,
  // A file of a million lines takes minutes, well past the runner's default 5.
  timeoutMinutes: 60,
  handler: async ({ orgId, runId }, { logger }) => {
    await commitImportRun(orgId, runId, { log: (message, error) => logger.error(message, error) });
  },
});
