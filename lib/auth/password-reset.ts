import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { hashPassword } from "./password";
import { deleteSessionsOfUser } from "./sessions/store";
import { clearPasswordFailures, consumeFormAttempt, consumeMailRequest } from "./rate-limit";
import {
  consumeUserToken,
  findUsableUserToken,
  issueUserToken,
  TOKEN_LIFETIME_MS,
} from "./user-tokens";

/**
 * Answers every reset request alike: after the limits it only queues a job, which looks the
 * address up and emails either a reset link or a note that it has no account. So the answer,
 * and its timing, never reveal who has an account.
 */
export async function requestPasswordReset({ email, ip }: { email: string; ip: string | null }) {
  await consumeMailRequest({ purpose: "password-reset", email, ip });
  await enqueueJob("account-email", { kind: "password-reset", email });
}

/** The job's side of a reset request: the email for this address. */
export async function sendPasswordResetEmail(email: string) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) {
    await enqueueJob("send-email", {
      to: email,
      template: "reset-no-account",
      props: { url: `${env.APP_URL}/sign-up`, email },
    });
    return;
  }
  await db.$transaction(async (tx) => {
    const token = await issueUserToken(tx, user.id, "RESET_PASSWORD");
    await enqueueJob(
      "send-email",
      {
        to: user.email,
        template: "reset-password",
        props: {
          url: `${env.APP_URL}/reset-password?token=${token}`,
          email: user.email,
          expiresInMinutes: TOKEN_LIFETIME_MS.RESET_PASSWORD / 60_000,
        },
      },
      { db: tx },
    );
  });
}

/** Sets a new password from a reset link. Following the link also proves the address. */
export async function resetPassword({
  token,
  password,
  ip = null,
}: {
  token: string;
  password: string;
  ip?: string | null;
}) {
  // Cheap checks first: a flood of made-up tokens must not cost a password hash each.
  await consumeFormAttempt(ip);
  await findUsableUserToken(db, token, "RESET_PASSWORD");
  const passwordHash = await hashPassword(password);
  const result = await db.$transaction(async (tx) => {
    const userId = await consumeUserToken(tx, token, "RESET_PASSWORD");
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash },
      select: { id: true, email: true, emailVerified: true },
    });
    if (!user.emailVerified) {
      await tx.user.update({ where: { id: userId }, data: { emailVerified: new Date() } });
    }
    // Whoever knew the old password (or opened the account before the address was proven)
    // is signed out everywhere; the owner signs in again with the new one.
    await deleteSessionsOfUser(userId, { tx });
    return { email: user.email };
  });
  // The link proved the address: wrong passwords counted against it no longer hold anyone back.
  await clearPasswordFailures(result.email);
  return result;
}
