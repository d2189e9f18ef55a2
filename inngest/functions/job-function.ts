import { NonRetriableError } from "inngest";
import { inngest } from "@/inngest/client";
import {
  inngestTimeouts,
  InvalidJobPayloadError,
  jobEventName,
  parseJobPayload,
  type AnyJobDefinition,
} from "@/lib/jobs/define-job";

/**
 * The Inngest function for an event-triggered job: same id, retries, concurrency and time
 * limit as the in-process runner uses, and the handler run as one durable step.
 */
export function jobFunction(job: AnyJobDefinition, stepName: string) {
  return inngest.createFunction(
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
      await step.run(stepName, () => job.handler(payload, { runId, attempt, logger }));
    },
  );
}
