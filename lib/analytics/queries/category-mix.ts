import "server-only";
import { Prisma } from "@/lib/db";
import type { ReadScope } from "@/lib/scope";
import type { AnalyticsFilters, CategoryShare } from "../types";
import { checkFilters, num } from "./filter-sql";
import { productSales } from "./sales-sources";

/** Revenue and units per product category, largest first; products without one together. */
export async function getCategoryMix(
  scope: ReadScope,
  filters: AnalyticsFilters,
): Promise<CategoryShare[]> {
  checkFilters(filters);
  const { db, orgId } = scope;
  const category = filters.categoryId
    ? Prisma.sql`AND p."categoryId" = ${filters.categoryId}`
    : Prisma.empty;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH s AS (
      SELECT x."productId", sum(x."revenue") AS "revenue", sum(x."units") AS "units"
      FROM (${productSales(orgId, filters)}) x
      GROUP BY 1
    )
    SELECT c."id" AS "categoryId", coalesce(c."name", 'Uncategorised') AS "name",
           sum(s."revenue")::int8 AS "revenue", sum(s."units")::int8 AS "units"
    FROM s
    JOIN "Product" p ON p."id" = s."productId"
    LEFT JOIN "Category" c ON c."id" = p."categoryId"
    WHERE p."orgId" = ${orgId} ${category}
    GROUP BY c."id", c."name"
    HAVING sum(s."units") <> 0 OR sum(s."revenue") <> 0
    ORDER BY "revenue" DESC, "name"`;
  return rows.map((r) => ({
    categoryId: r.categoryId === null ? null : String(r.categoryId),
    name: String(r.name),
    revenueMinor: num(r.revenue),
    units: num(r.units),
  }));
}
