import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getOrgContext, type OrgContext } from "@/lib/organizations/active-organization";
import type { Permission } from "@/lib/rbac/permissions";
import { getCurrentUser } from "./current-user";
import { getTwoFactorHold } from "./two-factor/gate";

/**
 * The gate of every signed-in page: signed-out visitors go to sign-in, a sign-in
 * still owing its second factor (or a member owing their organisation two-factor
 * setup) to the two-factor pages, users without an organisation to onboarding,
 * and members without `permission` see the forbidden page.
 */
export async function requireOrg(permission?: Permission): Promise<OrgContext> {
  const ctx = await getOrgContext();
  if (!ctx) {
    const hold = await getTwoFactorHold();
    redirect(hold?.path ?? ((await getCurrentUser()) ? "/onboarding" : "/sign-in"));
  }
  if (permission && !ctx.permissions.has(permission)) forbidden();
  return ctx;
}
