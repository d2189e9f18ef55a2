import "server-only";
import { Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ReadScope } from "@/lib/scope";
import { variantLabel } from "./labels";
import { variantSearchSchema, type VariantSearchInput } from "./schemas";
import { likePattern } from "@/lib/db/query-helpers";

export type VariantOption = {
  id: string;
  sku: string;
  barcode: string | null;
  productId: string;
  productName: string;
  optionNames: string[];
  optionValues: string[];
  /** "Linen shirt — M / Blue" */
  label: string;
  priceMinor: number;
  costMinor: number;
  allowBackorder: boolean;
  /** False when the variant or its product is archived (only returned when asked for by id). */
  active: boolean;
  /** Stock at the requested location. */
  onHand: number;
  committed: number;
  available: number;
};

type Row = Omit<VariantOption, "label" | "available">;

/**
 * The variant picker of order and stock forms. Every word of `q` must match the product name,
 * SKU, barcode or an option value ("linen m blue"); an exact SKU or barcode (a scanner) comes
 * first. Only active variants of active products, unless `ids` asks for specific ones (lines
 * already on an order), which come back whatever their status. Stock is at `locationId`.
 */
export async function searchVariants(
  { db, orgId }: ReadScope,
  input: VariantSearchInput,
): Promise<VariantOption[]> {
  const { q, locationId, limit, ids } = variantSearchSchema.parse(input);
  const location = await db.location.findFirst({ where: { id: locationId, orgId } });
  if (!location) throw notFound("Location");

  const filters: Prisma.Sql[] = [Prisma.sql`v."orgId" = ${orgId}`];
  if (ids) {
    if (ids.length === 0) return [];
    filters.push(Prisma.sql`v."id" IN (${Prisma.join(ids)})`);
  } else {
    filters.push(Prisma.sql`v."status" = 'ACTIVE' AND p."status" = 'ACTIVE'`);
    for (const word of q.split(/\s+/).filter(Boolean).slice(0, 8)) {
      const pattern = likePattern(word);
      filters.push(Prisma.sql`(p."name" ILIKE ${pattern} OR v."sku" ILIKE ${pattern}
        OR v."barcode" ILIKE ${pattern} OR array_to_string(v."optionValues", ' ') ILIKE ${pattern})`);
    }
  }
  const exact = q.toUpperCase();
  const rows = await db.$queryRaw<Row[]>`
    SELECT v."id", v."sku", v."barcode", v."productId", p."name" AS "productName",
           p."optionNames", v."optionValues", v."priceMinor", v."costMinor", p."allowBackorder",
           (v."status" = 'ACTIVE' AND p."status" = 'ACTIVE') AS "active",
           COALESCE(l."onHand", 0) AS "onHand", COALESCE(l."committed", 0) AS "committed"
    FROM "Variant" v
    JOIN "Product" p ON p."id" = v."productId"
    LEFT JOIN "InventoryLevel" l ON l."variantId" = v."id" AND l."locationId" = ${location.id}
    WHERE ${Prisma.join(filters, " AND ")}
    ORDER BY (v."sku" = ${exact} OR COALESCE(v."barcode" = ${q}, false)) DESC, lower(p."name"), v."position", v."id"
    LIMIT ${ids ? ids.length : limit}`;
  return rows.map((r) => ({
    ...r,
    label: variantLabel(r.productName, r.optionValues),
    available: r.onHand - r.committed,
  }));
}
