import "server-only";
import { z } from "zod";
import { defineJob } from "./define-job";

/**
 * Decides which email a sign-up, password-reset or sign-in-link request gets (a link, or a note that the
 * address has / has no account) and queues it. The request itself only queues this job, so it
 * does the same work and takes the same time whether or not the address has an account.
 *
 * A retry after the email was queued issues a fresh link, which retires the first: the newest
 * email always works.
 */
export const accountEmailJob = defineJob({
  id: "account-email",
  schema: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("password-reset"), email: z.email() }),
    z.object({ kind: z.literal("sign-up"), pendingSignUpId: z.string().min(1) }),
    z.object({ kind: z.literal("magic-link"), email: z.email(), url: z.url() }),
  ]),
  handler: async (payload) => {
    // Loaded here: lib/auth queues this job, and a static import would make a cycle.
    if (payload.kind === "password-reset") {
      const { sendPasswordResetEmail } = await import("@/lib/auth/password-reset");
      await sendPasswordResetEmail(payload.email);
    } else if (payload.kind === "sign-up") {
      const { sendSignUpEmail } = await import("@/lib/auth/sign-up");
      await sendSignUpEmail(payload.pendingSignUpId);
    } else {
      const { sendMagicLinkEmail } = await import("@/lib/auth/magic-link");
      await sendMagicLinkEmail(payload.email, payload.url);
    }
  },
});
