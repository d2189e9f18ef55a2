import { z } from "zod";
import { id, rawText, text } from "@/lib/validation/fields";
import { emailSchema, newPasswordSchema } from "@/lib/auth/schemas";
import { ALL_PERMISSIONS } from "@/lib/rbac/permissions";

const permissionSchema = z.enum(ALL_PERMISSIONS as [string, ...string[]], {
  error: "Unknown permission.",
});

export const roleInputSchema = z.object({
  name: text({ max: 40 }).min(2, "Name the role (at least 2 characters)."),
  description: text({ max: 200 }).default(""),
  permissions: z.array(permissionSchema).min(1, "Pick at least one permission."),
  requireTwoFactor: z.boolean({ error: "Choose yes or no." }).default(false),
});

export const updateRoleSchema = roleInputSchema.extend({ roleId: id("Choose a role.") });
export const deleteRoleSchema = z.object({ roleId: id("Choose a role.") });
/** Built-in roles keep their permissions; an owner may still require two factors for them. */
export const roleTwoFactorSchema = z.object({
  roleId: id("Choose a role."),
  requireTwoFactor: z.boolean({ error: "Choose yes or no." }),
});

export const roleIdsSchema = z
  .array(id("Choose a role."))
  .min(1, "Pick at least one role.")
  .max(10, "Pick at most 10 roles.");

export const inviteMemberSchema = z.object({ email: emailSchema, roleIds: roleIdsSchema });
export const revokeInvitationSchema = z.object({ invitationId: id("Choose an invitation.") });
export const acceptInvitationSchema = z.object({
  token: rawText({ max: 200 }).min(20, "This link is incomplete."),
});
export const acceptInvitationAsNewUserSchema = acceptInvitationSchema.extend({
  name: text({ max: 100 }).min(1, "Enter your name."),
  password: newPasswordSchema,
});

export const updateMemberRolesSchema = z.object({
  membershipId: id("Choose a member."),
  roleIds: roleIdsSchema,
});
export const removeMemberSchema = z.object({ membershipId: id("Choose a member.") });

export type RoleInput = z.infer<typeof roleInputSchema>;
