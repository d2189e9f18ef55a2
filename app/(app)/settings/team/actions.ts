"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { env } from "@/lib/env";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { INVITATION_LIFETIME_DAYS, inviteMember, revokeInvitation } from "@/lib/team/invitations";
import { removeMember, updateMemberRoles } from "@/lib/team/members";
import {
  inviteMemberSchema,
  removeMemberSchema,
  revokeInvitationSchema,
  updateMemberRolesSchema,
} from "@/lib/team/schemas";

export const inviteMemberAction = defineAction({
  permission: "team.manage",
  input: inviteMemberSchema,
  audit: { action: "invitation.create", entityType: "Invitation" },
  handler: async (input, ctx) => {
    const { invitation, token, roleNames } = await inviteMember(ctx, {
      ...input,
      invitedById: ctx.user.id,
    });
    ctx.audit({ entityId: invitation.id, after: { email: invitation.email, roles: roleNames } });
    ctx.afterCommit(() =>
      enqueueJob(
        "send-email",
        {
          to: invitation.email,
          template: "invitation",
          props: {
            url: `${env.APP_URL}/invite/${token}`,
            orgName: ctx.org.name,
            inviterName: ctx.user.name ?? ctx.user.email,
            roleNames,
            expiresInDays: INVITATION_LIFETIME_DAYS,
          },
        },
        { dedupeKey: `invitation-email:${invitation.id}` },
      ),
    );
    revalidatePath("/settings/team");
    return { invitationId: invitation.id };
  },
});

export const revokeInvitationAction = defineAction({
  permission: "team.manage",
  input: revokeInvitationSchema,
  audit: { action: "invitation.revoke", entityType: "Invitation" },
  handler: async ({ invitationId }, ctx) => {
    const before = await revokeInvitation(ctx, invitationId);
    ctx.audit({ entityId: invitationId, before });
    revalidatePath("/settings/team");
  },
});

export const updateMemberRolesAction = defineAction({
  permission: "team.manage",
  input: updateMemberRolesSchema,
  audit: { action: "member.update_roles", entityType: "Membership" },
  handler: async ({ membershipId, roleIds }, ctx) => {
    const { before, after } = await updateMemberRoles(ctx, membershipId, roleIds);
    ctx.audit({ entityId: membershipId, before, after });
    revalidatePath("/settings/team");
  },
});

export const removeMemberAction = defineAction({
  permission: "team.manage",
  input: removeMemberSchema,
  audit: { action: "member.remove", entityType: "Membership" },
  handler: async ({ membershipId }, ctx) => {
    const before = await removeMember(ctx, membershipId);
    ctx.audit({ entityId: membershipId, before });
    revalidatePath("/settings/team");
  },
});
