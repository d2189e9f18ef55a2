import "server-only";
import type { ReadScope } from "@/lib/scope";
import type { AnalyticsFilters, WeekdayPoint } from "../types";
import { checkFilters, num, orgTimezone } from "./filter-sql";
import { salesPerDay } from "./sales-sources";

/**
 * Sales per ISO weekday (Monday = 1) over local days, with how many of each weekday the period
 * holds so the chart can show per-day averages. Always seven points.
 */
export async function getWeekdaySales(
  scope: ReadScope,
  filters: AnalyticsFilters,
): Promise<WeekdayPoint[]> {
  checkFilters(filters);
  const { db, orgId } = scope;
  const timezone = await orgTimezone(db, orgId);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH days AS (
      SELECT g::date AS "day", extract(isodow FROM g)::int AS "weekday"
      FROM generate_series(${filters.from}::date, ${filters.to}::date, interval '1 day') g
    ),
    sales AS (${salesPerDay(orgId, timezone, filters)})
    SELECT days."weekday", count(*)::int8 AS "days",
           coalesce(sum(s."revenue"), 0)::int8 AS "revenue",
           coalesce(sum(s."units"), 0)::int8 AS "units",
           coalesce(sum(s."orders"), 0)::int8 AS "orders"
    FROM days
    LEFT JOIN sales s ON s."day" = days."day"
    GROUP BY days."weekday"`;
  const byWeekday = new Map(rows.map((r) => [num(r.weekday), r]));
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => {
    const r = byWeekday.get(weekday);
    return {
      weekday,
      weekend: weekday >= 6,
      revenueMinor: num(r?.revenue),
      units: num(r?.units),
      orders: num(r?.orders),
      days: num(r?.days),
    };
  });
}
