import "server-only";
import { Prisma } from "@/lib/db";
import { rawLinesFrom } from "../raw-kpis";
import type { AnalyticsFilters } from "../types";
import { asLocal } from "./filter-sql";

/**
 * Which rollup answers a filter, smallest first (see lib/analytics/rollups.ts):
 * - no category: SalesDayTotal, a few rows a day, orders included;
 * - a category, all locations and channels: SalesMonthProduct for the whole months of the
 *   period and SalesDayProduct for the days around them, joined to the product's category;
 * - a category with a location or channel: SalesDaily, the only rollup with all three.
 * Under a category filter, orders are those with at least one line in the category; an order may
 * hold lines of several categories, so no rollup can add them up and they come from the lines.
 */

function dayIso(ms: number) {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The whole calendar months inside [from, to] as [start, end) days, or null when there are none:
 * `start` is the first 1st on or after `from`, `end` the 1st after the last whole month.
 */
export function wholeMonths(from: string, to: string): { start: string; end: string } | null {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  const start = fd === 1 ? Date.UTC(fy, fm - 1, 1) : Date.UTC(fy, fm, 1);
  const dayAfterTo = Date.UTC(ty, tm - 1, td + 1);
  // The 1st of to's month, or of the next month when `to` is its month's last day.
  const end = new Date(dayAfterTo).getUTCDate() === 1 ? dayAfterTo : Date.UTC(ty, tm - 1, 1);
  return start < end ? { start: dayIso(start), end: dayIso(end) } : null;
}

function sliceWhere(alias: string, orgId: string, filters: AnalyticsFilters) {
  const x = Prisma.raw(alias);
  const where = [Prisma.sql`${x}."orgId" = ${orgId}`];
  if (filters.locationId) where.push(Prisma.sql`${x}."locationId" = ${filters.locationId}`);
  if (filters.channel) where.push(Prisma.sql`${x}."channel" = ${filters.channel}::"SalesChannel"`);
  return where;
}

/**
 * Rows of ("productId", "units", "revenue", "cost") whose sums are the period's sales per
 * product, for every filter but the category (join Product and filter it there). Without a
 * location or channel, whole months come from SalesMonthProduct and the edges from
 * SalesDayProduct, so a year reads about 12 rows per product sold instead of one per variant,
 * location, channel and day.
 */
export function productSales(orgId: string, filters: AnalyticsFilters): Prisma.Sql {
  const { from, to } = filters;
  if (filters.locationId || filters.channel) {
    return Prisma.sql`
      SELECT v."productId", d."units", d."revenueMinor" AS "revenue", d."costMinor" AS "cost"
      FROM "SalesDaily" d JOIN "Variant" v ON v."id" = d."variantId"
      WHERE ${Prisma.join(sliceWhere("d", orgId, filters), " AND ")}
        AND d."day" BETWEEN ${from}::date AND ${to}::date`;
  }
  const days = (start: string, endExclusive: Prisma.Sql) => Prisma.sql`
    SELECT "productId", "units", "revenueMinor" AS "revenue", "costMinor" AS "cost"
    FROM "SalesDayProduct"
    WHERE "orgId" = ${orgId} AND "day" >= ${start}::date AND "day" < ${endExclusive}`;
  const months = wholeMonths(from, to);
  if (!months) return days(from, Prisma.sql`(${to}::date + 1)`);
  return Prisma.sql`
    SELECT "productId", "units", "revenueMinor" AS "revenue", "costMinor" AS "cost"
    FROM "SalesMonthProduct"
    WHERE "orgId" = ${orgId} AND "month" >= ${months.start}::date AND "month" < ${months.end}::date
    UNION ALL ${days(from, Prisma.sql`${months.start}::date`)}
    UNION ALL ${days(months.end, Prisma.sql`(${to}::date + 1)`)}`;
}

/**
 * A subquery of ("day", "revenue", "units", "cost", "orders") per local day with sales, for any
 * filter.
 */
export function salesPerDay(orgId: string, timezone: string, filters: AnalyticsFilters) {
  const { from, to, categoryId } = filters;
  if (!categoryId) {
    return Prisma.sql`
      SELECT t."day", sum(t."revenueMinor") AS "revenue", sum(t."units") AS "units",
             sum(t."costMinor") AS "cost", sum(t."orders") AS "orders"
      FROM "SalesDayTotal" t
      WHERE ${Prisma.join(sliceWhere("t", orgId, filters), " AND ")}
        AND t."day" BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1`;
  }
  const sales =
    filters.locationId || filters.channel
      ? Prisma.sql`
          SELECT d."day", d."units", d."revenueMinor", d."costMinor"
          FROM "SalesDaily" d
          JOIN "Variant" v ON v."id" = d."variantId"
          JOIN "Product" p ON p."id" = v."productId"
          WHERE ${Prisma.join(sliceWhere("d", orgId, filters), " AND ")}
            AND d."day" BETWEEN ${from}::date AND ${to}::date AND p."categoryId" = ${categoryId}`
      : Prisma.sql`
          SELECT d."day", d."units", d."revenueMinor", d."costMinor"
          FROM "SalesDayProduct" d
          JOIN "Product" p ON p."id" = d."productId"
          WHERE d."orgId" = ${orgId} AND d."day" BETWEEN ${from}::date AND ${to}::date
            AND p."categoryId" = ${categoryId}`;
  return Prisma.sql`
    SELECT coalesce(s."day", o."day") AS "day", s."revenue", s."units", s."cost", o."orders"
    FROM (
      SELECT x."day", sum(x."revenueMinor") AS "revenue", sum(x."units") AS "units",
             sum(x."costMinor") AS "cost"
      FROM (${sales}) x
      GROUP BY 1
    ) s
    FULL JOIN (${categoryOrdersPerDay(orgId, timezone, filters)}) o ON o."day" = s."day"`;
}

/** Orders with at least one line in the filter's category, per local day, from the lines. */
export function categoryOrdersPerDay(orgId: string, timezone: string, filters: AnalyticsFilters) {
  return Prisma.sql`
    SELECT ${asLocal(Prisma.sql`o."placedAt"`, timezone)}::date AS "day",
           count(DISTINCT o."id") AS "orders"
    ${rawLinesFrom(orgId, timezone, filters)}
    GROUP BY 1`;
}
