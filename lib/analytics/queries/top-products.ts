import "server-only";
import { Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { ReadScope } from "@/lib/scope";
import type { AnalyticsFilters, TopProduct, TopProductMetric } from "../types";
import { checkFilters, dailyFrom, num } from "./filter-sql";

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
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT p."id" AS "productId", p."name",
           sum(d."revenueMinor")::int8 AS "revenue", sum(d."units")::int8 AS "units",
           sum(d."revenueMinor" - d."costMinor")::int8 AS "margin"
    ${dailyFrom(orgId, filters)}
    GROUP BY p."id", p."name"
    HAVING sum(d."units") <> 0 OR sum(d."revenueMinor") <> 0
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
