import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getOrgContext, type OrgContext } from "@/lib/organizations/active-organization";
import type { Permission } from "@/lib/rbac/permissions";
import { getCurrentUser } from "./current-user";

/**
 * The gate of every signed-in page: signed-out visitors go to sign-in, users
 * without an organisation to onboarding, and members without `permission`
 * see the forbidden page.
 */
export async function requireOrg(permission?: Permission): Promise<OrgContext> {
  const ctx = await getOrgContext();
  if (!ctx) redirect((await getCurrentUser()) ? "/onboarding" : "/sign-in");
  if (permission && !ctx.permissions.has(permission)) forbidden();
  return ctx;
}
