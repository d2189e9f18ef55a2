import "server-only";
import { Prisma } from "@/lib/db";
import type { ReadScope } from "@/lib/scope";
import { checkFilters, num, orgTimezone, rangeInstants } from "./queries/filter-sql";
import type { AnalyticsFilters } from "./types";

export type RawKpis = {
  revenueMinor: number;
  units: number;
  orders: number;
  averageOrderValueMinor: number | null;
  grossMarginMinor: number;
};

/**
 * FROM … WHERE over the raw sales (Order o, OrderLine l, Variant v, Product p) for a filter,
 * with the same definition of a sale as the rollups (lib/analytics/rollups.ts): placed, not
 * draft or cancelled, on the local days of placedAt.
 */
export function rawLinesFrom(
  orgId: string,
  timezone: string,
  filters: AnalyticsFilters,
): Prisma.Sql {
  const { start, end } = rangeInstants(filters, timezone);
  const where = [
    Prisma.sql`o."orgId" = ${orgId}`,
    Prisma.sql`o."placedAt" IS NOT NULL AND o."status" NOT IN ('DRAFT', 'CANCELLED')`,
    Prisma.sql`o."placedAt" >= ${start} AND o."placedAt" < ${end}`,
  ];
  if (filters.locationId) where.push(Prisma.sql`o."locationId" = ${filters.locationId}`);
  if (filters.channel) where.push(Prisma.sql`o."channel" = ${filters.channel}::"SalesChannel"`);
  if (filters.categoryId) where.push(Prisma.sql`p."categoryId" = ${filters.categoryId}`);
  return Prisma.sql`
    FROM "Order" o
    JOIN "OrderLine" l ON l."orderId" = o."id"
    JOIN "Variant" v ON v."id" = l."variantId"
    JOIN "Product" p ON p."id" = v."productId"
    WHERE ${Prisma.join(where, " AND ")}`;
}

/**
 * Revenue, units, orders, average order value and gross margin computed straight from the
 * order tables: the baseline the rollups are measured against (benchmark) and checked against
 * (tests). Under a category filter, orders are those with at least one line in the category
 * and revenue is only those lines', as on the dashboards.
 */
export async function getRawKpis(scope: ReadScope, filters: AnalyticsFilters): Promise<RawKpis> {
  checkFilters(filters);
  const { db, orgId } = scope;
  const timezone = await orgTimezone(db, orgId);
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT coalesce(sum(l."totalMinor"), 0)::int8 AS "revenue",
           coalesce(sum(l."quantity"), 0)::int8 AS "units",
           count(DISTINCT o."id")::int8 AS "orders",
           coalesce(sum(l."unitCostMinor"::int8 * l."quantity"), 0)::int8 AS "cost"
    ${rawLinesFrom(orgId, timezone, filters)}`;
  const revenueMinor = num(row?.revenue);
  const orders = num(row?.orders);
  return {
    revenueMinor,
    units: num(row?.units),
    orders,
    averageOrderValueMinor: orders > 0 ? Math.round(revenueMinor / orders) : null,
    grossMarginMinor: revenueMinor - num(row?.cost),
  };
}
