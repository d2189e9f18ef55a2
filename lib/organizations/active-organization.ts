import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import type { Actor } from "@/lib/audit/actor";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getCurrentUser } from "@/lib/auth/current-user";
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
          role: { select: { id: true, key: true, name: true, builtIn: true, permissions: true } },
        },
      },
    },
  });
}

/**
 * The signed-in user's context in their active organisation: the org from the
 * cookie when they belong to it, else their first. Null when signed out or when
 * the user belongs to no organisation.
 */
export const getOrgContext = cache(async (): Promise<OrgContext | null> => {
  const user = await getCurrentUser();
  if (!user) return null;
  const memberships = await listMemberships(user.id);
  const wanted = (await cookies()).get(ACTIVE_ORG_COOKIE)?.value;
  const membership = memberships.find((m) => m.org.id === wanted) ?? memberships[0];
  if (!membership) return null;
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
