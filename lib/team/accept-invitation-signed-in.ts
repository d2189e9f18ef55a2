import "server-only";
import { proveAddress } from "@/lib/auth/sessions/prove-address";
import { db } from "@/lib/db";
import { acceptInvitation } from "./invitations";

/**
 * Joins the signed-in user from their emailed invitation link. The link reached the inbox of
 * the invited address, so accepting it proves the address: for an account that had never
 * verified it, every session but this one ends (see proveAddress).
 */
export async function acceptInvitationSignedIn({
  token,
  user,
  sessionToken,
}: {
  token: string;
  user: { id: string; email: string; name: string | null };
  sessionToken: string;
}) {
  return db.$transaction(async (tx) => {
    const joined = await acceptInvitation(tx, { token, user });
    await proveAddress(tx, user.id, { signedInSession: sessionToken });
    return joined;
  });
}
