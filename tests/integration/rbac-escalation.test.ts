import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import {
  ALL_PERMISSIONS,
  BUILT_IN_ROLES,
  ROLE_TEMPLATES,
  permissionsOf,
  type Permission,
} from "@/lib/rbac/permissions";
import type { TeamScope } from "@/lib/team/grant-rules";
import { inviteMember } from "@/lib/team/invitations";
import { removeMember, updateMemberRoles } from "@/lib/team/members";
import { createRole, setRoleTwoFactor, updateRole } from "@/lib/team/roles";
import { roleInputSchema } from "@/lib/team/schemas";
import { addMember, builtInRole, signUpOwner, uniqueEmail, type Owner } from "./support/factories";

/**
 * Every escalation path, for every built-in role, every role template and a bare
 * "team + roles" role, generated from the permission list. Calls go through the same
 * path as the server actions: the action's declared permission is checked against the
 * actor's permissions (computed as each request computes them), then the lib function
 * runs in a transaction with the actor's membership as its scope.
 */

const SLOW = { timeout: 300_000 };

type ActorRole = { name: string; builtIn?: "owner" | "manager"; permissions: Permission[] };

const ACTOR_ROLES: ActorRole[] = [
  { name: "Owner", builtIn: "owner", permissions: [...BUILT_IN_ROLES.owner.permissions] },
  { name: "Manager", builtIn: "manager", permissions: [...BUILT_IN_ROLES.manager.permissions] },
  ...Object.values(ROLE_TEMPLATES).map((t) => ({
    name: `Template ${t.name}`,
    permissions: t.permissions,
  })),
  { name: "Team and roles", permissions: ["team.manage", "roles.manage"] },
];

type Outcome = { ok: true; value: unknown } | { ok: false; code: string; message: string };

let owner: Owner;
let ownerRoleId: string;
let managerRoleId: string;
/** A custom role per permission, holding only that permission. */
const onlyRole = new Map<Permission, string>();
/** A custom role an owner holds beside Owner. */
let ownersExtraRoleId: string;
let counter = 0;

const roleInput = (permissions: string[], requireTwoFactor = false) =>
  roleInputSchema.parse({ name: `Role ${++counter}`, permissions, requireTwoFactor });

async function permissionsNow(membershipId: string) {
  const rows = await db.membershipRole.findMany({
    where: { membershipId },
    include: { role: true },
  });
  return permissionsOf(rows.map((r) => r.role));
}

/** What an action with this declared permission answers when this member calls it. */
function asAction(
  membershipId: string,
  permission: Permission,
  run: (scope: TeamScope) => Promise<unknown>,
) {
  return asActionIn(owner.orgId, membershipId, permission, run);
}

async function roleIdsOf(membershipId: string) {
  const rows = await db.membershipRole.findMany({ where: { membershipId } });
  return rows.map((r) => r.roleId).sort();
}

/** Everything a refused attempt must leave untouched. */
async function snapshot() {
  const [roles, memberships, invitations] = await Promise.all([
    db.role.findMany({ where: { orgId: owner.orgId }, orderBy: { id: "asc" } }),
    db.membership.findMany({
      where: { orgId: owner.orgId },
      orderBy: { id: "asc" },
      include: { roles: { orderBy: { roleId: "asc" } } },
    }),
    db.invitation.count({ where: { orgId: owner.orgId } }),
  ]);
  return { roles, memberships, invitations };
}

beforeAll(async () => {
  owner = await signUpOwner({ name: "Olga Original" });
  ownerRoleId = (await builtInRole(owner.orgId, "owner")).id;
  managerRoleId = (await builtInRole(owner.orgId, "manager")).id;
  for (const p of ALL_PERMISSIONS) {
    onlyRole.set(p, (await createRole(owner.scope, roleInput([p]))).id);
  }
  ownersExtraRoleId = (await createRole(owner.scope, roleInput(["catalog.view"]))).id;
  await updateMemberRoles(owner.scope, owner.membershipId, [ownerRoleId, ownersExtraRoleId]);
}, SLOW.timeout);

afterAll(async () => {
  await db.$disconnect();
});

