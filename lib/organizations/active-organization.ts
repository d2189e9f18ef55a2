import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { Actor } from "@/lib/audit/actor";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getCurrentUser } from "@/lib/auth/current-user";
import { twoFactorSetupOwedFor } from "@/lib/auth/two-factor/enforcement";
import { db } from "@/lib/db";
import { permissionsOf, type Permission } from "@/lib/rbac/permissions";

/** The cookie remembering which organisation a user works in; checked against memberships on every read. */
export const ACTIVE_ORG_COOKIE = "backroom_org";

export type OrgContext = {
  user: CurrentUser;
  org: { id: string; name: string; slug: string; currency: string; timezone: string };
  membershipId: string;
  roles: { id: string; key: string; name: string }[];
  permissions: ReadonlySet<Permission>;
  actor: Actor;
};

/** Memberships of a user, each with its roles, for the org switcher and context. */
export async function listMemberships(userId: string) {
  return db.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      org: { select: { id: true, name: true, slug: true, currency: true, timezone: true } },
      roles: {
        select: {
          role: {
            select: {
              id: true,
              key: true,
              name: true,
              builtIn: true,
              permissions: true,
              requireTwoFactor: true,
            },
          },
        },
      },
    },
  });
}

/** The active organisation: the one in the cookie when the user belongs to it, else their first. */
const getActiveMembership = cache(async () => {
  const user = await getCurrentUser();
  if (!user) return null;
  const memberships = await listMemberships(user.id);
  const wanted = (await cookies()).get(ACTIVE_ORG_COOKIE)?.value;
  const membership = memberships.find((m) => m.org.id === wanted) ?? memberships[0];
  return membership ? { user, membership } : null;
});

export type TwoFactorSetupOwed = { org: { id: string; name: string }; roleNames: string[] };

/**
 * Set when the active organisation requires two-factor sign-in for one of the user's roles and
 * they have not set it up: until they do, they get no organisation context at all.
 */
export const getTwoFactorSetupOwed = cache(async (): Promise<TwoFactorSetupOwed | null> => {
  const active = await getActiveMembership();
  if (!active) return null;
  const roles = active.membership.roles.map((r) => r.role);
  // Most roles require nothing: no extra query for them.
  if (!roles.some((r) => r.requireTwoFactor)) return null;
  const user = await db.user.findUniqueOrThrow({
    where: { id: active.user.id },
    select: { totpEnabledAt: true },
  });
  const roleNames = twoFactorSetupOwedFor(user, roles);
  if (roleNames.length === 0) return null;
  return { org: { id: active.membership.org.id, name: active.membership.org.name }, roleNames };
});

/**
 * The signed-in user's context in their active organisation. Null when signed out, when the
 * user belongs to no organisation, or when that organisation's two-factor requirement is not
 * met yet (see getTwoFactorSetupOwed) — so every page, action and route that needs an
 * organisation refuses them without checking anything itself.
 */
export const getOrgContext = cache(async (): Promise<OrgContext | null> => {
  const active = await getActiveMembership();
  if (!active) return null;
  if (await getTwoFactorSetupOwed()) return null;
  const { user, membership } = active;
  const roles = membership.roles.map((r) => r.role);
  return {
    user,
    org: membership.org,
    membershipId: membership.id,
    roles: roles.map(({ id, key, name }) => ({ id, key, name })),
    permissions: permissionsOf(roles),
    actor: { type: "USER", id: user.id, label: user.name ?? user.email },
  };
});
