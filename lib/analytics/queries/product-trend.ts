import "server-only";
import { Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ReadScope } from "@/lib/scope";
import type { AnalyticsFilters, ProductTrendDay } from "../types";
import { checkFilters, localStart, num, orgTimezone } from "./filter-sql";

/**
 * One product's daily units and revenue (all its variants) with the stock on hand at the end
 * of each local day, for every day of the period. End-of-day stock is the last ledger balance
 * before the next local midnight for each of the product's stock levels (0 before its first
 * movement), summed over the filtered locations. Channel narrows sales only; the product's own
 * category is what it is, so a category filter does not apply.
 */
export async function getProductTrend(
  scope: ReadScope,
  productId: string,
  filters: AnalyticsFilters,
): Promise<ProductTrendDay[]> {
  checkFilters(filters);
  const { db, orgId } = scope;
  const product = await db.product.findFirst({
    where: { id: productId, orgId },
    select: { id: true },
  });
  if (!product) throw notFound("Product");
  const timezone = await orgTimezone(db, orgId);

  const salesWhere = [
    Prisma.sql`d."orgId" = ${orgId}`,
    Prisma.sql`v."productId" = ${productId}`,
    Prisma.sql`d."day" BETWEEN ${filters.from}::date AND ${filters.to}::date`,
  ];
  if (filters.locationId) salesWhere.push(Prisma.sql`d."locationId" = ${filters.locationId}`);
  if (filters.channel)
    salesWhere.push(Prisma.sql`d."channel" = ${filters.channel}::"SalesChannel"`);
  const levelWhere = [Prisma.sql`il."orgId" = ${orgId}`, Prisma.sql`v."productId" = ${productId}`];
  if (filters.locationId) levelWhere.push(Prisma.sql`il."locationId" = ${filters.locationId}`);

  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH days AS (
      SELECT g::date AS "day"
      FROM generate_series(${filters.from}::date, ${filters.to}::date, interval '1 day') g
    ),
    sales AS (
      SELECT d."day", sum(d."units") AS "units", sum(d."revenueMinor") AS "revenue"
      FROM "SalesDaily" d JOIN "Variant" v ON v."id" = d."variantId"
      WHERE ${Prisma.join(salesWhere, " AND ")}
      GROUP BY 1
    ),
    levels AS (
      SELECT il."variantId", il."locationId"
      FROM "InventoryLevel" il JOIN "Variant" v ON v."id" = il."variantId"
      WHERE ${Prisma.join(levelWhere, " AND ")}
    ),
    stock AS (
      SELECT days."day", sum(coalesce(last."balanceAfter", 0)) AS "onHand"
      FROM days CROSS JOIN levels
      LEFT JOIN LATERAL (
        SELECT m."balanceAfter" FROM "StockMovement" m
        WHERE m."orgId" = ${orgId} AND m."variantId" = levels."variantId"
          AND m."locationId" = levels."locationId"
          AND m."createdAt" < ${localStart(Prisma.sql`(days."day" + 1)`, timezone)}
        ORDER BY m."createdAt" DESC, m."id" DESC
        LIMIT 1
      ) last ON true
      GROUP BY days."day"
    )
    SELECT to_char(days."day", 'YYYY-MM-DD') AS "day",
           coalesce(sales."units", 0)::int8 AS "units",
           coalesce(sales."revenue", 0)::int8 AS "revenue",
           coalesce(stock."onHand", 0)::int8 AS "onHand"
    FROM days
    LEFT JOIN sales ON sales."day" = days."day"
    LEFT JOIN stock ON stock."day" = days."day"
    ORDER BY days."day"`;
  return rows.map((r) => ({
    day: String(r.day),
    units: num(r.units),
    revenueMinor: num(r.revenue),
    onHand: num(r.onHand),
  }));
}
