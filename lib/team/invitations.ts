import "server-only";
import type { Actor } from "@/lib/audit/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { createToken, hashToken } from "@/lib/auth/tokens";
import type { Db } from "@/lib/db";
import { UserError, notFound } from "@/lib/errors";
import { assertMayGrantRoles, loadGrantActor, type TeamScope } from "./grant-rules";
import { rolesInOrg } from "./roles";
import type { OrgScope } from "./scope";

export const INVITATION_LIFETIME_DAYS = 7;

/** Creates an invitation and returns its one-time token (only its hash is stored). */
export async function inviteMember(
  scope: TeamScope,
  { email, roleIds, invitedById }: { email: string; roleIds: string[]; invitedById: string },
) {
  const { db, orgId } = scope;
  const actor = await loadGrantActor(scope);
  const roles = await rolesInOrg(scope, roleIds);
  assertMayGrantRoles(actor, roles);
  const member = await db.membership.findFirst({ where: { orgId, user: { email } } });
  if (member) {
    throw new UserError("This person is already on your team.", {
      code: "conflict",
      fieldErrors: { email: ["This person is already on your team."] },
    });
  }
  // A new invitation replaces any pending one, so only the latest link works.
  await db.invitation.updateMany({
    where: { orgId, email, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const { token, tokenHash } = createToken();
  const invitation = await db.invitation.create({
    data: {
      orgId,
      email,
      tokenHash,
      invitedById,
      expiresAt: new Date(Date.now() + INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000),
      roles: { create: roles.map((r) => ({ roleId: r.id })) },
    },
  });
  return { invitation, token, roleNames: roles.map((r) => r.name) };
}

export async function listPendingInvitations({ db, orgId }: OrgScope) {
  const rows = await db.invitation.findMany({
    where: { orgId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      expiresAt: true,
      createdAt: true,
      invitedBy: { select: { name: true, email: true } },
      roles: { select: { role: { select: { id: true, name: true } } } },
    },
  });
  return rows.map((r) => ({
    ...r,
    roles: r.roles.map((x) => x.role),
    expired: r.expiresAt <= new Date(),
  }));
}

export async function revokeInvitation({ db, orgId }: OrgScope, invitationId: string) {
  const invitation = await db.invitation.findFirst({
    where: { id: invitationId, orgId, acceptedAt: null, revokedAt: null },
  });
  if (!invitation) throw notFound("Invitation");
  await db.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
  return { email: invitation.email };
}

export type InvitationState = "valid" | "expired" | "accepted" | "revoked";

/** What the invitation page shows for a token, or null when the token is unknown. */
export async function findInvitationByToken(db: Db, token: string) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: {
      org: { select: { id: true, name: true } },
      invitedBy: { select: { name: true, email: true } },
      roles: { include: { role: { select: { id: true, name: true } } } },
    },
  });
  if (!invitation) return null;
  const state: InvitationState = invitation.acceptedAt
    ? "accepted"
    : invitation.revokedAt
      ? "revoked"
      : invitation.expiresAt <= new Date()
        ? "expired"
        : "valid";
  const accountExists = Boolean(
    await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } }),
  );
  return {
    ...invitation,
    state,
    accountExists,
    roleNames: invitation.roles.map((r) => r.role.name),
  };
}

const STATE_MESSAGES: Record<Exclude<InvitationState, "valid">, string> = {
  expired: "This invitation has expired. Ask for a new one.",
  accepted: "This invitation has already been used.",
  revoked: "This invitation was withdrawn. Ask for a new one.",
};

/**
 * Joins `user` to the inviting organisation with exactly the invited roles.
 * The invitation is bound to its email address and claimed atomically, so a
 * link works once and only for the person it was sent to.
 */
export async function acceptInvitation(
  db: Db,
  { token, user }: { token: string; user: { id: string; email: string; name: string | null } },
) {
  const invitation = await findInvitationByToken(db, token);
  if (!invitation) throw new UserError("This invitation link is not valid.");
  if (invitation.state !== "valid") throw new UserError(STATE_MESSAGES[invitation.state]);
  if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
    throw new UserError(
      `This invitation was sent to ${invitation.email}. Sign in with that address to accept it.`,
      { code: "forbidden" },
    );
  }
  const claimed = await db.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null },
    data: { acceptedAt: new Date() },
  });
  if (claimed.count !== 1) throw new UserError(STATE_MESSAGES.accepted);

  const existing = await db.membership.findUnique({
    where: { orgId_userId: { orgId: invitation.orgId, userId: user.id } },
  });
  if (existing) throw new UserError("You are already a member of this organisation.");
  const membership = await db.membership.create({
    data: {
      orgId: invitation.orgId,
      userId: user.id,
      roles: { create: invitation.roles.map((r) => ({ roleId: r.roleId })) },
    },
  });
  const actor: Actor = { type: "USER", id: user.id, label: user.name ?? user.email };
  await recordAudit(
    db,
    { orgId: invitation.orgId, actor },
    {
      action: "invitation.accept",
      entityType: "Membership",
      entityId: membership.id,
      after: { email: user.email, roles: invitation.roleNames },
    },
  );
  return { orgId: invitation.orgId, orgName: invitation.org.name };
}
