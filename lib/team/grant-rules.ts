import "server-only";
import { UserError } from "@/lib/errors";
import { PERMISSIONS, permissionsOf, type Permission } from "@/lib/rbac/permissions";
import type { OrgScope } from "./scope";

/**
 * Every change to who may do what goes through these rules, so a member can never hand
 * out — to others or to themselves — more than they hold:
 * - roles they assign, invite with, create or edit carry only permissions they hold;
 * - only owners make owners, and only owners touch an owner's roles or membership;
 * - a member whose rights exceed the actor's is out of the actor's reach;
 * - only owners decide which roles must sign in with two factors.
 * The last-owner rule lives with the writes (members.ts), under the organisation lock.
 */

/** A team change made on behalf of a member: `membershipId` is the actor's own membership. */
export type TeamScope = OrgScope & { membershipId: string };

type RoleLike = {
  key: string;
  name: string;
  builtIn: boolean;
  permissions: readonly string[];
};

export type GrantActor = {
  membershipId: string;
  isOwner: boolean;
  permissions: ReadonlySet<Permission>;
};

const refuse = (message: string) => new UserError(message, { code: "forbidden" });

export const isOwnerRole = (role: { key: string; builtIn: boolean }) =>
  role.builtIn && role.key === "owner";

/**
 * The actor's rights, read in the caller's transaction after locking the organisation row,
 * so concurrent team changes are decided one after another against current data.
 */
export async function loadGrantActor({ db, orgId, membershipId }: TeamScope): Promise<GrantActor> {
  await db.$queryRaw`SELECT 1 FROM "Organization" WHERE id = ${orgId} FOR UPDATE`;
  const membership = await db.membership.findFirst({
    where: { id: membershipId, orgId },
    include: { roles: { include: { role: true } } },
  });
  if (!membership) throw refuse("You are no longer a member of this organisation.");
  const roles = membership.roles.map((r) => r.role);
  return { membershipId, isOwner: roles.some(isOwnerRole), permissions: permissionsOf(roles) };
}

function missingFrom(actor: GrantActor, permissions: Iterable<string>) {
  const missing = new Set<string>();
  for (const p of permissions) if (!actor.permissions.has(p as Permission)) missing.add(p);
  return [...missing];
}

function labelsOf(permissions: string[]) {
  const labels = permissions.map((p) =>
    Object.hasOwn(PERMISSIONS, p) ? `“${PERMISSIONS[p as Permission].label}”` : p,
  );
  return labels.length <= 3
    ? labels.join(", ")
    : `${labels.slice(0, 3).join(", ")} and ${labels.length - 3} more`;
}

function effectivePermissions(roles: readonly RoleLike[]) {
  return [...permissionsOf(roles)];
}

/** The actor may hand out these roles (assigning or inviting). */
export function assertMayGrantRoles(actor: GrantActor, roles: readonly RoleLike[]) {
  if (actor.isOwner) return;
  if (roles.some(isOwnerRole)) throw refuse("Only an owner can make someone an owner.");
  for (const role of roles) {
    const missing = missingFrom(actor, effectivePermissions([role]));
    if (missing.length) {
      throw refuse(
        `You can't give the ${role.name} role: it includes permissions you don't have (${labelsOf(missing)}).`,
      );
    }
  }
}

/**
 * The actor may change or remove this member. Owners are reachable only by owners, and a
 * member holding rights the actor lacks only by someone who holds them too.
 */
export function assertMayManageMember(
  actor: GrantActor,
  target: { membershipId: string; label: string; roles: readonly RoleLike[] },
  doing: "change the roles of" | "remove",
) {
  if (actor.isOwner) return;
  if (target.roles.some(isOwnerRole)) {
    throw refuse(`Only an owner can ${doing} an owner.`);
  }
  const missing = missingFrom(actor, effectivePermissions(target.roles));
  if (missing.length) {
    throw refuse(
      `You can't ${doing} ${target.label}: they have permissions you don't (${labelsOf(missing)}).`,
    );
  }
}

/** A role's permissions (new or changed) must all be the actor's own. */
export function assertMayDefineRole(actor: GrantActor, permissions: readonly string[]) {
  const missing = missingFrom(actor, permissions);
  if (missing.length) {
    throw new UserError(
      `You can only include permissions you have yourself. Remove ${labelsOf(missing)}.`,
      {
        code: "forbidden",
        fieldErrors: { permissions: ["You can only include permissions you have yourself."] },
      },
    );
  }
}

/**
 * Editing an existing role changes what everyone holding it can do, so the actor must be
 * able to manage every holder: no owner among them (unless the actor is one), and no
 * permission in the role the actor lacks.
 */
export function assertMayEditRole(actor: GrantActor, role: RoleLike & { heldByOwner: boolean }) {
  if (actor.isOwner) return;
  if (role.heldByOwner) {
    throw refuse(`Only an owner can change ${role.name}: an owner holds it.`);
  }
  const missing = missingFrom(actor, role.permissions);
  if (missing.length) {
    throw refuse(
      `You can't change ${role.name}: it includes permissions you don't have (${labelsOf(missing)}).`,
    );
  }
}

/** Only owners decide where two-factor sign-in is required. */
export function assertMaySetTwoFactor(actor: GrantActor, before: boolean, after: boolean) {
  if (before === after || actor.isOwner) return;
  throw new UserError("Only an owner can change whether a role requires two-factor sign-in.", {
    code: "forbidden",
    fieldErrors: { requireTwoFactor: ["Only an owner can change this."] },
  });
}
