import { afterAll, describe, expect, it } from "vitest";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { BUILT_IN_ROLES, permissionsOf, type Permission } from "@/lib/rbac/permissions";
import { acceptInvitationAsNewUser } from "@/lib/team/accept-invitation-as-new-user";
import {
  acceptInvitation,
  findInvitationByToken,
  inviteMember,
  listPendingInvitations,
  revokeInvitation,
} from "@/lib/team/invitations";
import { listMembers, removeMember, updateMemberRoles } from "@/lib/team/members";
import { createRole, deleteRole, listRoles, updateRole } from "@/lib/team/roles";
import { roleInputSchema } from "@/lib/team/schemas";
import { hashToken } from "@/lib/auth/tokens";
import {
  addMember,
  builtInRole,
  PASSWORD,
  signUpOwner,
  uniqueEmail,
  userError,
  type Owner,
} from "./support/factories";

// Every sign-up and new account hashes a password with scrypt, slow on a busy machine.
const SLOW = { timeout: 120_000 };

afterAll(async () => {
  await db.$disconnect();
});

function roleInput(name: string, permissions: Permission[], description = "") {
  return roleInputSchema.parse({ name, description, permissions });
}

/** What a membership can do, computed the way the app computes it for each request. */
async function membershipPermissions(membershipId: string) {
  const membership = await db.membership.findUniqueOrThrow({
    where: { id: membershipId },
    include: { roles: { include: { role: true } } },
  });
  return permissionsOf(membership.roles.map((r) => r.role));
}

async function roleKeysOf(membershipId: string) {
  const rows = await db.membershipRole.findMany({
    where: { membershipId },
    include: { role: true },
  });
  return rows.map((r) => r.role.key).sort();
}

/** Accepts as a signed-in user, in a transaction, as the invitation page's action does. */
function acceptAs(user: { id: string; email: string; name: string | null }, token: string) {
  return db.$transaction((tx) => acceptInvitation(tx, { token, user }));
}

async function invite(owner: Owner, email: string, roleIds: string[]) {
  return inviteMember(owner.scope, { email, roleIds, invitedById: owner.userId });
}

