import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { getCurrentSession } from "./current-user";
import { proveAddress } from "./sessions/prove-address";
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

/**
 * Confirms the address behind a verification link; single use. `signedInSession` is the
 * browser's own session when it is signed in (read from the request unless given): a proof
 * from the account's own session keeps that session and the password (see proveAddress).
 */
export async function verifyEmail(
  token: string,
  { signedInSession }: { signedInSession?: string | null } = {},
) {
  const own = signedInSession === undefined ? await ownSessionToken() : signedInSession;
  return db.$transaction(async (tx) => {
    const userId = await consumeUserToken(tx, token, "VERIFY_EMAIL");
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { id: true, email: true },
    });
    const sessionOfThisUser =
      own && (await tx.session.count({ where: { sessionToken: own, userId } })) ? own : null;
    await proveAddress(tx, userId, { signedInSession: sessionOfThisUser });
    return user;
  });
}

async function ownSessionToken() {
  try {
    return (await getCurrentSession())?.session.sessionToken ?? null;
  } catch {
    return null; // outside a request (a script, a test): no browser is signed in
  }
}
