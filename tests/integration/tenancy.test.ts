import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditFilterOptions, listAuditLog } from "@/lib/audit/list-audit-log";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { listAuditLogForExport } from "@/lib/audit/export-audit-log";
import { listMemberships } from "@/lib/organizations/active-organization";
import { getOrganizationOverview } from "@/lib/organizations/get-overview";
import { updateOrganization } from "@/lib/organizations/update-organization";
import { inviteMember, listPendingInvitations, revokeInvitation } from "@/lib/team/invitations";
import { listMembers, removeMember, updateMemberRoles } from "@/lib/team/members";
import { createRole, deleteRole, listRoles, rolesInOrg, updateRole } from "@/lib/team/roles";
import { roleInputSchema } from "@/lib/team/schemas";
import {
  addMember,
  builtInRole,
  signUpOwner,
  uniqueEmail,
  userError,
  type Owner,
} from "./support/factories";

// active-organization reads the session through next-auth, which this runner cannot load
// (it imports "next/server" without an extension); listMemberships itself never touches it.
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => null }));

/**
 * Two organisations, each with an owner, a custom role, a member holding it, a pending
 * invitation and audit entries. Every call below is made with A's scope; B's rows must be
 * out of its reach and unchanged afterwards.
 */
type Tenant = Awaited<ReturnType<typeof seedTenant>>;

async function seedTenant(label: string) {
  const owner: Owner = await signUpOwner({
    name: `${label} Owner`,
    organizationName: `Shop ${label}`,
  });
  const ownerRole = await builtInRole(owner.orgId, "owner");
  const managerRole = await builtInRole(owner.orgId, "manager");
  const customRole = await createRole(
    owner.scope,
    roleInputSchema.parse({
      name: "Stock counter",
      permissions: ["inventory.view", "inventory.adjust"],
    }),
  );
  const member = await addMember(owner, [customRole.id], `${label} Member`);
  const pendingEmail = uniqueEmail(`pending-${label.toLowerCase()}`);
  const { invitation } = await inviteMember(owner.scope, {
    email: pendingEmail,
    roleIds: [managerRole.id],
    invitedById: owner.userId,
  });
  await recordAudit(
    db,
    { orgId: owner.orgId, actor: { type: "USER", id: owner.userId, label: owner.email } },
    {
      action: "role.create",
      entityType: "Role",
      entityId: customRole.id,
      after: { name: customRole.name },
    },
  );
  return {
    owner,
    scope: owner.scope,
    ownerRole,
    managerRole,
    customRole,
    member,
    invitation,
    pendingEmail,
  };
}

/** Everything of an organisation that a cross-tenant call could touch. */
async function snapshot(orgId: string) {
  const [organization, roles, memberships, invitations, audit] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: orgId } }),
    db.role.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    db.membership.findMany({
      where: { orgId },
      orderBy: { id: "asc" },
      include: { roles: { orderBy: { roleId: "asc" } } },
    }),
    db.invitation.findMany({
      where: { orgId },
      orderBy: { id: "asc" },
      include: { roles: { orderBy: { roleId: "asc" } } },
    }),
    db.auditLog.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
  ]);
  return { organization, roles, memberships, invitations, audit };
}

let a: Tenant;
let b: Tenant;
let bBefore: Awaited<ReturnType<typeof snapshot>>;

beforeAll(async () => {
  a = await seedTenant("A");
  b = await seedTenant("B");
  bBefore = await snapshot(b.owner.orgId);
  // Sanity: the fixture has something to protect.
  expect(bBefore.roles).toHaveLength(3);
  expect(bBefore.memberships).toHaveLength(2);
  expect(bBefore.invitations.filter((i) => !i.acceptedAt && !i.revokedAt)).toHaveLength(1);
  expect(bBefore.audit.length).toBeGreaterThanOrEqual(2);
}, 180_000);

afterAll(async () => {
  await db.$disconnect();
});

async function expectBUnchanged() {
  expect(await snapshot(b.owner.orgId)).toEqual(bBefore);
}

const input = (name: string) =>
  roleInputSchema.parse({ name, permissions: ["org.manage", "team.manage"] });

