import "server-only";
import type { ReadScope } from "@/lib/scope";
import type { AnalyticsFilters, CategoryShare } from "../types";
import { checkFilters, dailyFrom, num } from "./filter-sql";

/** Revenue and units per product category, largest first; products without one together. */
export async function getCategoryMix(
  scope: ReadScope,
  filters: AnalyticsFilters,
): Promise<CategoryShare[]> {
  checkFilters(filters);
  const { db, orgId } = scope;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT c."id" AS "categoryId", coalesce(c."name", 'Uncategorised') AS "name",
           sum(d."revenueMinor")::int8 AS "revenue", sum(d."units")::int8 AS "units"
    ${dailyFrom(orgId, filters)}
    GROUP BY c."id", c."name"
    HAVING sum(d."units") <> 0 OR sum(d."revenueMinor") <> 0
    ORDER BY "revenue" DESC, "name"`;
  return rows.map((r) => ({
    categoryId: r.categoryId === null ? null : String(r.categoryId),
    name: String(r.name),
    revenueMinor: num(r.revenue),
    units: num(r.units),
  }));
}
