import "server-only";
import { UserError, notFound } from "@/lib/errors";
import type { Scope } from "@/lib/scope";
import { variantData } from "./create-product";
import { assertCodesFree, assertReferences, codesRaced } from "./product-rules";
import { productSnapshot } from "./product-snapshot";
import type { ProductInput } from "./schemas";
import { inTransaction } from "@/lib/db/in-transaction";

/** Variants that stock movements, orders or purchase orders point at; they can only be archived. */
async function variantsWithHistory({ db, orgId }: Scope, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  // One query at a time: this runs inside the save's transaction, on one connection.
  const where = { orgId, variantId: { in: ids } };
  const pick = { distinct: ["variantId" as const], select: { variantId: true } };
  const moved = await db.stockMovement.findMany({ where, ...pick });
  const sold = await db.orderLine.findMany({ where, ...pick });
  const ordered = await db.purchaseOrderLine.findMany({ where, ...pick });
  return new Set([...moved, ...sold, ...ordered].map((r) => r.variantId));
}

/**
 * Saves a product and its variants in one transaction. Variants with an `id` are edited (the id
 * must be one of this product's), variants without are added, and variants left out are deleted
 * — unless stock movements, orders or purchase orders refer to them, in which case they are
 * archived, so history never loses its subject.
 */
export async function updateProduct(scope: Scope, productId: string, input: ProductInput) {
  return inTransaction(scope, async (s) => {
    const { db, orgId } = s;
    // Serialises concurrent saves of one product, so variant positions and codes stay coherent.
    const locked = await db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Product" WHERE "id" = ${productId} AND "orgId" = ${orgId} FOR UPDATE`;
    if (locked.length === 0) throw notFound("Product");
    const before = await productSnapshot(db, orgId, productId);

    const existing = new Map(before.variants.map((v) => [v.id, v]));
    const keptIds = input.variants.flatMap((v) => (v.id ? [v.id] : []));
    if (keptIds.some((id) => !existing.has(id))) throw notFound("Variant");
    if (new Set(keptIds).size !== keptIds.length) {
      throw new UserError("The same variant appears twice.", { code: "invalid" });
    }
    const omitted = before.variants.filter((v) => !keptIds.includes(v.id)).map((v) => v.id);
    const withHistory = await variantsWithHistory(s, omitted);
    const toDelete = omitted.filter((id) => !withHistory.has(id));
    const toArchive = omitted.filter((id) => withHistory.has(id));

    await assertReferences(s, input, before);
    await assertCodesFree(s, input.variants, [...keptIds, ...toDelete]);

    if (toDelete.length > 0)
      await db.variant.deleteMany({ where: { orgId, id: { in: toDelete } } });
    // Codes may move between this product's variants (swapping two SKUs), so changed ones are
    // parked on values nothing else can hold before the real ones are written.
    const recoded = input.variants.filter((v) => {
      const old = v.id ? existing.get(v.id) : undefined;
      return old && (old.sku !== v.sku || old.barcode !== (v.barcode ?? null));
    });
    for (const v of recoded) {
      await db.variant.update({ where: { id: v.id }, data: { sku: `~${v.id}`, barcode: null } });
    }
    try {
      for (const [i, v] of input.variants.entries()) {
        if (v.id) {
          await db.variant.update({ where: { id: v.id }, data: variantData(v, i) });
        } else {
          await db.variant.create({ data: { orgId, productId, ...variantData(v, i) } });
        }
      }
    } catch (error) {
      codesRaced(error);
    }
    if (toArchive.length > 0) {
      await db.variant.updateMany({
        where: { orgId, id: { in: toArchive } },
        data: { status: "ARCHIVED", position: input.variants.length },
      });
    }
    await db.product.update({
      where: { id: productId },
      data: {
        name: input.name,
        description: input.description,
        categoryId: input.categoryId,
        supplierId: input.supplierId,
        status: input.status,
        optionNames: input.optionNames,
        allowBackorder: input.allowBackorder,
      },
    });
    return { before, after: await productSnapshot(db, orgId, productId) };
  });
}
