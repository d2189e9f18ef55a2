import "server-only";
import type { ImportContext } from "./types";

export type LocationMatch = { id: string; name: string; code: string; archivedAt: Date | null };

/** How a location cell is compared: codes are upper-case, names ignore case and spacing. */
export const locationKey = (text: string) => text.trim().replace(/\s+/g, " ").toUpperCase();

/**
 * The organisation's locations by code and by name, keyed with locationKey, so a sheet may say
 * "SHOP" or "High Street shop". Codes win when a name happens to equal another's code.
 */
export async function locationsByCodeOrName(ctx: ImportContext) {
  const locations = await ctx.db.location.findMany({
    where: { orgId: ctx.orgId },
    select: { id: true, name: true, code: true, archivedAt: true },
  });
  const byKey = new Map<string, LocationMatch>();
  for (const l of locations) byKey.set(locationKey(l.name), l);
  for (const l of locations) byKey.set(locationKey(l.code), l);
  return byKey;
}

/** Variants of this organisation with these SKUs (already normalised), keyed by SKU. */
export async function variantsBySku(ctx: ImportContext, skus: string[]) {
  const variants = await ctx.db.variant.findMany({
    where: { orgId: ctx.orgId, sku: { in: [...new Set(skus)] } },
    select: { id: true, sku: true },
  });
  return new Map(variants.map((v) => [v.sku, v]));
}
