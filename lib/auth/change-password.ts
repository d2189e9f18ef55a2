import "server-only";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";
import { checkPasswordAttempt, recordPasswordFailure } from "./rate-limit";
import { deleteSessionsOfUser } from "./sessions/store";

const WRONG_CURRENT = "That isn't your current password.";

/**
 * Sets a new password for a signed-in user and signs out every other browser, so whoever knew
 * the old one is out. The current password is asked for when there is one (a stolen session
 * alone cannot lock the owner out); wrong ones count like wrong sign-ins from this client.
 */
export async function changePassword({
  userId,
  currentSession,
  currentPassword,
  password,
  ip,
}: {
  userId: string;
  currentSession: string;
  currentPassword: string;
  password: string;
  ip: string | null;
}) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, passwordHash: true },
  });
  if (user.passwordHash) {
    const client = { email: user.email, ip };
    await checkPasswordAttempt(client);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      await recordPasswordFailure(client);
      throw new UserError(WRONG_CURRENT, { fieldErrors: { currentPassword: [WRONG_CURRENT] } });
    }
  }
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Guarded on the hash just checked: two changes racing cannot both win.
    const { count } = await tx.user.updateMany({
      where: { id: userId, passwordHash: user.passwordHash },
      data: { passwordHash },
    });
    if (count !== 1) throw new UserError("Your password changed meanwhile. Try again.");
    return { signedOut: await deleteSessionsOfUser(userId, { keep: currentSession, tx }) };
  });
}

/** Whether the account has a password at all (it may sign in by emailed links only). */
export async function hasPassword(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return Boolean(user?.passwordHash);
}
