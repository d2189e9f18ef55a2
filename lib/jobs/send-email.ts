import "server-only";
import { sendEmail } from "@/lib/email/mailer";
import { emailMessageSchema } from "@/lib/email/templates";
import { defineJob } from "./define-job";

/**
 * Sends one email through the app's mailer, so requests never wait on the email provider.
 *
 * Idempotency: the run id is Resend's idempotency key, so a retry after Resend accepted the email
 * does not send it twice (Resend remembers keys for 24 hours; the outbox ignores the key). Enqueue
 * with a `dedupeKey` (e.g. `invitation-email:<invitationId>`) so one business event is one run.
 */
export const sendEmailJob = defineJob({
  id: "send-email",
  schema: emailMessageSchema,
  handler: async (message, { runId }) => {
    await sendEmail({ ...message, idempotencyKey: `send-email/${runId}` });
  },
});
