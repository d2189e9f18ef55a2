"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  archiveLocation,
  createLocation,
  unarchiveLocation,
  updateLocation,
} from "@/lib/catalog/locations";
import { locationIdSchema, locationInputSchema, updateLocationSchema } from "@/lib/catalog/schemas";

const audit = { entityType: "Location" } as const;

export const createLocationAction = defineAction({
  permission: "catalog.manage",
  input: locationInputSchema,
  audit: { ...audit, action: "location.create" },
  handler: async (input, ctx) => {
    const { after } = await createLocation(ctx, input);
    ctx.audit({ entityId: after.id, after });
    revalidatePath("/settings/locations");
    return { id: after.id };
  },
});

export const updateLocationAction = defineAction({
  permission: "catalog.manage",
  input: updateLocationSchema,
  audit: { ...audit, action: "location.update" },
  handler: async ({ locationId, ...input }, ctx) => {
    const { before, after } = await updateLocation(ctx, locationId, input);
    ctx.audit({ entityId: locationId, before, after });
    revalidatePath("/settings/locations");
  },
});

export const archiveLocationAction = defineAction({
  permission: "catalog.manage",
  input: locationIdSchema,
  audit: { ...audit, action: "location.archive" },
  handler: async ({ locationId }, ctx) => {
    const { before, after } = await archiveLocation(ctx, locationId);
    ctx.audit({ entityId: locationId, before, after });
    revalidatePath("/settings/locations");
  },
});

export const unarchiveLocationAction = defineAction({
  permission: "catalog.manage",
  input: locationIdSchema,
  audit: { ...audit, action: "location.unarchive" },
  handler: async ({ locationId }, ctx) => {
    const { before, after } = await unarchiveLocation(ctx, locationId);
    ctx.audit({ entityId: locationId, before, after });
    revalidatePath("/settings/locations");
  },
});
