import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { proveAddress } from "@/lib/auth/sessions/prove-address";
import { db, type Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { acceptInvitation, findInvitationByToken } from "./invitations";

export type InvitedAccount = "none" | "unverified" | "verified";

/**
 * Whether the invited address already has an account, and whether that account ever proved
 * the address. An unverified one may have been opened by someone else with this address.
 */
export async function invitedAccountState(tx: Db, email: string): Promise<InvitedAccount> {
  const user = await tx.user.findUnique({ where: { email }, select: { emailVerified: true } });
  if (!user) return "none";
  return user.emailVerified ? "verified" : "unverified";
}

/**
 * Joins an invited person who is not signed in, from the emailed link: the link reached their
 * inbox, so the address counts as verified. Without an account, it creates one. With an account
 * whose address was never verified, the link proves this person owns the address: the account
 * becomes theirs with the password they choose now, and every session of whoever opened it
 * ends. A verified account signs in to accept instead.
 */
export async function acceptInvitationAsNewUser(input: {
  token: string;
  name: string;
  password: string;
}) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invitation = await findInvitationByToken(tx, input.token);
    if (!invitation) throw new UserError("This invitation link is not valid.");
    const existing = await tx.user.findUnique({ where: { email: invitation.email } });
    if (existing?.emailVerified) {
      throw new UserError("An account with this email already exists. Sign in to accept.", {
        code: "conflict",
      });
    }
    // One transaction: a used, withdrawn or expired link (acceptInvitation refuses it below)
    // leaves the account exactly as it was.
    let user;
    if (existing) {
      await proveAddress(tx, existing.id);
      user = await tx.user.update({
        where: { id: existing.id },
        data: { name: input.name, passwordHash },
      });
    } else {
      user = await tx.user.create({
        data: {
          email: invitation.email,
          name: input.name,
          passwordHash,
          emailVerified: new Date(),
        },
      });
    }
    const joined = await acceptInvitation(tx, { token: input.token, user });
    return { ...joined, email: user.email };
  });
}
