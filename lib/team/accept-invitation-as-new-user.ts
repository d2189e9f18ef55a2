import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { acceptInvitation, findInvitationByToken } from "./invitations";

/**
 * Creates the account of an invited person and joins them in one transaction.
 * The invitation reached their inbox, so their email counts as verified.
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
    if (invitation.accountExists) {
      throw new UserError("An account with this email already exists. Sign in to accept.", {
        code: "conflict",
      });
    }
    const user = await tx.user.create({
      data: { email: invitation.email, name: input.name, passwordHash, emailVerified: new Date() },
    });
    const joined = await acceptInvitation(tx, { token: input.token, user });
    return { ...joined, email: user.email };
  });
}