describe.each(ACTOR_ROLES)("$name", (actorRole) => {
  const held = new Set(actorRole.permissions);
  const lacking = ALL_PERMISSIONS.filter((p) => !held.has(p));
  const isOwner = actorRole.builtIn === "owner";
  const [first] = actorRole.permissions as [Permission, ...Permission[]];
  const [firstLacking] = lacking;
  let actor: string;
  let actorRoleId: string;
  let bystander: string;
  let bystanderRoleId: string;

  beforeAll(async () => {
    actorRoleId = actorRole.builtIn
      ? (await builtInRole(owner.orgId, actorRole.builtIn)).id
      : (await createRole(owner.scope, roleInput(actorRole.permissions))).id;
    actor = isOwner ? owner.membershipId : (await addMember(owner, [actorRoleId])).membershipId;
    // A teammate within the actor's reach: their one role carries a permission the actor holds.
    bystanderRoleId = onlyRole.get(first)!;
    bystander = (await addMember(owner, [bystanderRoleId], "Bea Bystander")).membershipId;
  }, SLOW.timeout);

  it("cannot grant, define or invite with any permission it lacks", SLOW, async () => {
    const before = await snapshot();
    const attempts: [string, Outcome][] = [];
    const attempt = async (
      label: string,
      permission: Permission,
      run: (scope: TeamScope) => Promise<unknown>,
    ) => attempts.push([label, await asAction(actor, permission, run)]);

    for (const p of lacking) {
      const role = onlyRole.get(p)!;
      await attempt(`create a role with ${p}`, "roles.manage", (s) =>
        createRole(s, roleInput([...held, p])),
      );
      await attempt(`add ${p} to a role it may edit`, "roles.manage", (s) =>
        updateRole(s, bystanderRoleId, { ...roleInput([first, p]) }),
      );
      await attempt(`give itself a role with ${p}`, "team.manage", (s) =>
        updateMemberRoles(s, actor, [actorRoleId, role]),
      );
      await attempt(`give a teammate a role with ${p}`, "team.manage", (s) =>
        updateMemberRoles(s, bystander, [bystanderRoleId, role]),
      );
      await attempt(`invite with a role with ${p}`, "team.manage", (s) =>
        inviteMember(s, { email: uniqueEmail("esc"), roleIds: [role], invitedById: owner.userId }),
      );
    }
    if (!actorRole.builtIn && firstLacking) {
      await attempt("widen its own role", "roles.manage", (s) =>
        updateRole(s, actorRoleId, roleInput([...held, firstLacking])),
      );
    }
    if (!isOwner) {
      await attempt("make itself owner", "team.manage", (s) =>
        updateMemberRoles(s, actor, [actorRoleId, ownerRoleId]),
      );
      await attempt("make a teammate owner", "team.manage", (s) =>
        updateMemberRoles(s, bystander, [ownerRoleId]),
      );
      await attempt("invite an owner", "team.manage", (s) =>
        inviteMember(s, {
          email: uniqueEmail("esc"),
          roleIds: [ownerRoleId],
          invitedById: owner.userId,
        }),
      );
      await attempt("demote the owner", "team.manage", (s) =>
        updateMemberRoles(s, owner.membershipId, [managerRoleId]),
      );
      await attempt("trim the owner's roles", "team.manage", (s) =>
        updateMemberRoles(s, owner.membershipId, [ownerRoleId]),
      );
      await attempt("remove the owner", "team.manage", (s) => removeMember(s, owner.membershipId));
      await attempt("edit a role an owner holds", "roles.manage", (s) =>
        updateRole(s, ownersExtraRoleId, roleInput(["catalog.view"])),
      );
      await attempt("create a role requiring two factors", "roles.manage", (s) =>
        createRole(s, roleInput([first], true)),
      );
      await attempt("require two factors for managers", "roles.manage", (s) =>
        setRoleTwoFactor(s, managerRoleId, true),
      );
    } else {
      await attempt("demote itself, the last owner", "team.manage", (s) =>
        updateMemberRoles(s, owner.membershipId, [managerRoleId]),
      );
      await attempt("remove itself, the last owner", "team.manage", (s) =>
        removeMember(s, owner.membershipId),
      );
    }

    const succeeded = attempts.filter(([, o]) => o.ok).map(([label]) => label);
    expect(succeeded).toEqual([]);
    for (const [label, outcome] of attempts) {
      if (outcome.ok) continue;
      expect(["forbidden", "conflict"], label).toContain(outcome.code);
      expect(outcome.message, label).not.toMatch(/something went wrong/i);
    }
    expect(await snapshot()).toEqual(before);
    expect(await roleIdsOf(owner.membershipId)).toEqual([ownerRoleId, ownersExtraRoleId].sort());
  });

  it("can still do what its role allows", SLOW, async () => {
    const canTeam = held.has("team.manage");
    const canRoles = held.has("roles.manage");
    const mine = actorRole.permissions.slice(0, 3);
    const created = await asAction(actor, "roles.manage", (s) => createRole(s, roleInput(mine)));
    expect(created.ok).toBe(canRoles);
    if (created.ok) {
      const role = created.value as { id: string };
      const narrowed = await asAction(actor, "roles.manage", (s) =>
        updateRole(s, role.id, roleInput(mine.slice(0, 1))),
      );
      expect(narrowed).toMatchObject({ ok: true });
      const granted = await asAction(actor, "team.manage", (s) =>
        updateMemberRoles(s, bystander, [bystanderRoleId, role.id]),
      );
      expect(granted.ok).toBe(canTeam);
    }

    const ownRoles = await asAction(actor, "team.manage", (s) =>
      updateMemberRoles(s, bystander, [bystanderRoleId]),
    );
    expect(ownRoles.ok).toBe(canTeam);
    const invited = await asAction(actor, "team.manage", (s) =>
      inviteMember(s, {
        email: uniqueEmail("ok"),
        roleIds: [bystanderRoleId],
        invitedById: owner.userId,
      }),
    );
    expect(invited.ok).toBe(canTeam);
    const removed = await asAction(actor, "team.manage", (s) => removeMember(s, bystander));
    expect(removed.ok).toBe(canTeam);
    if (!canTeam) expect(await roleIdsOf(bystander)).toEqual([bystanderRoleId]);

    if (!isOwner) return;
    // Only an owner makes owners, decides on two factors, and may demote another owner.
    const second = (await addMember(owner, [managerRoleId], "Sam Second")).membershipId;
    expect(
      await asAction(actor, "team.manage", (s) =>
        updateMemberRoles(s, second, [ownerRoleId, managerRoleId]),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await asAction(actor, "team.manage", (s) =>
        inviteMember(s, {
          email: uniqueEmail("owner"),
          roleIds: [ownerRoleId],
          invitedById: owner.userId,
        }),
      ),
    ).toMatchObject({ ok: true });
    expect(
      await asAction(actor, "roles.manage", (s) => createRole(s, roleInput(ALL_PERMISSIONS, true))),
    ).toMatchObject({ ok: true });
    expect(
      await asAction(actor, "roles.manage", (s) => setRoleTwoFactor(s, managerRoleId, true)),
    ).toMatchObject({ ok: true });
    expect(
      await asAction(actor, "roles.manage", (s) => setRoleTwoFactor(s, managerRoleId, false)),
    ).toMatchObject({ ok: true });
    expect(
      await asAction(actor, "team.manage", (s) => updateMemberRoles(s, second, [managerRoleId])),
    ).toMatchObject({ ok: true });
    expect(await asAction(actor, "team.manage", (s) => removeMember(s, second))).toMatchObject({
      ok: true,
    });
  });
});

describe("the reported takeover", () => {
  it(
    "an Admin cannot make itself owner, mint missing permissions, then oust the owner",
    SLOW,
    async () => {
      const shop = await signUpOwner({ name: "Oona Owner" });
      const admin = await createRole(
        shop.scope,
        roleInput(ROLE_TEMPLATES.admin?.permissions ?? []),
      );
      const adminMember = await addMember(shop, [admin.id], "Ada Admin");
      const shopOwnerRole = await builtInRole(shop.orgId, "owner");
      const shopManagerRole = await builtInRole(shop.orgId, "manager");
      const as = (permission: Permission, run: (s: TeamScope) => Promise<unknown>) =>
        asActionIn(shop.orgId, adminMember.membershipId, permission, run);

      const promote = await as("team.manage", (s) =>
        updateMemberRoles(s, adminMember.membershipId, [admin.id, shopOwnerRole.id]),
      );
      expect(promote).toMatchObject({
        ok: false,
        message: "Only an owner can make someone an owner.",
      });
      const mint = await as("roles.manage", (s) => createRole(s, roleInput(ALL_PERMISSIONS)));
      expect(mint).toMatchObject({ ok: false, code: "forbidden" });
      if (!mint.ok) expect(mint.message).toMatch(/only include permissions you have yourself/);
      const demote = await as("team.manage", (s) =>
        updateMemberRoles(s, shop.membershipId, [shopManagerRole.id]),
      );
      expect(demote).toMatchObject({
        ok: false,
        message: "Only an owner can change the roles of an owner.",
      });
      const oust = await as("team.manage", (s) => removeMember(s, shop.membershipId));
      expect(oust).toMatchObject({ ok: false, message: "Only an owner can remove an owner." });
      expect(await roleIdsOf(shop.membershipId)).toEqual([shopOwnerRole.id]);
      expect(await roleIdsOf(adminMember.membershipId)).toEqual([admin.id]);
    },
  );
});

async function asActionIn(
  orgId: string,
  membershipId: string,
  permission: Permission,
  run: (scope: TeamScope) => Promise<unknown>,
): Promise<Outcome> {
  if (!(await permissionsNow(membershipId)).has(permission)) {
    return { ok: false, code: "forbidden", message: "You don't have permission to do that." };
  }
  try {
    const value = await db.$transaction((tx) => run({ db: tx, orgId, membershipId }));
    return { ok: true, value };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
