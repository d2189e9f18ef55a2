import "server-only";
import type { Db } from "@/lib/db";
import { deleteSessionsOfUser } from "./store";

export type AddressProof = { wasUnverified: boolean; passwordCleared: boolean };

/**
 * Someone just followed a link sent to this account's address (a sign-in link, an invitation,
 * a verification link), so they read its inbox. Marks the address verified.
 *
 * An account whose address was never verified may have been opened by someone else with this
 * address (a pre-claimed account). So on the first proof every other session ends and the
 * password chosen while unverified stops working: the owner sets their own. The exception is a
 * proof made from the account's own signed-in session (`signedInSession`): that browser holds
 * the password and now the inbox too, so it is the owner, and both stay.
 */
export async function proveAddress(
  tx: Db,
  userId: string,
  { signedInSession = null }: { signedInSession?: string | null } = {},
): Promise<AddressProof> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { emailVerified: true, passwordHash: true },
  });
  if (user.emailVerified) return { wasUnverified: false, passwordCleared: false };
  const clearPassword = !signedInSession && user.passwordHash != null;
  await tx.user.update({
    where: { id: userId },
    data: { emailVerified: new Date(), ...(clearPassword ? { passwordHash: null } : {}) },
  });
  await deleteSessionsOfUser(userId, { keep: signedInSession, tx });
  return { wasUnverified: true, passwordCleared: clearPassword };
}
