import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { hashPassword } from "./password";
import { consumeAuthAttempt } from "./rate-limit";
import { consumeUserToken, issueUserToken, TOKEN_LIFETIME_MS } from "./user-tokens";

/**
 * Emails a reset link when the account exists. Answers the same either way so
 * the form never reveals who has an account; rate limited like sign-in.
 */
export async function requestPasswordReset({ email, ip }: { email: string; ip: string | null }) {
  await consumeAuthAttempt({ email, ip });
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return;
  const token = await issueUserToken(db, user.id, "RESET_PASSWORD");
  await enqueueJob("send-email", {
    to: user.email,
    template: "reset-password",
    props: {
      url: `${env.APP_URL}/reset-password?token=${token}`,
      email: user.email,
      expiresInMinutes: TOKEN_LIFETIME_MS.RESET_PASSWORD / 60_000,
    },
  });
}

/** Sets a new password from a reset link. Following the link also proves the address. */
export async function resetPassword({ token, password }: { token: string; password: string }) {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const userId = await consumeUserToken(tx, token, "RESET_PASSWORD");
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash },
      select: { id: true, email: true, emailVerified: true },
    });
    if (!user.emailVerified) {
      await tx.user.update({ where: { id: userId }, data: { emailVerified: new Date() } });
    }
    return { email: user.email };
  });
}
