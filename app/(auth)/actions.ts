"use server";

import { revalidatePath } from "next/cache";
import { AuthError } from "next-auth";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { RateLimitedSignIn, signIn, signOut } from "@/lib/auth/auth";
import { sendVerificationEmail, verifyEmail } from "@/lib/auth/email-verification";
import { captureSignInLink } from "@/lib/auth/magic-link";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { consumeFormAttempt, consumeMailRequest } from "@/lib/auth/rate-limit";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import {
  confirmSignUpSchema,
  forgotPasswordSchema,
  magicLinkSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from "@/lib/auth/schemas";
import { completeSignUp, requestSignUp } from "@/lib/auth/sign-up";
import { UserError } from "@/lib/errors";

const WRONG_CREDENTIALS = "That email and password don't match an account.";

/** Signs in through Auth.js's credentials provider, mapping its errors to messages. */
async function signInWithCredentials(email: string, password: string) {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof RateLimitedSignIn) {
      throw new UserError(error.detail, { code: "rate_limited" });
    }
    if (error instanceof AuthError) {
      throw new UserError(WRONG_CREDENTIALS, { code: "unauthenticated" });
    }
    throw error;
  }
}

export const signInAction = defineAction({
  permission: "public",
  input: signInSchema,
  audit: false,
  handler: async ({ email, password }) => signInWithCredentials(email, password),
});

export const requestMagicLinkAction = defineAction({
  permission: "public",
  input: magicLinkSchema,
  audit: false,
  handler: async ({ email, next }, { ip }) => {
    await consumeMailRequest({ purpose: "magic-link", email, ip });
    await signIn("email", { email, redirect: false, redirectTo: safeRedirectPath(next) });
  },
});

/** Always answers "check your email": whether the address has an account stays in the inbox. */
export const signUpAction = defineAction({
  permission: "public",
  input: signUpSchema,
  audit: false, // the organisation's creation is audited when the link is followed
  handler: async (input, { ip }) => requestSignUp(input, { ip }),
});

/**
 * Creates the account from the emailed link, then returns a one-time sign-in link for the
 * browser to follow: the address was just proven, so no password is asked again.
 */
export const confirmSignUpAction = defineAction({
  permission: "public",
  input: confirmSignUpSchema,
  audit: false, // completeSignUp audits the new organisation
  handler: async ({ token }, { ip }) => {
    const { email } = await completeSignUp(token, { ip });
    const signInUrl = await captureSignInLink(() =>
      signIn("email", { email, redirect: false, redirectTo: "/" }),
    );
    return { signInUrl };
  },
});

export const forgotPasswordAction = defineAction({
  permission: "public",
  input: forgotPasswordSchema,
  audit: false,
  handler: async ({ email }, { ip }) => requestPasswordReset({ email, ip }),
});

export const resetPasswordAction = defineAction({
  permission: "public",
  input: resetPasswordSchema,
  audit: false,
  handler: async ({ token, password }, { ip }) => resetPassword({ token, password, ip }),
});

export const verifyEmailAction = defineAction({
  permission: "public",
  input: z.object({ token: z.string().min(20, "This link is incomplete.") }),
  audit: false,
  handler: async ({ token }, { ip }) => {
    await consumeFormAttempt(ip);
    await verifyEmail(token);
    // The app layout shows a "please verify" banner; drop any copy the browser prefetched.
    revalidatePath("/", "layout");
  },
});

export const resendVerificationAction = defineAction({
  permission: "authenticated",
  input: z.object({}),
  audit: false,
  handler: async (_input, { user }) => sendVerificationEmail(user.id),
});

export const signOutAction = defineAction({
  permission: "authenticated",
  input: z.object({}),
  audit: false,
  handler: async () => {
    await signOut({ redirectTo: "/sign-in" });
  },
});
