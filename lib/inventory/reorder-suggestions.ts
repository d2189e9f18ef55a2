import "server-only";
import { Prisma } from "@/lib/db";
import type { ReadScope } from "@/lib/scope";
import type { ReorderFilters } from "./list-schemas";
import { expectedArrival, groupBySupplier, suggestedReorderQty } from "./reorder-math";

type Candidate = {
  variantId: string;
  locationId: string;
  locationName: string;
  productName: string;
  optionValues: string[];
  sku: string;
  supplierId: string | null;
  supplierName: string | null;
  unitCostMinor: number;
  onHand: number;
  committed: number;
  onOrder: number;
  inDraft: number;
  reorderPoint: number;
  reorderQty: number;
  safetyStock: number;
  leadTimeDays: number;
};

/** Open quantities of purchase-order lines in the given statuses, per variant and location. */
function openQuantities(orgId: string, statuses: Prisma.Sql) {
  return Prisma.sql`
    SELECT pol."variantId", po."locationId",
      SUM(GREATEST(pol."quantity" - pol."receivedQty", 0))::int AS "qty"
    FROM "PurchaseOrderLine" pol
    JOIN "PurchaseOrder" po ON po."id" = pol."purchaseOrderId"
    WHERE po."orgId" = ${orgId} AND po."status"::text IN (${statuses})
    GROUP BY pol."variantId", po."locationId"`;
}

/**
 * Levels that have fallen to their reorder point once stock already on order is
 * counted, with how much to order (see reorder-math.ts), grouped by supplier. Drafts
 * are shown as "in draft" but not netted: nothing is on its way until it is ordered.
 */
export async function listReorderSuggestions(
  { db, orgId }: ReadScope,
  filters: Partial<ReorderFilters> = {},
) {
  const extra: Prisma.Sql[] = [];
  if (filters.location) extra.push(Prisma.sql`AND l."id" = ${filters.location}`);
  if (filters.supplier) extra.push(Prisma.sql`AND p."supplierId" = ${filters.supplier}`);
  // The SQL condition is the same rule as suggestedReorderQty; it only narrows what is loaded.
  const candidates = await db.$queryRaw<Candidate[]>`
    WITH on_order AS (${openQuantities(orgId, Prisma.join(["ORDERED", "PARTIALLY_RECEIVED"]))}),
      in_draft AS (${openQuantities(orgId, Prisma.join(["DRAFT"]))})
    SELECT v."id" AS "variantId", l."id" AS "locationId", l."name" AS "locationName",
      p."name" AS "productName", v."optionValues", v."sku",
      s."id" AS "supplierId", s."name" AS "supplierName", v."costMinor" AS "unitCostMinor",
      il."onHand", il."committed", COALESCE(oo."qty", 0) AS "onOrder",
      COALESCE(d."qty", 0) AS "inDraft", il."reorderPoint", il."reorderQty", il."safetyStock",
      COALESCE(il."leadTimeDays", s."leadTimeDays", 0) AS "leadTimeDays"
    FROM "InventoryLevel" il
    JOIN "Variant" v ON v."id" = il."variantId"
    JOIN "Product" p ON p."id" = v."productId"
    JOIN "Location" l ON l."id" = il."locationId"
    LEFT JOIN "Supplier" s ON s."id" = p."supplierId"
    LEFT JOIN on_order oo ON oo."variantId" = il."variantId" AND oo."locationId" = il."locationId"
    LEFT JOIN in_draft d ON d."variantId" = il."variantId" AND d."locationId" = il."locationId"
    WHERE il."orgId" = ${orgId}
      AND v."status" = 'ACTIVE' AND p."status" = 'ACTIVE' AND l."archivedAt" IS NULL
      AND (il."reorderPoint" > 0 OR il."reorderQty" > 0 OR il."safetyStock" > 0)
      AND il."onHand" - il."committed" + COALESCE(oo."qty", 0) <= il."reorderPoint"
      ${extra.length ? Prisma.join(extra, " ") : Prisma.empty}
    ORDER BY s."name" NULLS LAST, p."name", v."position", v."sku", l."name"`;

  const today = new Date();
  const lines = candidates
    .map((c) => ({
      ...c,
      available: c.onHand - c.committed,
      suggestedQty: suggestedReorderQty(c),
      expectedAt: expectedArrival(today, c.leadTimeDays),
    }))
    .filter((l) => l.suggestedQty > 0);
  return groupBySupplier(lines);
}

export type ReorderGroup = Awaited<ReturnType<typeof listReorderSuggestions>>[number];
export type ReorderLine = ReorderGroup["lines"][number];
