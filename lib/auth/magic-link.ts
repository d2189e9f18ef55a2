import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { EmailConfig } from "next-auth/providers";
import { db } from "@/lib/db";
import { enqueueJob } from "@/lib/jobs/enqueue";

export const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

/** Set while a flow that has just proven the address asks Auth.js for a link to follow itself. */
const capturedLink = new AsyncLocalStorage<{ url?: string }>();

/**
 * Runs `request` (an Auth.js `signIn("email", …)`) and returns the sign-in link it produced
 * instead of emailing it. For flows that have just proven the address themselves (a confirmed
 * sign-up): following the link signs in through Auth.js like any other link, once.
 */
export async function captureSignInLink(request: () => Promise<unknown>): Promise<string> {
  const store: { url?: string } = {};
  await capturedLink.run(store, request);
  if (!store.url) throw new Error("Auth.js produced no sign-in link.");
  return store.url;
}

/**
 * Only the newest link for an address works. Auth.js writes the new token's row alongside this
 * call, so rows are told apart by expiry: every older one expires before the new one.
 */
async function retireOlderLinks(identifier: string, expires: Date) {
  await db.verificationToken.deleteMany({ where: { identifier, expires: { lt: expires } } });
}

/** The job's side of a sign-in link request: links go only to existing accounts. */
export async function sendMagicLinkEmail(email: string, url: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  await enqueueJob("send-email", {
    to: email,
    template: "magic-link",
    props: { url, email, expiresInMinutes: MAGIC_LINK_MAX_AGE_SECONDS / 60 },
  });
}

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
  async sendVerificationRequest({ identifier, url, expires }) {
    await retireOlderLinks(identifier, expires);
    const capture = capturedLink.getStore();
    if (capture) {
      capture.url = url;
      return;
    }
    // The job decides whether the address has an account, so the request does the same work,
    // in the same time, either way.
    await enqueueJob("account-email", { kind: "magic-link", email: identifier, url });
  },
  options: {},
};
