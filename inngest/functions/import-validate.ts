import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import {
  inngestTimeouts,
  InvalidJobPayloadError,
  jobEventName,
  parseJobPayload,
} from "@/lib/jobs/define-job";
import { importValidateJob as job } from "@/lib/jobs/import-validate";

export const importValidateFunction = inngest.createFunction(
  {
    id: job.id,
    retries: job.retries,
    concurrency: job.concurrency,
    timeouts: inngestTimeouts(job),
    triggers: [{ event: jobEventName(job.id) }],
  },
  async ({ event, step, runId, attempt, logger }) => {
    let payload;
    try {
      payload = parseJobPayload(job, event.data);
    } catch (error) {
      // A malformed event never becomes valid: fail the run without retrying.
      if (error instanceof InvalidJobPayloadError) throw new NonRetriableError(error.message);
      throw error;
    }
    await step.run("validate", () => job.handler(payload, { runId, attempt, logger }));
  },
);
