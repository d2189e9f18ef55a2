import "server-only";
import { Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { ReadScope } from "@/lib/scope";
import type { AnalyticsFilters, TopProduct, TopProductMetric } from "../types";
import { checkFilters, num } from "./filter-sql";
import { productSales } from "./sales-sources";

const ORDER_BY: Record<TopProductMetric, Prisma.Sql> = {
  revenue: Prisma.sql`"revenue" DESC`,
  units: Prisma.sql`"units" DESC`,
  margin: Prisma.sql`"margin" DESC`,
};

/** The best-selling products of a period by revenue, units or gross margin; ties by name. */
export async function getTopProducts(
  scope: ReadScope,
  filters: AnalyticsFilters,
  metric: TopProductMetric,
  limit: number,
): Promise<TopProduct[]> {
  checkFilters(filters);
  if (!(metric in ORDER_BY)) throw new UserError("Rank products by revenue, units or margin.");
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new UserError("Show between 1 and 100 products.");
  }
  const { db, orgId } = scope;
  const category = filters.categoryId
    ? Prisma.sql`AND p."categoryId" = ${filters.categoryId}`
    : Prisma.empty;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH s AS (
      SELECT x."productId", sum(x."revenue")::int8 AS "revenue", sum(x."units")::int8 AS "units",
             sum(x."revenue" - x."cost")::int8 AS "margin"
      FROM (${productSales(orgId, filters)}) x
      GROUP BY 1
    )
    SELECT p."id" AS "productId", p."name", s."revenue", s."units", s."margin"
    FROM s JOIN "Product" p ON p."id" = s."productId"
    WHERE p."orgId" = ${orgId} ${category} AND (s."units" <> 0 OR s."revenue" <> 0)
    ORDER BY ${ORDER_BY[metric]}, p."name", p."id"
    LIMIT ${limit}`;
  return rows.map((r) => ({
    productId: String(r.productId),
    name: String(r.name),
    revenueMinor: num(r.revenue),
    units: num(r.units),
    grossMarginMinor: num(r.margin),
  }));
}
