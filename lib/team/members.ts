import "server-only";
import { UserError, notFound } from "@/lib/errors";
import {
  assertMayGrantRoles,
  assertMayManageMember,
  loadGrantActor,
  type TeamScope,
} from "./grant-rules";
import { rolesInOrg } from "./roles";
import type { OrgScope } from "./scope";

export async function listMembers({ db, orgId }: OrgScope) {
  const members = await db.membership.findMany({
    where: { orgId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, emailVerified: true } },
      roles: { select: { role: { select: { id: true, key: true, name: true } } } },
    },
  });
  return members.map((m) => ({ ...m, roles: m.roles.map((r) => r.role) }));
}

async function membershipInOrg({ db, orgId }: OrgScope, membershipId: string) {
  const membership = await db.membership.findFirst({
    where: { id: membershipId, orgId },
    include: {
      roles: { include: { role: true } },
      user: { select: { email: true, name: true } },
    },
  });
  if (!membership) throw notFound("Teammate");
  return membership;
}

/**
 * An organisation always keeps at least one owner. loadGrantActor has locked the
 * organisation row, so two owners demoting each other at once cannot both pass.
 */
async function assertAnotherOwnerRemains({ db, orgId }: OrgScope, membershipId: string) {
  const owners = await db.membershipRole.count({
    where: { role: { orgId, key: "owner" }, membershipId: { not: membershipId } },
  });
  if (owners === 0) {
    throw new UserError("Every organisation needs an owner. Make someone else an owner first.", {
      code: "conflict",
    });
  }
}

function targetOf(membership: Awaited<ReturnType<typeof membershipInOrg>>) {
  return {
    membershipId: membership.id,
    label: membership.user.name ?? membership.user.email,
    roles: membership.roles.map((r) => r.role),
  };
}

export async function updateMemberRoles(scope: TeamScope, membershipId: string, roleIds: string[]) {
  const actor = await loadGrantActor(scope);
  const membership = await membershipInOrg(scope, membershipId);
  const roles = await rolesInOrg(scope, roleIds);
  assertMayManageMember(actor, targetOf(membership), "change the roles of");
  const held = new Set(membership.roles.map((r) => r.roleId));
  assertMayGrantRoles(
    actor,
    roles.filter((r) => !held.has(r.id)),
  );
  const wasOwner = membership.roles.some((r) => r.role.key === "owner");
  if (wasOwner && !roles.some((r) => r.key === "owner")) {
    await assertAnotherOwnerRemains(scope, membershipId);
  }
  await scope.db.membershipRole.deleteMany({ where: { membershipId } });
  await scope.db.membershipRole.createMany({
    data: roles.map((r) => ({ membershipId, roleId: r.id })),
  });
  return {
    before: { email: membership.user.email, roles: membership.roles.map((r) => r.role.name) },
    after: { email: membership.user.email, roles: roles.map((r) => r.name) },
  };
}

export async function removeMember(scope: TeamScope, membershipId: string) {
  const actor = await loadGrantActor(scope);
  const membership = await membershipInOrg(scope, membershipId);
  assertMayManageMember(actor, targetOf(membership), "remove");
  if (membership.roles.some((r) => r.role.key === "owner")) {
    await assertAnotherOwnerRemains(scope, membershipId);
  }
  await scope.db.membership.delete({ where: { id: membershipId } });
  return { email: membership.user.email, roles: membership.roles.map((r) => r.role.name) };
}
