import "server-only";
import { getCurrentSession } from "@/lib/auth/current-user";
import { getTwoFactorSetupOwed } from "@/lib/organizations/active-organization";
import { twoFactorRequirementMessage } from "./enforcement";

export type TwoFactorHold = {
  /** The page that clears the hold. */
  path: "/two-factor" | "/two-factor/setup";
  /** Why, in words for the person (server actions and routes answer with it). */
  message: string;
  code: "unauthenticated" | "forbidden";
};

/**
 * Why the gates (pages, actions, routes) found no organisation context for this request when a
 * second factor is what stands in the way: a sign-in still owing its code, or an organisation
 * whose requirement this member has not met. Null for every other reason.
 */
export async function getTwoFactorHold(): Promise<TwoFactorHold | null> {
  const current = await getCurrentSession();
  if (current?.session.twoFactorPending) {
    return {
      path: "/two-factor",
      message: "Finish signing in first: enter the code from your authenticator app.",
      code: "unauthenticated",
    };
  }
  const owed = await getTwoFactorSetupOwed();
  if (owed) {
    return {
      path: "/two-factor/setup",
      message: twoFactorRequirementMessage(owed.org.name, owed.roleNames),
      code: "forbidden",
    };
  }
  return null;
}
