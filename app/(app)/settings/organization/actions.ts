"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { organizationSettingsSchema } from "@/lib/organizations/schemas";
import { updateOrganization } from "@/lib/organizations/update-organization";

export const updateOrganizationAction = defineAction({
  permission: "org.manage",
  input: organizationSettingsSchema,
  audit: { action: "organization.update", entityType: "Organization" },
  handler: async (input, ctx) => {
    const { before, after } = await updateOrganization(ctx, input);
    ctx.audit({ entityId: ctx.orgId, before, after });
    revalidatePath("/", "layout");
  },
});
