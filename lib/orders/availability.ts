import "server-only";
import { notFound } from "@/lib/errors";
import type { ReadScope } from "@/lib/scope";

export type VariantAvailability = {
  variantId: string;
  onHand: number;
  committed: number;
  /** onHand − committed; negative while backorders wait for stock. */
  available: number;
  backordered: number;
  allowBackorder: boolean;
};

/**
 * Stock of some variants at one location, for the order form's live check. Variants of other
 * organisations are simply absent from the answer; a location of another is not found.
 * Advisory only: placing the order checks again under lock.
 */
export async function getVariantAvailability(
  { db, orgId }: ReadScope,
  input: { locationId: string; variantIds: string[] },
): Promise<VariantAvailability[]> {
  const location = await db.location.findFirst({
    where: { id: input.locationId, orgId },
    select: { id: true },
  });
  if (!location) throw notFound("Location");
  const ids = [...new Set(input.variantIds)];
  if (ids.length === 0) return [];
  const [variants, levels] = await Promise.all([
    db.variant.findMany({
      where: { orgId, id: { in: ids } },
      select: { id: true, product: { select: { allowBackorder: true } } },
    }),
    db.inventoryLevel.findMany({
      where: { orgId, locationId: location.id, variantId: { in: ids } },
      select: { variantId: true, onHand: true, committed: true, backordered: true },
    }),
  ]);
  const byVariant = new Map(levels.map((l) => [l.variantId, l]));
  return variants.map((v) => {
    const level = byVariant.get(v.id);
    const onHand = level?.onHand ?? 0;
    const committed = level?.committed ?? 0;
    return {
      variantId: v.id,
      onHand,
      committed,
      available: onHand - committed,
      backordered: level?.backordered ?? 0,
      allowBackorder: v.product.allowBackorder,
    };
  });
}
