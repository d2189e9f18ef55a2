"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { archiveProduct, unarchiveProduct } from "@/lib/catalog/archive-product";
import { createProduct } from "@/lib/catalog/create-product";
import { productIdSchema, productInputSchema, updateProductSchema } from "@/lib/catalog/schemas";
import { updateProduct } from "@/lib/catalog/update-product";

const audit = { entityType: "Product" } as const;

export const createProductAction = defineAction({
  permission: "catalog.manage",
  input: productInputSchema,
  audit: { ...audit, action: "product.create" },
  handler: async (input, ctx) => {
    const { after } = await createProduct(ctx, input);
    ctx.audit({ entityId: after.id, after });
    revalidatePath("/products");
    return { id: after.id };
  },
});

export const updateProductAction = defineAction({
  permission: "catalog.manage",
  input: updateProductSchema,
  audit: { ...audit, action: "product.update" },
  handler: async ({ productId, ...input }, ctx) => {
    const { before, after } = await updateProduct(ctx, productId, input);
    ctx.audit({ entityId: productId, before, after });
    revalidatePath("/products", "layout");
    return { id: productId };
  },
});

export const archiveProductAction = defineAction({
  permission: "catalog.manage",
  input: productIdSchema,
  audit: { ...audit, action: "product.archive" },
  handler: async ({ productId }, ctx) => {
    const { before, after } = await archiveProduct(ctx, productId);
    ctx.audit({ entityId: productId, before, after });
    revalidatePath("/products", "layout");
  },
});

export const unarchiveProductAction = defineAction({
  permission: "catalog.manage",
  input: productIdSchema,
  audit: { ...audit, action: "product.unarchive" },
  handler: async ({ productId }, ctx) => {
    const { before, after } = await unarchiveProduct(ctx, productId);
    ctx.audit({ entityId: productId, before, after });
    revalidatePath("/products", "layout");
  },
});
