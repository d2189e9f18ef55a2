import { z } from "zod";
import { emailSchema, newPasswordSchema } from "@/lib/auth/schemas";
import { ALL_PERMISSIONS } from "@/lib/rbac/permissions";

const permissionSchema = z.enum(ALL_PERMISSIONS as [string, ...string[]], {
  error: "Unknown permission.",
});

export const roleInputSchema = z.object({
  name: z.string().trim().min(2, "Name the role (at least 2 characters).").max(40),
  description: z.string().trim().max(200).default(""),
  permissions: z.array(permissionSchema).min(1, "Pick at least one permission."),
});

export const updateRoleSchema = roleInputSchema.extend({ roleId: z.string().min(1) });
export const deleteRoleSchema = z.object({ roleId: z.string().min(1) });

export const roleIdsSchema = z
  .array(z.string().min(1))
  .min(1, "Pick at least one role.")
  .max(10, "Pick at most 10 roles.");

export const inviteMemberSchema = z.object({ email: emailSchema, roleIds: roleIdsSchema });
export const revokeInvitationSchema = z.object({ invitationId: z.string().min(1) });
export const acceptInvitationSchema = z.object({ token: z.string().min(20) });
export const acceptInvitationAsNewUserSchema = acceptInvitationSchema.extend({
  name: z.string().trim().min(1, "Enter your name.").max(100),
  password: newPasswordSchema,
});

export const updateMemberRolesSchema = z.object({
  membershipId: z.string().min(1),
  roleIds: roleIdsSchema,
});
export const removeMemberSchema = z.object({ membershipId: z.string().min(1) });

export type RoleInput = z.infer<typeof roleInputSchema>;
