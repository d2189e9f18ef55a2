import "server-only";
import { accountEmailJob } from "./account-email";
import type { AnyJobDefinition } from "./define-job";
import { importCommitJob } from "./import-commit";
import { importSyncSheetsJob } from "./import-sync-sheets";
import { importValidateJob } from "./import-validate";
import { sendEmailJob } from "./send-email";

/**
 * Every job the app can run. Adding a job: define it in `lib/jobs/<id>.ts`, list it here, and add
 * its adapter in `inngest/functions/` (the list there is what Inngest serves).
 */
const appJobs = [
  sendEmailJob,
  accountEmailJob,
  importValidateJob,
  importCommitJob,
  importSyncSheetsJob,
] as const;

export type AppJob = (typeof appJobs)[number];
export type JobId = AppJob["id"];
export type JobById<TId extends JobId> = Extract<AppJob, { id: TId }>;

/** Job definitions keyed by id. Runners take one, so tests can pass their own. */
export type JobRegistry = ReadonlyMap<string, AnyJobDefinition>;

export function createJobRegistry(jobs: readonly AnyJobDefinition[]): JobRegistry {
  const registry = new Map<string, AnyJobDefinition>();
  for (const job of jobs) {
    if (registry.has(job.id)) throw new Error(`Job "${job.id}" is defined twice.`);
    registry.set(job.id, job);
  }
  return registry;
}

export const jobRegistry: JobRegistry = createJobRegistry(appJobs);
