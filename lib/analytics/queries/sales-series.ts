import "server-only";
import { UserError } from "@/lib/errors";
import type { ReadScope } from "@/lib/scope";
import type { AnalyticsFilters, Granularity, SalesPoint } from "../types";
import { checkFilters, num, orgTimezone } from "./filter-sql";
import { salesPerDay } from "./sales-sources";

const GRANULARITIES: readonly Granularity[] = ["day", "week", "month"];

/**
 * Sales per day, ISO week or calendar month, with every bucket present (zeros included) so
 * charts draw gaps as zero. A bucket is named by its first local day inside the period: weeks
 * start on Monday and months on the 1st, except the first bucket, which starts at `from`.
 */
export async function getSalesSeries(
  scope: ReadScope,
  filters: AnalyticsFilters,
  granularity: Granularity,
): Promise<SalesPoint[]> {
  checkFilters(filters);
  if (!GRANULARITIES.includes(granularity)) {
    throw new UserError("Group sales by day, week or month.");
  }
  const { db, orgId } = scope;
  const timezone = await orgTimezone(db, orgId);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH buckets AS (
      SELECT g::date AS "day",
             greatest(date_trunc(${granularity}, g)::date, ${filters.from}::date) AS "bucket"
      FROM generate_series(${filters.from}::date, ${filters.to}::date, interval '1 day') g
    ),
    sales AS (${salesPerDay(orgId, timezone, filters)})
    SELECT to_char(b."bucket", 'YYYY-MM-DD') AS "bucket",
           coalesce(sum(s."revenue"), 0)::int8 AS "revenue",
           coalesce(sum(s."units"), 0)::int8 AS "units",
           coalesce(sum(s."orders"), 0)::int8 AS "orders",
           coalesce(sum(s."revenue" - s."cost"), 0)::int8 AS "margin"
    FROM buckets b
    LEFT JOIN sales s ON s."day" = b."day"
    GROUP BY b."bucket"
    ORDER BY b."bucket"`;
  return rows.map((r) => ({
    bucket: String(r.bucket),
    revenueMinor: num(r.revenue),
    units: num(r.units),
    orders: num(r.orders),
    grossMarginMinor: num(r.margin),
  }));
}
