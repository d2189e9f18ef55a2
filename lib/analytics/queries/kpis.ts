import "server-only";
import type { ReadScope } from "@/lib/scope";
import { rawLinesFrom } from "../raw-kpis";
import type { AnalyticsFilters, KpiComparison, KpiSet } from "../types";
import {
  checkFilters,
  dailyFrom,
  hourlyFrom,
  needsRawOrders,
  num,
  orgTimezone,
} from "./filter-sql";
import { getStockKpis } from "./stock-kpis";

async function countOrders(scope: ReadScope, timezone: string, filters: AnalyticsFilters) {
  const { db, orgId } = scope;
  const [row] = needsRawOrders(filters)
    ? await db.$queryRaw<{ n: unknown }[]>`
        SELECT count(DISTINCT o."id")::int8 AS "n" ${rawLinesFrom(orgId, timezone, filters)}`
    : await db.$queryRaw<{ n: unknown }[]>`
        SELECT coalesce(sum(h."orders"), 0)::int8 AS "n" ${hourlyFrom(orgId, filters)}`;
  return num(row?.n);
}

async function kpiSet(
  scope: ReadScope,
  timezone: string,
  filters: AnalyticsFilters,
): Promise<KpiSet> {
  const { db, orgId } = scope;
  const [sales] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT coalesce(sum(d."revenueMinor"), 0)::int8 AS "revenue",
           coalesce(sum(d."units"), 0)::int8 AS "units",
           coalesce(sum(d."costMinor"), 0)::int8 AS "cost"
    ${dailyFrom(orgId, filters)}`;
  const orders = await countOrders(scope, timezone, filters);
  const stock = await getStockKpis(db, orgId, timezone, filters);
  const revenueMinor = num(sales?.revenue);
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
  const current = await kpiSet(scope, timezone, filters);
  const previous = comparison ? await kpiSet(scope, timezone, comparison) : null;
  return { current, previous };
}
