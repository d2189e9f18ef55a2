"use server";

import { cookies } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { signIn } from "@/lib/auth/auth";
import { getCurrentSession } from "@/lib/auth/current-user";
import { consumeFormAttempt } from "@/lib/auth/rate-limit";
import { ACTIVE_ORG_COOKIE } from "@/lib/organizations/active-organization";
import { acceptInvitationAsNewUser } from "@/lib/team/accept-invitation-as-new-user";
import { acceptInvitationSignedIn } from "@/lib/team/accept-invitation-signed-in";
import { UserError } from "@/lib/errors";
import { acceptInvitationAsNewUserSchema, acceptInvitationSchema } from "@/lib/team/schemas";

async function openOrganization(orgId: string) {
  (await cookies()).set(ACTIVE_ORG_COOKIE, orgId, { httpOnly: true, sameSite: "lax", path: "/" });
}

export const acceptInvitationAction = defineAction({
  permission: "authenticated",
  input: acceptInvitationSchema,
  audit: false, // acceptInvitation audits the new membership in the inviting organisation
  handler: async ({ token }, { user }) => {
    const current = await getCurrentSession();
    if (!current) throw new UserError("Your session has ended. Sign in again.");
    const joined = await acceptInvitationSignedIn({
      token,
      user,
      sessionToken: current.session.sessionToken,
    });
    await openOrganization(joined.orgId);
    return joined;
  },
});

export const acceptInvitationAsNewUserAction = defineAction({
  permission: "public",
  input: acceptInvitationAsNewUserSchema,
  audit: false,
  handler: async (input, { ip }) => {
    await consumeFormAttempt(ip); // before the password is hashed
    const joined = await acceptInvitationAsNewUser(input);
    await signIn("credentials", { email: joined.email, password: input.password, redirect: false });
    await openOrganization(joined.orgId);
    return { orgName: joined.orgName };
  },
});
