import { accountEmailJob } from "@/lib/jobs/account-email";
import { createJobRegistry } from "@/lib/jobs/registry";
import { runPendingJobs } from "@/lib/jobs/runner";

const registry = createJobRegistry([accountEmailJob]);
const quiet = { debug() {}, info() {}, warn() {}, error: console.error };

/**
 * Runs the queued `account-email` jobs, as the job runner would: sign-up and password-reset
 * requests only queue one, and it decides which email the address gets and queues that
 * (a `send-email` job, which this leaves queued for `queuedEmails` to read).
 */
export async function deliverAccountEmails() {
  const result = await runPendingJobs({ registry, logger: quiet });
  if (result.failed > 0 || result.retried > 0) {
    throw new Error(`account-email jobs failed: ${JSON.stringify(result)}`);
  }
  return result;
}
