import "server-only";
import { randomBytes } from "node:crypto";
import { UserError, notFound } from "@/lib/errors";
import { BUILT_IN_ROLES, isBuiltInRoleKey } from "@/lib/rbac/permissions";
import {
  assertMayDefineRole,
  assertMayEditRole,
  assertMaySetTwoFactor,
  loadGrantActor,
  type TeamScope,
} from "./grant-rules";
import type { RoleInput } from "./schemas";
import type { OrgScope } from "./scope";

/** Roles of an organisation with their effective permissions and member counts. */
export async function listRoles({ db, orgId }: OrgScope) {
  const roles = await db.role.findMany({
    where: { orgId },
    orderBy: [{ builtIn: "desc" }, { name: "asc" }],
    include: { _count: { select: { members: true } } },
  });
  return roles.map((role) => ({
    id: role.id,
    key: role.key,
    name: role.name,
    description: role.description,
    builtIn: role.builtIn,
    requireTwoFactor: role.requireTwoFactor,
    permissions:
      role.builtIn && isBuiltInRoleKey(role.key)
        ? [...BUILT_IN_ROLES[role.key].permissions]
        : role.permissions,
    memberCount: role._count.members,
  }));
}

/** Names are unique case-insensitively, but "Stock counter" and "Stock-counter!" would slug alike. */
function keyFor(name: string) {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return `custom-${slug}-${randomBytes(3).toString("hex")}`;
}

async function assertNameFree({ db, orgId }: OrgScope, name: string, exceptId?: string) {
  const clash = await db.role.findFirst({
    where: {
      orgId,
      name: { equals: name, mode: "insensitive" },
      NOT: exceptId ? { id: exceptId } : undefined,
    },
  });
  if (clash) {
    throw new UserError("A role with this name already exists.", {
      code: "conflict",
      fieldErrors: { name: ["A role with this name already exists."] },
    });
  }
}

export async function createRole(scope: TeamScope, input: RoleInput) {
  const actor = await loadGrantActor(scope);
  assertMayDefineRole(actor, input.permissions);
  assertMaySetTwoFactor(actor, false, input.requireTwoFactor);
  await assertNameFree(scope, input.name);
  return scope.db.role.create({
    data: { orgId: scope.orgId, key: keyFor(input.name), builtIn: false, ...input },
  });
}

async function customRole({ db, orgId }: OrgScope, roleId: string) {
  const role = await db.role.findFirst({ where: { id: roleId, orgId } });
  if (!role) throw notFound("Role");
  if (role.builtIn) throw new UserError(`${role.name} is a built-in role and cannot be changed.`);
  return role;
}

/** Whether an owner of the organisation holds this role. */
async function heldByOwner({ db }: OrgScope, roleId: string) {
  const count = await db.membershipRole.count({
    where: { roleId, membership: { roles: { some: { role: { key: "owner", builtIn: true } } } } },
  });
  return count > 0;
}

export async function updateRole(scope: TeamScope, roleId: string, input: RoleInput) {
  const actor = await loadGrantActor(scope);
  const before = await customRole(scope, roleId);
  assertMayEditRole(actor, { ...before, heldByOwner: await heldByOwner(scope, before.id) });
  assertMayDefineRole(actor, input.permissions);
  assertMaySetTwoFactor(actor, before.requireTwoFactor, input.requireTwoFactor);
  await assertNameFree(scope, input.name, roleId);
  const after = await scope.db.role.update({ where: { id: before.id }, data: input });
  return { before, after };
}

/**
 * Whether members holding a role must sign in with two factors. The one change a built-in
 * role accepts, and only from an owner.
 */
export async function setRoleTwoFactor(
  scope: TeamScope,
  roleId: string,
  requireTwoFactor: boolean,
) {
  const actor = await loadGrantActor(scope);
  const before = await scope.db.role.findFirst({ where: { id: roleId, orgId: scope.orgId } });
  if (!before) throw notFound("Role");
  assertMaySetTwoFactor(actor, before.requireTwoFactor, requireTwoFactor);
  const after = await scope.db.role.update({
    where: { id: before.id },
    data: { requireTwoFactor },
  });
  return { before, after };
}

/**
 * Deleting a role still held by someone, or promised by a pending invitation,
 * would silently change what they can do, so it is refused.
 */
export async function deleteRole(scope: OrgScope, roleId: string) {
  const role = await customRole(scope, roleId);
  // Sequential on purpose: inside a transaction every query shares one connection.
  const holders = await scope.db.membershipRole.count({ where: { roleId: role.id } });
  const invited = await scope.db.invitationRole.count({
    where: {
      roleId: role.id,
      invitation: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    },
  });
  if (holders > 0) {
    throw new UserError(
      `${role.name} is held by ${holders} teammate${holders === 1 ? "" : "s"}. Give them another role first.`,
      { code: "conflict" },
    );
  }
  if (invited > 0) {
    throw new UserError(
      `${role.name} is part of ${invited} pending invitation${invited === 1 ? "" : "s"}. Withdraw them first.`,
      { code: "conflict" },
    );
  }
  await scope.db.role.delete({ where: { id: role.id } });
  return role;
}

/** Resolves role ids of this organisation, refusing any that belong elsewhere. */
export async function rolesInOrg({ db, orgId }: OrgScope, roleIds: string[]) {
  const roles = await db.role.findMany({ where: { orgId, id: { in: roleIds } } });
  if (roles.length !== new Set(roleIds).size) {
    throw new UserError("One of the chosen roles doesn't exist.", {
      fieldErrors: { roleIds: ["One of the chosen roles doesn't exist."] },
    });
  }
  return roles;
}