describe("A's scope cannot reach B's rows", { timeout: 60_000 }, () => {
  it("updateRole: not found for B's custom and built-in roles", async () => {
    await userError(updateRole(a.scope, b.customRole.id, input("Hijacked")), "not_found");
    await userError(updateRole(a.scope, b.managerRole.id, input("Hijacked")), "not_found");
    await userError(updateRole(a.scope, b.ownerRole.id, input("Hijacked")), "not_found");
    await expectBUnchanged();
  });

  it("deleteRole: not found, even for a role B's member holds or a built-in one", async () => {
    // Without scoping these would answer "held by 1 teammate" or "built-in": both leak.
    await userError(deleteRole(a.scope, b.customRole.id), "not_found");
    await userError(deleteRole(a.scope, b.managerRole.id), "not_found");
    await userError(deleteRole(a.scope, b.ownerRole.id), "not_found");
    await expectBUnchanged();
  });

  it("updateMemberRoles: not found for B's memberships, whatever the roles", async () => {
    await userError(
      updateMemberRoles(a.scope, b.member.membershipId, [a.ownerRole.id]),
      "not_found",
    );
    await userError(
      updateMemberRoles(a.scope, b.member.membershipId, [b.ownerRole.id]),
      "not_found",
    );
    await userError(
      updateMemberRoles(a.scope, b.owner.membershipId, [a.managerRole.id]),
      "not_found",
    );
    await expectBUnchanged();
  });

  it("removeMember: not found for B's member and B's sole owner", async () => {
    await userError(removeMember(a.scope, b.member.membershipId), "not_found");
    // Not "needs an owner": that would confirm the membership exists.
    await userError(removeMember(a.scope, b.owner.membershipId), "not_found");
    await expectBUnchanged();
  });

  it("revokeInvitation: not found for B's pending invitation", async () => {
    await userError(revokeInvitation(a.scope, b.invitation.id), "not_found");
    await expectBUnchanged();
    expect((await listPendingInvitations(b.scope)).map((i) => i.id)).toEqual([b.invitation.id]);
  });

  it("rolesInOrg refuses B's role ids, alone or mixed with A's", async () => {
    for (const ids of [[b.customRole.id], [b.ownerRole.id], [a.managerRole.id, b.customRole.id]]) {
      const error = await userError(rolesInOrg(a.scope, ids));
      // Refused as an invalid choice on the form, with the same words as a made-up id.
      expect(error.code).toBe("invalid");
      expect(error.options.fieldErrors?.roleIds).toEqual([
        "One of the chosen roles doesn't exist.",
      ]);
    }
    await expect(rolesInOrg(a.scope, [a.managerRole.id, a.managerRole.id])).resolves.toHaveLength(
      1,
    );
  });

  it("inviteMember refuses B's role ids and creates nothing", async () => {
    const email = uniqueEmail("smuggler");
    await userError(
      inviteMember(a.scope, { email, roleIds: [b.ownerRole.id], invitedById: a.owner.userId }),
      "invalid",
    );
    await userError(
      inviteMember(a.scope, {
        email,
        roleIds: [a.managerRole.id, b.customRole.id],
        invitedById: a.owner.userId,
      }),
      "invalid",
    );
    expect(await db.invitation.count({ where: { email } })).toBe(0);
    await expectBUnchanged();
  });

  it("updateMemberRoles refuses B's role ids for A's own member", async () => {
    const before = await db.membershipRole.findMany({
      where: { membershipId: a.member.membershipId },
    });
    await userError(updateMemberRoles(a.scope, a.member.membershipId, [b.ownerRole.id]), "invalid");
    expect(
      await db.membershipRole.findMany({ where: { membershipId: a.member.membershipId } }),
    ).toEqual(before);
    await expectBUnchanged();
  });

  it("inviting B's invitee to A leaves B's pending invitation alone", async () => {
    const { token } = await inviteMember(a.scope, {
      email: b.pendingEmail,
      roleIds: [a.managerRole.id],
      invitedById: a.owner.userId,
    });
    expect(token).toBeTruthy();
    // A's "revoke the previous invitation" only ever looks in A.
    await expectBUnchanged();
    expect((await listPendingInvitations(b.scope)).map((i) => i.id)).toEqual([b.invitation.id]);
  });

  it("inviting B's member to A is allowed and changes nothing in B", async () => {
    await inviteMember(a.scope, {
      email: b.member.email,
      roleIds: [a.managerRole.id],
      invitedById: a.owner.userId,
    });
    await expectBUnchanged();
  });

  it("creating A's roles, even under B's names, leaves B alone", async () => {
    await createRole(
      a.scope,
      roleInputSchema.parse({ name: "Shared name", permissions: ["catalog.view"] }),
    );
    await createRole(
      b.scope,
      roleInputSchema.parse({ name: "Shared name", permissions: ["orders.view"] }),
    );
    bBefore = await snapshot(b.owner.orgId);
    await userError(
      updateRole(
        a.scope,
        b.customRole.id,
        roleInputSchema.parse({ name: "Shared name", permissions: ["catalog.view"] }),
      ),
      "not_found",
    );
    await expectBUnchanged();
  });

  it("updateOrganization changes only A", async () => {
    const { before, after } = await updateOrganization(a.scope, {
      name: "Shop A renamed",
      currency: "EUR",
      timezone: "Europe/Paris",
    });
    expect(before.name).toBe("Shop A");
    expect(after).toEqual({ name: "Shop A renamed", currency: "EUR", timezone: "Europe/Paris" });
    await expectBUnchanged();
  });

  it("recordAudit for A writes nothing to B", async () => {
    await recordAudit(
      db,
      { orgId: a.owner.orgId, actor: { type: "SYSTEM", label: "Backroom" } },
      { action: "org.update", entityType: "Organization", entityId: b.owner.orgId },
    );
    await expectBUnchanged();
  });
});

