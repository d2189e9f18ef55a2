import "server-only";
import type { ReadScope } from "@/lib/scope";
import { rawLinesFrom } from "../raw-kpis";
import type { AnalyticsFilters, KpiComparison, KpiSet } from "../types";
import { checkFilters, num, orgTimezone } from "./filter-sql";
import { productSales, salesPerDay } from "./sales-sources";
import { getStockKpis } from "./stock-kpis";

/** Revenue, units, cost and orders of a period, from the smallest rollup that answers it. */
async function salesTotals(scope: ReadScope, timezone: string, filters: AnalyticsFilters) {
  const { db, orgId } = scope;
  if (!filters.categoryId) {
    const [row] = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT sum(s."revenue")::int8 AS "revenue", sum(s."units")::int8 AS "units",
             sum(s."cost")::int8 AS "cost", sum(s."orders")::int8 AS "orders"
      FROM (${salesPerDay(orgId, timezone, filters)}) s`;
    return row;
  }
  const [sales] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT sum(x."revenue")::int8 AS "revenue", sum(x."units")::int8 AS "units",
           sum(x."cost")::int8 AS "cost"
    FROM (${productSales(orgId, filters)}) x
    JOIN "Product" p ON p."id" = x."productId"
    WHERE p."orgId" = ${orgId} AND p."categoryId" = ${filters.categoryId}`;
  const [orders] = await db.$queryRaw<{ n: unknown }[]>`
    SELECT count(DISTINCT o."id")::int8 AS "n" ${rawLinesFrom(orgId, timezone, filters)}`;
  return { ...sales, orders: orders?.n };
}

async function kpiSet(
  scope: ReadScope,
  timezone: string,
  filters: AnalyticsFilters,
): Promise<KpiSet> {
  const [sales, stock] = await Promise.all([
    salesTotals(scope, timezone, filters),
    getStockKpis(scope.db, scope.orgId, timezone, filters),
  ]);
  const revenueMinor = num(sales?.revenue);
  const orders = num(sales?.orders);
  const grossMarginMinor = revenueMinor - num(sales?.cost);
  return {
    revenueMinor,
    units: num(sales?.units),
    orders,
    averageOrderValueMinor: orders > 0 ? Math.round(revenueMinor / orders) : null,
    grossMarginMinor,
    grossMarginPct:
      revenueMinor !== 0 ? Math.round((grossMarginMinor / revenueMinor) * 1000) / 10 : null,
    ...stock,
  };
}

/**
 * The KPI cards: the period's numbers and, when asked, the comparison period's. Under a
 * category filter, orders (and so AOV) count orders with at least one line in the category.
 * Margin % is rounded to one decimal.
 */
export async function getKpis(
  scope: ReadScope,
  filters: AnalyticsFilters,
  comparison: AnalyticsFilters | null,
): Promise<KpiComparison> {
  checkFilters(filters);
  if (comparison) checkFilters(comparison);
  const timezone = await orgTimezone(scope.db, scope.orgId);
  const [current, previous] = await Promise.all([
    kpiSet(scope, timezone, filters),
    comparison ? kpiSet(scope, timezone, comparison) : null,
  ]);
  return { current, previous };
}
