import "server-only";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";

/** A product as the audit log records it: its fields and every variant, in form order. */
export async function productSnapshot(db: Db, orgId: string, productId: string) {
  const product = await db.product.findFirst({
    where: { id: productId, orgId },
    include: { variants: { orderBy: [{ position: "asc" }, { id: "asc" }] } },
  });
  if (!product) throw notFound("Product");
  return {
    id: product.id,
    name: product.name,
    description: product.description,
    status: product.status,
    categoryId: product.categoryId,
    supplierId: product.supplierId,
    optionNames: product.optionNames,
    allowBackorder: product.allowBackorder,
    variants: product.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      barcode: v.barcode,
      optionValues: v.optionValues,
      priceMinor: v.priceMinor,
      costMinor: v.costMinor,
      status: v.status,
    })),
  };
}

export type ProductSnapshot = Awaited<ReturnType<typeof productSnapshot>>;
