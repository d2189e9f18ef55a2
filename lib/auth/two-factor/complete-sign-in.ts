import "server-only";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { verifySecondFactor, type FactorUsed } from "./second-factor";

const SIGN_IN_ENDED = "This sign-in has ended. Sign in again.";

/**
 * The second sign-in step: a right code (or unused recovery code) turns the session that owes
 * it into a full one. Wrong codes count against the user, not the session, so signing in again
 * buys no extra guesses.
 */
export async function completeTwoFactorSignIn(
  sessionToken: string,
  code: string,
  now = new Date(),
): Promise<FactorUsed> {
  const session = await db.session.findUnique({
    where: { sessionToken },
    select: { userId: true, twoFactorPending: true, expires: true },
  });
  if (!session || session.expires <= now) {
    throw new UserError(SIGN_IN_ENDED, { code: "unauthenticated" });
  }
  if (!session.twoFactorPending) {
    throw new UserError("You're already signed in.", { code: "conflict" });
  }
  const used = await verifySecondFactor(session.userId, code, now);
  const { count } = await db.session.updateMany({
    where: { sessionToken, twoFactorPending: true },
    data: { twoFactorPending: false, lastSeenAt: now },
  });
  // Signed out (or signed out everywhere) while the code was being checked.
  if (count !== 1) throw new UserError(SIGN_IN_ENDED, { code: "unauthenticated" });
  return used;
}