describe("A's lists never show B's rows", { timeout: 60_000 }, () => {
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

  it("listRoles", async () => {
    const roles = await listRoles(a.scope);
    const aRoleIds = (await db.role.findMany({ where: { orgId: a.owner.orgId } })).map((r) => r.id);
    expect(ids(roles).sort()).toEqual(aRoleIds.sort());
    expect(ids(roles)).not.toContain(b.customRole.id);
    // Member counts are A's own, not summed across organisations with a same-named role.
    expect(roles.find((r) => r.id === a.customRole.id)?.memberCount).toBe(1);
    expect(roles.find((r) => r.key === "owner")?.memberCount).toBe(1);
  });

  it("listMembers", async () => {
    const members = await listMembers(a.scope);
    expect(ids(members).sort()).toEqual([a.owner.membershipId, a.member.membershipId].sort());
    expect(members.flatMap((m) => m.roles.map((r) => r.id))).not.toContain(b.customRole.id);
  });

  it("listPendingInvitations", async () => {
    const pending = await listPendingInvitations(a.scope);
    expect(ids(pending)).toContain(a.invitation.id);
    expect(ids(pending)).not.toContain(b.invitation.id);
    const aInvitationIds = (await db.invitation.findMany({ where: { orgId: a.owner.orgId } })).map(
      (i) => i.id,
    );
    for (const id of ids(pending)) expect(aInvitationIds).toContain(id);
  });

  it("listAuditLog, with and without filters or a cursor", async () => {
    const bAuditIds = (await db.auditLog.findMany({ where: { orgId: b.owner.orgId } })).map(
      (r) => r.id,
    );
    expect(bAuditIds.length).toBeGreaterThan(0);
    const views = [
      await listAuditLog(a.scope, {}),
      await listAuditLog(a.scope, { actorId: b.owner.userId }),
      await listAuditLog(a.scope, { entityType: "Role" }),
      await listAuditLog(a.scope, { from: new Date(0), to: new Date(Date.now() + 60_000) }),
      // A cursor taken from B's log pages A's rows only.
      await listAuditLog(a.scope, { cursor: bAuditIds[0] }),
    ];
    for (const view of views) {
      for (const row of view.rows) expect(row.orgId).toBe(a.owner.orgId);
      for (const id of ids(view.rows)) expect(bAuditIds).not.toContain(id);
    }
    expect(views[0]!.rows.length).toBeGreaterThan(0);
    expect(views[1]!.rows).toEqual([]);
  });

  it("listAuditLogForExport", async () => {
    const csv = JSON.stringify(await listAuditLogForExport(a.scope, {}));
    expect(csv).toContain("organization.create");
    expect(csv).toContain(a.customRole.id);
    expect(csv).not.toContain(b.customRole.id);
    expect(csv).not.toContain(b.member.membershipId);
    expect(csv).not.toContain(b.member.email);
    expect(
      JSON.stringify(await listAuditLogForExport(a.scope, { actorId: b.owner.userId })),
    ).not.toContain("organization.create");
  });

  it("getOrganizationOverview", async () => {
    const overview = await getOrganizationOverview(a.scope);
    expect(overview.members).toBe(await db.membership.count({ where: { orgId: a.owner.orgId } }));
    expect(overview.customRoles).toBe(
      await db.role.count({ where: { orgId: a.owner.orgId, builtIn: false } }),
    );
    expect(overview.pendingInvitations).toBe(
      await db.invitation.count({
        where: { orgId: a.owner.orgId, acceptedAt: null, revokedAt: null },
      }),
    );
    const aAuditIds = (await db.auditLog.findMany({ where: { orgId: a.owner.orgId } })).map(
      (r) => r.id,
    );
    expect(overview.recentActivity.length).toBeGreaterThan(0);
    for (const row of overview.recentActivity) expect(aAuditIds).toContain(row.id);
  });

  it("auditFilterOptions", async () => {
    const options = await auditFilterOptions(a.scope);
    expect(options.actors.map((x) => x.id)).not.toContain(b.owner.userId);
    expect(options.actors.map((x) => x.id)).not.toContain(b.member.user.id);
  });

  it("listMemberships of A's member shows only A", async () => {
    const memberships = await listMemberships(a.member.user.id);
    expect(memberships.map((m) => m.org.id)).toEqual([a.owner.orgId]);
    expect(memberships[0]!.roles.map((r) => r.role.id)).toEqual([a.customRole.id]);
  });
});
