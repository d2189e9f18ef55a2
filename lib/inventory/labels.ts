import "server-only";
import type { ReadScope } from "@/lib/scope";

export type VariantLabelParts = {
  sku: string;
  optionValues: string[];
  product: { name: string };
};

/** "Linen shirt — M / Blue" : how a variant is named in lists, errors and CSVs. */
export function variantName(v: VariantLabelParts) {
  return v.optionValues.length
    ? `${v.product.name} — ${v.optionValues.join(" / ")}`
    : v.product.name;
}

/** "Linen shirt — M / Blue (SHIRT-M-BL)", for messages where the SKU disambiguates. */
export function variantLabel(v: VariantLabelParts) {
  return `${variantName(v)} (${v.sku})`;
}

/** Labels of this organisation's variants by id; ids of other organisations are simply absent. */
export async function variantLabels({ db, orgId }: ReadScope, ids: string[]) {
  const variants = await db.variant.findMany({
    where: { orgId, id: { in: [...new Set(ids)] } },
    select: { id: true, sku: true, optionValues: true, product: { select: { name: true } } },
  });
  return new Map(variants.map((v) => [v.id, variantLabel(v)]));
}
