"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import {
  archiveCategory,
  createCategory,
  unarchiveCategory,
  updateCategory,
} from "@/lib/catalog/categories";
import {
  categoryIdSchema,
  categoryInputSchema,
  supplierIdSchema,
  supplierInputSchema,
  updateCategorySchema,
  updateSupplierSchema,
} from "@/lib/catalog/schemas";
import {
  archiveSupplier,
  createSupplier,
  unarchiveSupplier,
  updateSupplier,
} from "@/lib/catalog/suppliers";

const PATH = "/settings/catalog";
const category = { entityType: "Category" } as const;
const supplier = { entityType: "Supplier" } as const;

export const createCategoryAction = defineAction({
  permission: "catalog.manage",
  input: categoryInputSchema,
  audit: { ...category, action: "category.create" },
  handler: async (input, ctx) => {
    const { after } = await createCategory(ctx, input);
    ctx.audit({ entityId: after.id, after });
    revalidatePath(PATH);
    return { id: after.id };
  },
});

export const updateCategoryAction = defineAction({
  permission: "catalog.manage",
  input: updateCategorySchema,
  audit: { ...category, action: "category.update" },
  handler: async ({ categoryId, ...input }, ctx) => {
    const { before, after } = await updateCategory(ctx, categoryId, input);
    ctx.audit({ entityId: categoryId, before, after });
    revalidatePath(PATH);
  },
});

export const archiveCategoryAction = defineAction({
  permission: "catalog.manage",
  input: categoryIdSchema,
  audit: { ...category, action: "category.archive" },
  handler: async ({ categoryId }, ctx) => {
    const { before, after } = await archiveCategory(ctx, categoryId);
    ctx.audit({ entityId: categoryId, before, after });
    revalidatePath(PATH);
  },
});

export const unarchiveCategoryAction = defineAction({
  permission: "catalog.manage",
  input: categoryIdSchema,
  audit: { ...category, action: "category.unarchive" },
  handler: async ({ categoryId }, ctx) => {
    const { before, after } = await unarchiveCategory(ctx, categoryId);
    ctx.audit({ entityId: categoryId, before, after });
    revalidatePath(PATH);
  },
});

export const createSupplierAction = defineAction({
  permission: "catalog.manage",
  input: supplierInputSchema,
  audit: { ...supplier, action: "supplier.create" },
  handler: async (input, ctx) => {
    const { after } = await createSupplier(ctx, input);
    ctx.audit({ entityId: after.id, after });
    revalidatePath(PATH);
    return { id: after.id };
  },
});

export const updateSupplierAction = defineAction({
  permission: "catalog.manage",
  input: updateSupplierSchema,
  audit: { ...supplier, action: "supplier.update" },
  handler: async ({ supplierId, ...input }, ctx) => {
    const { before, after } = await updateSupplier(ctx, supplierId, input);
    ctx.audit({ entityId: supplierId, before, after });
    revalidatePath(PATH);
  },
});

export const archiveSupplierAction = defineAction({
  permission: "catalog.manage",
  input: supplierIdSchema,
  audit: { ...supplier, action: "supplier.archive" },
  handler: async ({ supplierId }, ctx) => {
    const { before, after } = await archiveSupplier(ctx, supplierId);
    ctx.audit({ entityId: supplierId, before, after });
    revalidatePath(PATH);
  },
});

export const unarchiveSupplierAction = defineAction({
  permission: "catalog.manage",
  input: supplierIdSchema,
  audit: { ...supplier, action: "supplier.unarchive" },
  handler: async ({ supplierId }, ctx) => {
    const { before, after } = await unarchiveSupplier(ctx, supplierId);
    ctx.audit({ entityId: supplierId, before, after });
    revalidatePath(PATH);
  },
});
