import "server-only";
import type { ReadScope } from "@/lib/scope";
import { variantName } from "./labels";

/**
 * Variants matching a name, SKU or barcode, for pickers (purchase-order lines). A
 * supplier's own products come first when one is given; archived variants never show.
 */
export async function searchVariants(
  { db, orgId }: ReadScope,
  query: { q: string; supplierId?: string; limit?: number },
) {
  const q = query.q.trim();
  const variants = await db.variant.findMany({
    where: {
      orgId,
      status: "ACTIVE",
      product: { status: "ACTIVE" },
      OR: q
        ? [
            { sku: { contains: q, mode: "insensitive" } },
            { barcode: { equals: q } },
            { product: { name: { contains: q, mode: "insensitive" } } },
          ]
        : undefined,
    },
    orderBy: [{ product: { name: "asc" } }, { position: "asc" }, { sku: "asc" }],
    take: 200,
    select: {
      id: true,
      sku: true,
      optionValues: true,
      costMinor: true,
      product: { select: { name: true, supplierId: true } },
    },
  });
  const ranked = query.supplierId
    ? [
        ...variants.filter((v) => v.product.supplierId === query.supplierId),
        ...variants.filter((v) => v.product.supplierId !== query.supplierId),
      ]
    : variants;
  return ranked.slice(0, query.limit ?? 20).map((v) => ({
    id: v.id,
    name: variantName(v),
    sku: v.sku,
    costMinor: v.costMinor,
    fromSupplier: query.supplierId ? v.product.supplierId === query.supplierId : false,
  }));
}

export type VariantOption = Awaited<ReturnType<typeof searchVariants>>[number];
