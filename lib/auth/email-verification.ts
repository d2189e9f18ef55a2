import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { consumeUserToken, issueUserToken, TOKEN_LIFETIME_MS } from "./user-tokens";

export async function sendVerificationEmail(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.emailVerified) return;
  const token = await issueUserToken(db, user.id, "VERIFY_EMAIL");
  await enqueueJob("send-email", {
    to: user.email,
    template: "verify-email",
    props: {
      url: `${env.APP_URL}/verify-email?token=${token}`,
      name: user.name ?? undefined,
      expiresInHours: TOKEN_LIFETIME_MS.VERIFY_EMAIL / 3_600_000,
    },
  });
}

/** Confirms the address behind a verification link; single use. */
export async function verifyEmail(token: string) {
  return db.$transaction(async (tx) => {
    const userId = await consumeUserToken(tx, token, "VERIFY_EMAIL");
    return tx.user.update({
      where: { id: userId },
      data: { emailVerified: new Date() },
      select: { id: true, email: true },
    });
  });
}
