"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { changePasswordSchema, sessionIdSchema } from "@/lib/auth/account-schemas";
import { signOut } from "@/lib/auth/auth";
import { changePassword } from "@/lib/auth/change-password";
import { getCurrentSession } from "@/lib/auth/current-user";
import { revokeAllSessions, revokeOtherSessions, revokeSession } from "@/lib/auth/sessions/manage";
import { UserError } from "@/lib/errors";

// Sessions and passwords belong to the person, not to an organisation: "authenticated", and
// every call is scoped to the signed-in user's own sessions.

const ACCOUNT = "/settings/account";

async function currentSessionToken() {
  const current = await getCurrentSession();
  if (!current)
    throw new UserError("Your session has ended. Sign in again.", {
      code: "unauthenticated",
    });
  return current.session.sessionToken;
}

export const revokeSessionAction = defineAction({
  permission: "authenticated",
  input: sessionIdSchema,
  audit: false,
  handler: async ({ sessionId }, { user }) => {
    await revokeSession(user.id, sessionId);
    revalidatePath(ACCOUNT);
  },
});

export const signOutOtherSessionsAction = defineAction({
  permission: "authenticated",
  input: z.object({}),
  audit: false,
  handler: async (_input, { user }) => {
    const result = await revokeOtherSessions(user.id, await currentSessionToken());
    revalidatePath(ACCOUNT);
    return result;
  },
});

export const signOutEverywhereAction = defineAction({
  permission: "authenticated",
  input: z.object({}),
  audit: false,
  handler: async (_input, { user }) => {
    await revokeAllSessions(user.id);
    await signOut({ redirectTo: "/sign-in" }); // clears this browser's cookie too
  },
});

export const changePasswordAction = defineAction({
  permission: "authenticated",
  input: changePasswordSchema,
  audit: false,
  handler: async ({ currentPassword, password }, { user, ip }) => {
    const result = await changePassword({
      userId: user.id,
      currentSession: await currentSessionToken(),
      currentPassword,
      password,
      ip,
    });
    revalidatePath(ACCOUNT);
    return result;
  },
});
