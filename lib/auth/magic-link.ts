import "server-only";
import type { EmailConfig } from "next-auth/providers";
import { db } from "@/lib/db";
import { enqueueJob } from "@/lib/jobs/enqueue";

export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

/**
 * Auth.js's email provider, delivering through our own mailer (the bundled
 * Resend provider hard-codes the API URL). Auth.js stores only a salted hash of
 * the token, deletes it on use and refuses it after `maxAge`.
 */
export const magicLinkProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
  async sendVerificationRequest({ identifier, url }) {
    // Links go only to existing accounts; the caller answers the same either way,
    // so the form never reveals who has an account.
    const user = await db.user.findUnique({ where: { email: identifier }, select: { id: true } });
    if (!user) return;
    await enqueueJob("send-email", {
      to: identifier,
      template: "magic-link",
      props: { url, email: identifier, expiresInMinutes: MAGIC_LINK_MAX_AGE_SECONDS / 60 },
    });
  },
  options: {},
};
