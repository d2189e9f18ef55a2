"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { signOut } from "@/lib/auth/auth";
import { getCurrentSession } from "@/lib/auth/current-user";
import { completeTwoFactorSignIn } from "@/lib/auth/two-factor/complete-sign-in";
import {
  confirmTwoFactorEnrolment,
  startTwoFactorEnrolment,
} from "@/lib/auth/two-factor/enrolment";
import { disableTwoFactor, regenerateRecoveryCodes } from "@/lib/auth/two-factor/manage";
import {
  secondFactorSchema,
  totpCodeSchema,
  twoFactorProofSchema,
} from "@/lib/auth/two-factor/schemas";
import { UserError } from "@/lib/errors";

// Two-factor belongs to the person, not to an organisation: these actions need a fully signed-in
// user ("authenticated"), so a member whose organisation requires two-factor can still set it up.

export const startTwoFactorEnrolmentAction = defineAction({
  permission: "authenticated",
  input: z.object({}),
  audit: false,
  handler: async (_input, { user }) => startTwoFactorEnrolment(user.id),
});

export const confirmTwoFactorEnrolmentAction = defineAction({
  permission: "authenticated",
  input: totpCodeSchema,
  audit: false,
  handler: async ({ code }, { user }) => confirmTwoFactorEnrolment(user.id, code),
});

export const regenerateRecoveryCodesAction = defineAction({
  permission: "authenticated",
  input: twoFactorProofSchema,
  audit: false,
  handler: async ({ proof }, { user }) => ({
    recoveryCodes: await regenerateRecoveryCodes(user.id, proof),
  }),
});

export const disableTwoFactorAction = defineAction({
  permission: "authenticated",
  input: twoFactorProofSchema,
  audit: false,
  handler: async ({ proof }, { user }) => disableTwoFactor(user.id, proof),
});

/**
 * Sign-out for a session still owing its second factor (or held by an organisation's
 * requirement): "public", because such a session has no signed-in user yet.
 */
export const signOutOfTwoFactorAction = defineAction({
  permission: "public",
  input: z.object({}),
  audit: false,
  handler: async () => {
    await signOut({ redirectTo: "/sign-in" });
  },
});

/**
 * The second sign-in step. "public" because the session owing the code is not signed in yet;
 * it is read here, and only a session that owes a code can complete one.
 */
export const completeTwoFactorSignInAction = defineAction({
  permission: "public",
  input: secondFactorSchema,
  audit: false,
  handler: async ({ code }) => {
    const current = await getCurrentSession();
    if (!current) {
      throw new UserError("This sign-in has ended. Sign in again.", { code: "unauthenticated" });
    }
    if (!current.session.twoFactorPending) return;
    await completeTwoFactorSignIn(current.session.sessionToken, code);
  },
});