describe("invitations", SLOW, () => {
  it("joins an existing user with exactly the invited roles' permissions", async () => {
    const owner = await signUpOwner();
    const invitee = await signUpOwner({ name: "Ivy Invitee" });
    const manager = await builtInRole(owner.orgId, "manager");
    const counter = await createRole(
      owner.scope,
      roleInput("Stock counter", ["inventory.view", "inventory.adjust"]),
    );
    const support = await createRole(
      owner.scope,
      roleInput("Support desk", ["customers.view", "orders.refund"]),
    );

    const { invitation, token, roleNames } = await invite(owner, invitee.email, [
      counter.id,
      support.id,
    ]);
    expect(roleNames.sort()).toEqual(["Stock counter", "Support desk"]);
    expect(invitation.tokenHash).toBe(hashToken(token));
    expect((await listPendingInvitations(owner.scope)).map((i) => i.id)).toEqual([invitation.id]);

    await expect(acceptAs(invitee.user, token)).resolves.toEqual({
      orgId: owner.orgId,
      orgName: (await db.organization.findUniqueOrThrow({ where: { id: owner.orgId } })).name,
    });

    const membership = await db.membership.findUniqueOrThrow({
      where: { orgId_userId: { orgId: owner.orgId, userId: invitee.userId } },
    });
    expect(await roleKeysOf(membership.id)).toEqual([counter.key, support.key].sort());
    expect(await membershipPermissions(membership.id)).toEqual(
      new Set<Permission>([
        "inventory.view",
        "inventory.adjust",
        "customers.view",
        "orders.refund",
      ]),
    );
    // Their own organisation is untouched.
    expect(await roleKeysOf(invitee.membershipId)).toEqual(["owner"]);

    // A built-in role brings its permissions from code.
    const managerInvitee = await signUpOwner();
    const second = await invite(owner, managerInvitee.email, [manager.id, counter.id]);
    await acceptAs(managerInvitee.user, second.token);
    const managerMembership = await db.membership.findUniqueOrThrow({
      where: { orgId_userId: { orgId: owner.orgId, userId: managerInvitee.userId } },
    });
    const listed = (await listRoles(owner.scope)).filter(
      (r) => r.id === manager.id || r.id === counter.id,
    );
    expect(await membershipPermissions(managerMembership.id)).toEqual(
      new Set(listed.flatMap((r) => r.permissions)),
    );
    expect(await membershipPermissions(managerMembership.id)).toEqual(
      new Set(BUILT_IN_ROLES.manager.permissions),
    );

    const accepted = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(accepted.acceptedAt).toBeInstanceOf(Date);
    expect(await listPendingInvitations(owner.scope)).toEqual([]);

    const { rows } = await listAuditLog(owner.scope, { entityType: "Membership" });
    expect(rows.map((r) => [r.action, r.entityId, r.actorId])).toEqual(
      expect.arrayContaining([
        ["invitation.accept", membership.id, invitee.userId],
        ["invitation.accept", managerMembership.id, managerInvitee.userId],
      ]),
    );
  });

  it("is bound to its email: anyone else is refused and the invitation stays usable", async () => {
    const owner = await signUpOwner();
    const intended = await signUpOwner();
    const intruder = await signUpOwner();
    const manager = await builtInRole(owner.orgId, "manager");
    const { invitation, token } = await invite(owner, intended.email, [manager.id]);

    const error = await userError(acceptAs(intruder.user, token), "forbidden");
    expect(error.message).toContain(intended.email);
    expect(
      await db.membership.count({ where: { orgId: owner.orgId, userId: intruder.userId } }),
    ).toBe(0);
    expect(
      (await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).acceptedAt,
    ).toBeNull();

    await acceptAs(intended.user, token);
    expect(
      await db.membership.count({ where: { orgId: owner.orgId, userId: intended.userId } }),
    ).toBe(1);
  });

  it("refuses a used invitation", async () => {
    const owner = await signUpOwner();
    const invitee = await signUpOwner();
    const manager = await builtInRole(owner.orgId, "manager");
    const { token } = await invite(owner, invitee.email, [manager.id]);
    await acceptAs(invitee.user, token);

    const error = await userError(acceptAs(invitee.user, token));
    expect(error.message).toBe("This invitation has already been used.");
    expect(
      await db.membership.count({ where: { orgId: owner.orgId, userId: invitee.userId } }),
    ).toBe(1);
    expect((await findInvitationByToken(db, token))?.state).toBe("accepted");
  });

  it("refuses a revoked invitation", async () => {
    const owner = await signUpOwner();
    const invitee = await signUpOwner();
    const manager = await builtInRole(owner.orgId, "manager");
    const { invitation, token } = await invite(owner, invitee.email, [manager.id]);

    await expect(revokeInvitation(owner.scope, invitation.id)).resolves.toEqual({
      email: invitee.email,
    });
    expect(await listPendingInvitations(owner.scope)).toEqual([]);
    // Revoking twice finds nothing to revoke.
    await userError(revokeInvitation(owner.scope, invitation.id), "not_found");

    const error = await userError(acceptAs(invitee.user, token));
    expect(error.message).toBe("This invitation was withdrawn. Ask for a new one.");
    expect(
      await db.membership.count({ where: { orgId: owner.orgId, userId: invitee.userId } }),
    ).toBe(0);

    const newcomer = uniqueEmail("newcomer");
    const second = await invite(owner, newcomer, [manager.id]);
    await revokeInvitation(owner.scope, second.invitation.id);
    await userError(
      acceptInvitationAsNewUser({ token: second.token, name: "New", password: PASSWORD }),
    );
    expect(await db.user.count({ where: { email: newcomer } })).toBe(0);
  });

  it("refuses an expired invitation, for existing and new users alike", async () => {
    const owner = await signUpOwner();
    const invitee = await signUpOwner();
    const manager = await builtInRole(owner.orgId, "manager");
    const { invitation, token } = await invite(owner, invitee.email, [manager.id]);
    await db.invitation.update({
      where: { id: invitation.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    const error = await userError(acceptAs(invitee.user, token));
    expect(error.message).toBe("This invitation has expired. Ask for a new one.");
    expect(
      await db.membership.count({ where: { orgId: owner.orgId, userId: invitee.userId } }),
    ).toBe(0);
    expect((await listPendingInvitations(owner.scope)).map((i) => [i.id, i.expired])).toEqual([
      [invitation.id, true],
    ]);

    const newcomer = uniqueEmail("newcomer");
    const second = await invite(owner, newcomer, [manager.id]);
    await db.invitation.update({
      where: { id: second.invitation.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const newError = await userError(
      acceptInvitationAsNewUser({ token: second.token, name: "New", password: PASSWORD }),
    );
    expect(newError.message).toBe("This invitation has expired. Ask for a new one.");
    // The account is created in the same transaction, so it is rolled back too.
    expect(await db.user.count({ where: { email: newcomer } })).toBe(0);
  });

  it("refuses an unknown token", async () => {
    const owner = await signUpOwner();
    const error = await userError(acceptAs(owner.user, "x".repeat(43)));
    expect(error.message).toBe("This invitation link is not valid.");
  });

  it("creates a verified account and its membership for a new user", async () => {
    const owner = await signUpOwner();
    const manager = await builtInRole(owner.orgId, "manager");
    const email = uniqueEmail("newbie");
    const { token } = await invite(owner, email, [manager.id]);
    expect((await findInvitationByToken(db, token))?.accountExists).toBe(false);

    const joined = await acceptInvitationAsNewUser({
      token,
      name: "Nia Newbie",
      password: PASSWORD,
    });
    expect(joined).toMatchObject({ orgId: owner.orgId, email });

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("Nia Newbie");
    expect(user.emailVerified).toBeInstanceOf(Date);
    await expect(verifyPassword(PASSWORD, user.passwordHash!)).resolves.toBe(true);

    const memberships = await db.membership.findMany({ where: { userId: user.id } });
    expect(memberships.map((m) => m.orgId)).toEqual([owner.orgId]);
    expect(await roleKeysOf(memberships[0]!.id)).toEqual(["manager"]);
    expect(await membershipPermissions(memberships[0]!.id)).toEqual(
      new Set(BUILT_IN_ROLES.manager.permissions),
    );

    const members = await listMembers(owner.scope);
    expect(members.map((m) => m.user.email)).toEqual([owner.email, email]);

    // The link is spent, and an existing account must sign in rather than sign up again.
    await userError(acceptInvitationAsNewUser({ token, name: "Again", password: PASSWORD }));
    const other = await signUpOwner();
    const forExisting = await invite(owner, other.email, [manager.id]);
    await userError(
      acceptInvitationAsNewUser({ token: forExisting.token, name: "Dup", password: PASSWORD }),
      "conflict",
    );
    expect(
      (await db.invitation.findUniqueOrThrow({ where: { id: forExisting.invitation.id } }))
        .acceptedAt,
    ).toBeNull();
  });

  it("revokes the pending invitation when the same email is invited again", async () => {
    const owner = await signUpOwner();
    const manager = await builtInRole(owner.orgId, "manager");
    const counter = await createRole(owner.scope, roleInput("Stock counter", ["inventory.view"]));
    const email = uniqueEmail("twice");

    const first = await invite(owner, email, [manager.id]);
    const second = await invite(owner, email, [counter.id]);

    expect(
      (await db.invitation.findUniqueOrThrow({ where: { id: first.invitation.id } })).revokedAt,
    ).toBeInstanceOf(Date);
    const pending = await listPendingInvitations(owner.scope);
    expect(pending.map((i) => [i.id, i.roles.map((r) => r.name)])).toEqual([
      [second.invitation.id, ["Stock counter"]],
    ]);

    await userError(
      acceptInvitationAsNewUser({ token: first.token, name: "Twice", password: PASSWORD }),
    );
    expect(await db.user.count({ where: { email } })).toBe(0);
    await acceptInvitationAsNewUser({ token: second.token, name: "Twice", password: PASSWORD });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const membership = await db.membership.findUniqueOrThrow({
      where: { orgId_userId: { orgId: owner.orgId, userId: user.id } },
    });
    expect(await membershipPermissions(membership.id)).toEqual(new Set(["inventory.view"]));

    // Someone already on the team is not invited again.
    const error = await userError(invite(owner, email, [manager.id]), "conflict");
    expect(error.options.fieldErrors?.email).toBeDefined();
  });
});

describe("custom roles", SLOW, () => {
  it("creates, lists, updates and deletes a custom role", async () => {
    const owner = await signUpOwner();
    const created = await createRole(
      owner.scope,
      roleInput("Stock counter", ["inventory.view", "inventory.adjust"], "Counts the back room"),
    );
    expect(created).toMatchObject({
      orgId: owner.orgId,
      key: expect.stringMatching(/^custom-stock-counter-[0-9a-f]{6}$/),
      name: "Stock counter",
      builtIn: false,
      permissions: ["inventory.view", "inventory.adjust"],
    });

    const roles = await listRoles(owner.scope);
    expect(roles.map((r) => r.key)).toEqual(["manager", "owner", created.key]);
    expect(roles.find((r) => r.key === "owner")).toMatchObject({ memberCount: 1, builtIn: true });
    expect(roles.find((r) => r.key === "owner")!.permissions).toEqual([
      ...BUILT_IN_ROLES.owner.permissions,
    ]);
    expect(roles.find((r) => r.id === created.id)).toMatchObject({
      memberCount: 0,
      description: "Counts the back room",
    });

    const { before, after } = await updateRole(
      owner.scope,
      created.id,
      roleInput("Stock Counter", ["inventory.view"]),
    );
    expect(before.name).toBe("Stock counter");
    expect(after).toMatchObject({
      id: created.id,
      name: "Stock Counter",
      permissions: ["inventory.view"],
    });

    await expect(deleteRole(owner.scope, created.id)).resolves.toMatchObject({ id: created.id });
    expect(await db.role.count({ where: { id: created.id } })).toBe(0);
    await userError(deleteRole(owner.scope, created.id), "not_found");
    await userError(
      updateRole(owner.scope, created.id, roleInput("Ghost", ["catalog.view"])),
      "not_found",
    );
  });

  it("refuses a name already taken in the organisation, whatever its case", async () => {
    const owner = await signUpOwner();
    const counter = await createRole(owner.scope, roleInput("Stock counter", ["inventory.view"]));
    const sales = await createRole(owner.scope, roleInput("Sales", ["orders.view"]));

    const clash = await userError(
      createRole(owner.scope, roleInput("STOCK COUNTER", ["catalog.view"])),
      "conflict",
    );
    expect(clash.options.fieldErrors?.name).toEqual(["A role with this name already exists."]);
    await userError(createRole(owner.scope, roleInput("owner", ["catalog.view"])), "conflict");
    await userError(
      updateRole(owner.scope, sales.id, roleInput("stock counter", ["orders.view"])),
      "conflict",
    );
    await userError(
      updateRole(owner.scope, sales.id, roleInput("Manager", ["orders.view"])),
      "conflict",
    );
    expect((await db.role.findUniqueOrThrow({ where: { id: sales.id } })).name).toBe("Sales");
    expect(await db.role.count({ where: { orgId: owner.orgId } })).toBe(4);

    // Another organisation may use the same name.
    const other = await signUpOwner();
    await expect(
      createRole(other.scope, roleInput("Stock counter", ["catalog.view"])),
    ).resolves.toMatchObject({
      orgId: other.orgId,
    });
    expect((await db.role.findUniqueOrThrow({ where: { id: counter.id } })).permissions).toEqual([
      "inventory.view",
    ]);
  });

  it("creates roles whose names differ only in punctuation", async () => {
    const owner = await signUpOwner();
    const a = await createRole(owner.scope, roleInput("Stock counter", ["inventory.view"]));
    const b = await createRole(owner.scope, roleInput("Stock-counter!", ["inventory.view"]));
    expect(a.key).not.toEqual(b.key);
  });

  it("refuses to change or delete built-in roles", async () => {
    const owner = await signUpOwner();
    const ownerRole = await builtInRole(owner.orgId, "owner");
    const manager = await builtInRole(owner.orgId, "manager");

    const error = await userError(
      updateRole(owner.scope, manager.id, roleInput("Boss", ["catalog.view"])),
    );
    expect(error.message).toBe("Manager is a built-in role and cannot be changed.");
    await userError(deleteRole(owner.scope, manager.id));
    await userError(deleteRole(owner.scope, ownerRole.id));

    const after = await db.role.findMany({
      where: { orgId: owner.orgId },
      orderBy: { key: "asc" },
    });
    expect(after.map((r) => [r.key, r.name, r.permissions])).toEqual([
      ["manager", "Manager", []],
      ["owner", "Owner", []],
    ]);
  });

  it("refuses to delete a role a pending invitation promises, and allows it once withdrawn", async () => {
    const owner = await signUpOwner();
    const counter = await createRole(owner.scope, roleInput("Stock counter", ["inventory.view"]));
    const { invitation } = await invite(owner, uniqueEmail("invitee"), [counter.id]);

    const error = await userError(deleteRole(owner.scope, counter.id), "conflict");
    expect(error.message).toBe(
      "Stock counter is part of 1 pending invitation. Withdraw them first.",
    );

    await revokeInvitation(owner.scope, invitation.id);
    await expect(deleteRole(owner.scope, counter.id)).resolves.toMatchObject({ id: counter.id });
  });

  it("refuses to delete a role someone holds, and allows it once nobody does", async () => {
    const owner = await signUpOwner();
    const manager = await builtInRole(owner.orgId, "manager");
    const counter = await createRole(owner.scope, roleInput("Stock counter", ["inventory.view"]));
    const member = await addMember(owner, [counter.id]);

    const error = await userError(deleteRole(owner.scope, counter.id), "conflict");
    expect(error.message).toBe(
      "Stock counter is held by 1 teammate. Give them another role first.",
    );
    expect(await db.role.count({ where: { id: counter.id } })).toBe(1);
    expect(await membershipPermissions(member.membershipId)).toEqual(new Set(["inventory.view"]));

    // Editing a held role changes its holders' access at once.
    await updateRole(
      owner.scope,
      counter.id,
      roleInput("Stock counter", ["inventory.view", "inventory.adjust"]),
    );
    expect(await membershipPermissions(member.membershipId)).toEqual(
      new Set(["inventory.view", "inventory.adjust"]),
    );

    await updateMemberRoles(owner.scope, member.membershipId, [manager.id]);
    await deleteRole(owner.scope, counter.id);
    expect(await db.role.count({ where: { id: counter.id } })).toBe(0);
    expect(await roleKeysOf(member.membershipId)).toEqual(["manager"]);
  });
});

describe("members", SLOW, () => {
  it("changes a teammate's roles and removes them", async () => {
    const owner = await signUpOwner();
    const manager = await builtInRole(owner.orgId, "manager");
    const counter = await createRole(owner.scope, roleInput("Stock counter", ["inventory.view"]));
    const member = await addMember(owner, [counter.id]);

    const change = await updateMemberRoles(owner.scope, member.membershipId, [
      manager.id,
      counter.id,
    ]);
    expect(change).toEqual({
      before: { email: member.email, roles: ["Stock counter"] },
      after: { email: member.email, roles: expect.arrayContaining(["Manager", "Stock counter"]) },
    });
    expect(await roleKeysOf(member.membershipId)).toEqual([counter.key, "manager"].sort());

    await expect(removeMember(owner.scope, member.membershipId)).resolves.toMatchObject({
      email: member.email,
    });
    expect(await db.membership.count({ where: { id: member.membershipId } })).toBe(0);
    // The account itself stays; only the seat in this organisation goes.
    expect(await db.user.count({ where: { id: member.user.id } })).toBe(1);
    expect((await listMembers(owner.scope)).map((m) => m.id)).toEqual([owner.membershipId]);
    await userError(removeMember(owner.scope, member.membershipId), "not_found");
  });

  it("never lets the last owner be demoted or removed", async () => {
    const owner = await signUpOwner();
    const ownerRole = await builtInRole(owner.orgId, "owner");
    const manager = await builtInRole(owner.orgId, "manager");

    const demote = await userError(
      updateMemberRoles(owner.scope, owner.membershipId, [manager.id]),
      "conflict",
    );
    expect(demote.message).toBe(
      "Every organisation needs an owner. Make someone else an owner first.",
    );
    await userError(removeMember(owner.scope, owner.membershipId), "conflict");
    expect(await roleKeysOf(owner.membershipId)).toEqual(["owner"]);

    // Keeping the owner role while adding another is fine.
    await updateMemberRoles(owner.scope, owner.membershipId, [ownerRole.id, manager.id]);
    expect(await roleKeysOf(owner.membershipId)).toEqual(["manager", "owner"]);

    // With a second owner, the first may step down; then the second is the last one.
    const second = await addMember(owner, [ownerRole.id]);
    await updateMemberRoles(owner.scope, owner.membershipId, [manager.id]);
    expect(await roleKeysOf(owner.membershipId)).toEqual(["manager"]);
    const asSecond = { ...owner.scope, membershipId: second.membershipId };
    await userError(updateMemberRoles(asSecond, second.membershipId, [manager.id]), "conflict");
    await userError(removeMember(asSecond, second.membershipId), "conflict");
    expect(await roleKeysOf(second.membershipId)).toEqual(["owner"]);

    // Promote the first back, and the second may leave.
    await updateMemberRoles(asSecond, owner.membershipId, [ownerRole.id]);
    await removeMember(owner.scope, second.membershipId);
    const owners = await db.membershipRole.count({ where: { roleId: ownerRole.id } });
    expect(owners).toBe(1);
  });

  it("does not count the owner's seat in another organisation", async () => {
    const owner = await signUpOwner();
    const manager = await builtInRole(owner.orgId, "manager");
    // The same person also owns a second organisation; that must not satisfy this one's rule.
    const elsewhere = await signUpOwner();
    const { token } = await invite(elsewhere, owner.email, [
      (await builtInRole(elsewhere.orgId, "owner")).id,
    ]);
    await acceptAs(owner.user, token);
    expect(
      await db.membershipRole.count({
        where: { membership: { userId: owner.userId }, role: { key: "owner" } },
      }),
    ).toBe(2);

    await userError(updateMemberRoles(owner.scope, owner.membershipId, [manager.id]), "conflict");
    await userError(removeMember(owner.scope, owner.membershipId), "conflict");
    expect(await roleKeysOf(owner.membershipId)).toEqual(["owner"]);
  });

  // The check locks the organisation row, so the second demotion sees the first one's result.
  it("keeps an owner when two owners demote each other at the same time", async () => {
    const owner = await signUpOwner();
    const ownerRole = await builtInRole(owner.orgId, "owner");
    const manager = await builtInRole(owner.orgId, "manager");
    const second = await addMember(owner, [ownerRole.id]);
    await Promise.allSettled([
      db.$transaction((tx) =>
        updateMemberRoles({ ...owner.scope, db: tx }, owner.membershipId, [manager.id]),
      ),
      db.$transaction((tx) =>
        updateMemberRoles(
          { ...owner.scope, db: tx, membershipId: second.membershipId },
          second.membershipId,
          [manager.id],
        ),
      ),
    ]);
    expect(await db.membershipRole.count({ where: { roleId: ownerRole.id } })).toBe(1);
  });
});
