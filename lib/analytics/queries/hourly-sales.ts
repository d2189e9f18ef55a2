import "server-only";
import { Prisma } from "@/lib/db";
import type { ReadScope } from "@/lib/scope";
import { rawLinesFrom } from "../raw-kpis";
import type { AnalyticsFilters, HourPoint } from "../types";
import { asLocal, checkFilters, hourlyFrom, needsRawOrders, num, orgTimezone } from "./filter-sql";

/**
 * A subquery of (weekday, hour, revenue, units, orders) by local ISO weekday and hour: from
 * SalesHourly, or from the raw order lines under a category filter (SalesHourly has no variant).
 */
export function salesByWeekdayHour(orgId: string, timezone: string, filters: AnalyticsFilters) {
  if (needsRawOrders(filters)) {
    const at = asLocal(Prisma.sql`o."placedAt"`, timezone);
    return Prisma.sql`
      SELECT extract(isodow FROM ${at})::int AS "weekday", extract(hour FROM ${at})::int AS "hour",
             sum(l."totalMinor") AS "revenue", sum(l."quantity") AS "units",
             count(DISTINCT o."id") AS "orders"
      ${rawLinesFrom(orgId, timezone, filters)}
      GROUP BY 1, 2`;
  }
  return Prisma.sql`
    SELECT date_part('isodow', h."day")::int AS "weekday", h."hour",
           sum(h."revenueMinor") AS "revenue", sum(h."units") AS "units", sum(h."orders") AS "orders"
    ${hourlyFrom(orgId, filters)}
    GROUP BY 1, 2`;
}

/** Sales per local hour of the day (0–23) over the period; always 24 points. */
export async function getHourlySales(
  scope: ReadScope,
  filters: AnalyticsFilters,
): Promise<HourPoint[]> {
  checkFilters(filters);
  const { db, orgId } = scope;
  const timezone = await orgTimezone(db, orgId);
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT x."hour", sum(x."revenue")::int8 AS "revenue", sum(x."units")::int8 AS "units",
           sum(x."orders")::int8 AS "orders"
    FROM (${salesByWeekdayHour(orgId, timezone, filters)}) x
    GROUP BY x."hour"`;
  const byHour = new Map(rows.map((r) => [num(r.hour), r]));
  return Array.from({ length: 24 }, (_, hour) => {
    const r = byHour.get(hour);
    return {
      hour,
      revenueMinor: num(r?.revenue),
      units: num(r?.units),
      orders: num(r?.orders),
    };
  });
}
