import "server-only";
import { db } from "@/lib/db";

export type RoleTwoFactorRule = { name: string; requireTwoFactor: boolean };

/**
 * The names of the roles that make a member set up two-factor sign-in before working in an
 * organisation: those of their roles that require it, unless they already have it on.
 * Empty when nothing is owed.
 */
export function twoFactorSetupOwedFor(
  user: { totpEnabledAt: Date | null },
  roles: readonly RoleTwoFactorRule[],
): string[] {
  if (user.totpEnabledAt) return [];
  return roles.filter((r) => r.requireTwoFactor).map((r) => r.name);
}

/** The plain-words reason a member is sent to set up two-factor sign-in. */
export function twoFactorRequirementMessage(orgName: string, roleNames: readonly string[]) {
  const roles =
    roleNames.length === 1 ? `the ${roleNames[0]} role` : `your roles (${roleNames.join(", ")})`;
  return `${orgName} requires two-factor sign-in for ${roles}. Set it up to keep working there.`;
}

/** The first organisation that needs this user to keep two-factor on, if any. */
export async function organizationRequiringTwoFactor(userId: string) {
  const role = await db.role.findFirst({
    where: { requireTwoFactor: true, members: { some: { membership: { userId } } } },
    select: { name: true, org: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return role ? { orgName: role.org.name, roleName: role.name } : null;
}
