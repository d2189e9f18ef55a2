import "server-only";
import { Prisma, type Db } from "@/lib/db";
import type { AnalyticsFilters } from "../types";
import { num, rangeInstants } from "./filter-sql";

export type StockKpis = {
  stockOutVariants: number;
  stockOutDays: number;
  lowStockVariants: number;
};

const NOW = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/** Location and category conditions on a table with variantId/locationId (alias x). */
function stockWhere(orgId: string, filters: AnalyticsFilters, alias: string): Prisma.Sql {
  const x = Prisma.raw(alias);
  const where = [Prisma.sql`${x}."orgId" = ${orgId}`];
  if (filters.locationId) where.push(Prisma.sql`${x}."locationId" = ${filters.locationId}`);
  if (filters.categoryId) where.push(Prisma.sql`p."categoryId" = ${filters.categoryId}`);
  return Prisma.sql`
    JOIN "Variant" v ON v."id" = ${x}."variantId"
    JOIN "Product" p ON p."id" = v."productId"
    WHERE ${Prisma.join(where, " AND ")}`;
}

/**
 * Stock KPIs for a period (channels do not apply to stock):
 * - stockOutDays: variant-location time without stock inside the period, from StockOutPeriod,
 *   measured as elapsed time in 24-hour days between local midnights (so a DST day counts its
 *   real 23 or 25 hours) and rounded to one decimal; an open period runs until now.
 * - stockOutVariants: for a period ending today or later, variants with a stock level at nothing
 *   on hand now (InventoryLevel); for a past period, variants with a stock-out period open at
 *   its end. Archived variants and products are left out of the current count.
 * - lowStockVariants: current state always: variants with stock but at or under a reorder point
 *   someone set (available ≤ reorderPoint, as the inventory list's "Low").
 */
export async function getStockKpis(
  db: Db,
  orgId: string,
  timezone: string,
  filters: AnalyticsFilters,
): Promise<StockKpis> {
  const { start, end } = rangeInstants(filters, timezone);
  const [days] = await db.$queryRaw<{ days: unknown; endsInPast: boolean }[]>`
    SELECT coalesce(sum(greatest(0, extract(epoch FROM
             least(coalesce(s."endedAt", ${NOW}), ${end}, ${NOW}) - greatest(s."startedAt", ${start})
           ))), 0)::float8 / 86400 AS "days",
           (${filters.to}::date < (now() AT TIME ZONE ${timezone})::date) AS "endsInPast"
    FROM "StockOutPeriod" s
    ${stockWhere(orgId, filters, "s")}
      AND s."startedAt" < ${end} AND (s."endedAt" IS NULL OR s."endedAt" > ${start})`;
  const endsInPast = Boolean(days?.endsInPast);

  const [out] = endsInPast
    ? await db.$queryRaw<{ n: unknown }[]>`
        SELECT count(DISTINCT s."variantId")::int8 AS "n"
        FROM "StockOutPeriod" s
        ${stockWhere(orgId, filters, "s")}
          AND s."startedAt" < ${end} AND (s."endedAt" IS NULL OR s."endedAt" >= ${end})`
    : await db.$queryRaw<{ n: unknown }[]>`
        SELECT count(DISTINCT il."variantId")::int8 AS "n"
        FROM "InventoryLevel" il
        ${stockWhere(orgId, filters, "il")}
          AND il."onHand" <= 0 AND v."status" = 'ACTIVE' AND p."status" = 'ACTIVE'`;

  const [low] = await db.$queryRaw<{ n: unknown }[]>`
    SELECT count(DISTINCT il."variantId")::int8 AS "n"
    FROM "InventoryLevel" il
    ${stockWhere(orgId, filters, "il")}
      AND il."onHand" > 0 AND il."reorderPoint" > 0
      AND il."onHand" - il."committed" <= il."reorderPoint"
      AND v."status" = 'ACTIVE' AND p."status" = 'ACTIVE'`;

  return {
    stockOutVariants: num(out?.n),
    stockOutDays: Math.round(num(days?.days) * 10) / 10,
    lowStockVariants: num(low?.n),
  };
}
