import "server-only";
import { Prisma } from "@/lib/db";
import { rawLinesFrom } from "../raw-kpis";
import type { AnalyticsFilters } from "../types";
import { asLocal, hourlyFrom, needsRawOrders } from "./filter-sql";

/**
 * A subquery of (day, orders): orders per local day from SalesHourly, or from the raw order
 * lines under a category filter (SalesHourly has no variant to filter on).
 */
export function ordersPerDay(orgId: string, timezone: string, filters: AnalyticsFilters) {
  return needsRawOrders(filters)
    ? Prisma.sql`
        SELECT ${asLocal(Prisma.sql`o."placedAt"`, timezone)}::date AS "day",
               count(DISTINCT o."id") AS "orders"
        ${rawLinesFrom(orgId, timezone, filters)}
        GROUP BY 1`
    : Prisma.sql`SELECT h."day", sum(h."orders") AS "orders" ${hourlyFrom(orgId, filters)} GROUP BY 1`;
}
