import "server-only";
import type { Scope } from "@/lib/scope";
import { assertCodesFree, assertReferences, codesRaced } from "./product-rules";
import { productSnapshot } from "./product-snapshot";
import type { ProductInput, VariantInput } from "./schemas";
import { inTransaction } from "@/lib/db/in-transaction";

/** Column values of a variant from its input; `position` keeps the form's order. */
export function variantData(v: VariantInput, position: number) {
  return {
    sku: v.sku,
    barcode: v.barcode ?? null,
    optionValues: v.optionValues,
    priceMinor: v.price,
    costMinor: v.cost,
    status: v.status,
    position,
  };
}

/**
 * Creates a product with its variants in one transaction. A SKU or barcode already used in the
 * organisation fails with the error on that variant's field ("variants.1.sku"). Variant ids in
 * the input are ignored: every variant is new.
 */
export async function createProduct(scope: Scope, input: ProductInput) {
  return inTransaction(scope, async (s) => {
    await assertReferences(s, input);
    await assertCodesFree(s, input.variants, []);
    const product = await s.db.product
      .create({
        data: {
          orgId: s.orgId,
          name: input.name,
          description: input.description,
          categoryId: input.categoryId,
          supplierId: input.supplierId,
          status: input.status,
          optionNames: input.optionNames,
          allowBackorder: input.allowBackorder,
          variants: {
            create: input.variants.map((v, i) => ({ orgId: s.orgId, ...variantData(v, i) })),
          },
        },
      })
      .catch(codesRaced);
    return { before: null, after: await productSnapshot(s.db, s.orgId, product.id) };
  });
}
