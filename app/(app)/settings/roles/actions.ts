"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { createRole, deleteRole, setRoleTwoFactor, updateRole } from "@/lib/team/roles";
import {
  deleteRoleSchema,
  roleInputSchema,
  roleTwoFactorSchema,
  updateRoleSchema,
} from "@/lib/team/schemas";

const audit = { entityType: "Role" } as const;

export const createRoleAction = defineAction({
  permission: "roles.manage",
  input: roleInputSchema,
  audit: { ...audit, action: "role.create" },
  handler: async (input, ctx) => {
    const role = await createRole(ctx, input);
    ctx.audit({ entityId: role.id, after: role });
    revalidatePath("/settings/roles");
    return { id: role.id };
  },
});

export const updateRoleAction = defineAction({
  permission: "roles.manage",
  input: updateRoleSchema,
  audit: { ...audit, action: "role.update" },
  handler: async ({ roleId, ...input }, ctx) => {
    const { before, after } = await updateRole(ctx, roleId, input);
    ctx.audit({ entityId: roleId, before, after });
    revalidatePath("/settings/roles");
  },
});

export const deleteRoleAction = defineAction({
  permission: "roles.manage",
  input: deleteRoleSchema,
  audit: { ...audit, action: "role.delete" },
  handler: async ({ roleId }, ctx) => {
    const before = await deleteRole(ctx, roleId);
    ctx.audit({ entityId: roleId, before });
    revalidatePath("/settings/roles");
  },
});

export const setRoleTwoFactorAction = defineAction({
  permission: "roles.manage",
  input: roleTwoFactorSchema,
  audit: { ...audit, action: "role.update" },
  handler: async ({ roleId, requireTwoFactor }, ctx) => {
    const { before, after } = await setRoleTwoFactor(ctx, roleId, requireTwoFactor);
    ctx.audit({ entityId: roleId, before, after });
    revalidatePath("/settings/roles");
  },
});
