import "server-only";
import { Prisma, type Db } from "@/lib/db";
import { inTransaction } from "@/lib/db/in-transaction";

/**
 * What counts as a sale, for every dashboard number:
 * - the lines of orders with `placedAt` set and a status other than DRAFT or CANCELLED;
 * - on the local day and hour of `placedAt` in the organisation's timezone;
 * - units = quantity, revenue = the line's totalMinor (after its own and its share of the
 *   order discount), discount = the line's discountMinor, cost = unitCostMinor × quantity
 *   (the cost captured at sale time);
 * - `orders` counts orders, not lines; `lines` counts lines.
 * Returns and refunds do not change gross sales: they are money and stock matters recorded on
 * the order, and the dashboards report what was sold when it was sold.
 *
 * The tables hold the same sales summed over fewer dimensions, so a period's dashboard reads
 * few rows whatever the shop's size:
 * - SalesDaily (day, variant, location, channel): filtered product views, the product trend;
 * - SalesHourly (day, hour, location, channel): hours of the day and staffing;
 * - SalesDayTotal (day, location, channel): totals, series and weekdays;
 * - SalesDayProduct and SalesMonthProduct (product by local day, by local month, over every
 *   location and channel): product rankings and the category mix.
 * No table stores a category: queries join the product's current one, so a product moved to
 * another category takes its history with it, and a rebuild lands on the rows the deltas built.
 *
 * Rollup rows that net to zero (an order placed then cancelled) are kept; queries sum them.
 */
const COUNTED = Prisma.sql`o."placedAt" IS NOT NULL AND o."status" NOT IN ('DRAFT', 'CANCELLED')`;

/** Local date and hour of placedAt (stored as UTC without zone) in the organisation's zone. */
const LOCAL_PLACED = Prisma.sql`((o."placedAt" AT TIME ZONE 'UTC') AT TIME ZONE org."timezone")`;

const SALES_FROM = Prisma.sql`
    FROM "Order" o
    JOIN "Organization" org ON org."id" = o."orgId"
    JOIN "OrderLine" l ON l."orderId" = o."id"`;

/** units, revenue, discount, cost and lines of the grouped lines, times the sign. */
function measures(sign: number) {
  return Prisma.sql`(${sign} * sum(l."quantity"))::int,
           (${sign} * sum(l."totalMinor"))::int,
           (${sign} * sum(l."discountMinor"))::int,
           (${sign} * sum(l."unitCostMinor"::int8 * l."quantity"))::int,
           (${sign} * count(*))::int`;
}

const ADD_MEASURES = Prisma.sql`"units" = t."units" + excluded."units",
      "revenueMinor" = t."revenueMinor" + excluded."revenueMinor",
      "discountMinor" = t."discountMinor" + excluded."discountMinor",
      "costMinor" = t."costMinor" + excluded."costMinor",
      "lines" = t."lines" + excluded."lines"`;

/**
 * Appliers take this lock shared, so they never wait for each other; a rebuild takes it
 * exclusive, so it waits for transactions that already applied deltas to commit (its fresh
 * snapshot then includes their orders) and holds back the ones that have not (they apply their
 * delta on top of the rebuilt rows). Without it a rebuild could count an order twice or never.
 */
function rollupLock(orgId: string, mode: "shared" | "exclusive") {
  return mode === "shared"
    ? Prisma.sql`SELECT pg_advisory_xact_lock_shared(hashtext('sales-rollups'), hashtext(${orgId}))`
    : Prisma.sql`SELECT pg_advisory_xact_lock(hashtext('sales-rollups'), hashtext(${orgId}))`;
}

// Every upsert orders its rows by the key: concurrent appliers then touch shared rows in the
// same order and never deadlock on each other's row locks.

function upsertDaily(orgId: string, where: Prisma.Sql, sign: number) {
  return Prisma.sql`
    INSERT INTO "SalesDaily" AS t
      ("orgId", "day", "variantId", "locationId", "channel",
       "units", "revenueMinor", "discountMinor", "costMinor", "lines")
    SELECT o."orgId", ${LOCAL_PLACED}::date, l."variantId", o."locationId", o."channel",
           ${measures(sign)}
    ${SALES_FROM}
    WHERE o."orgId" = ${orgId} AND ${COUNTED} AND ${where}
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 2, 3, 4, 5
    ON CONFLICT ("orgId", "day", "variantId", "locationId", "channel") DO UPDATE SET
      ${ADD_MEASURES}`;
}

function upsertHourly(orgId: string, where: Prisma.Sql, sign: number) {
  return Prisma.sql`
    INSERT INTO "SalesHourly" AS t
      ("orgId", "day", "hour", "locationId", "channel", "orders", "units", "revenueMinor", "costMinor")
    SELECT o."orgId", ${LOCAL_PLACED}::date, extract(hour FROM ${LOCAL_PLACED})::int,
           o."locationId", o."channel",
           (${sign} * count(DISTINCT o."id"))::int,
           (${sign} * sum(l."quantity"))::int,
           (${sign} * sum(l."totalMinor"))::int,
           (${sign} * sum(l."unitCostMinor"::int8 * l."quantity"))::int
    ${SALES_FROM}
    WHERE o."orgId" = ${orgId} AND ${COUNTED} AND ${where}
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 2, 3, 4, 5
    ON CONFLICT ("orgId", "day", "hour", "locationId", "channel") DO UPDATE SET
      "orders" = t."orders" + excluded."orders",
      "units" = t."units" + excluded."units",
      "revenueMinor" = t."revenueMinor" + excluded."revenueMinor",
      "costMinor" = t."costMinor" + excluded."costMinor"`;
}

function upsertDayTotal(orgId: string, where: Prisma.Sql, sign: number) {
  return Prisma.sql`
    INSERT INTO "SalesDayTotal" AS t
      ("orgId", "day", "locationId", "channel",
       "orders", "units", "revenueMinor", "discountMinor", "costMinor", "lines")
    SELECT o."orgId", ${LOCAL_PLACED}::date, o."locationId", o."channel",
           (${sign} * count(DISTINCT o."id"))::int,
           ${measures(sign)}
    ${SALES_FROM}
    WHERE o."orgId" = ${orgId} AND ${COUNTED} AND ${where}
    GROUP BY 1, 2, 3, 4
    ORDER BY 2, 3, 4
    ON CONFLICT ("orgId", "day", "locationId", "channel") DO UPDATE SET
      "orders" = t."orders" + excluded."orders",
      ${ADD_MEASURES}`;
}

/** SalesDayProduct by local day; SalesMonthProduct by local month, named by its first day. */
function upsertProductPeriod(
  table: "SalesDayProduct" | "SalesMonthProduct",
  orgId: string,
  where: Prisma.Sql,
  sign: number,
) {
  const [column, period] =
    table === "SalesDayProduct"
      ? [Prisma.raw(`"day"`), Prisma.sql`${LOCAL_PLACED}::date`]
      : [Prisma.raw(`"month"`), Prisma.sql`date_trunc('month', ${LOCAL_PLACED})::date`];
  return Prisma.sql`
    INSERT INTO ${Prisma.raw(`"${table}"`)} AS t
      ("orgId", ${column}, "productId",
       "units", "revenueMinor", "discountMinor", "costMinor", "lines")
    SELECT o."orgId", ${period}, v."productId",
           ${measures(sign)}
    ${SALES_FROM}
    JOIN "Variant" v ON v."id" = l."variantId"
    WHERE o."orgId" = ${orgId} AND ${COUNTED} AND ${where}
    GROUP BY 1, 2, 3
    ORDER BY 2, 3
    ON CONFLICT ("orgId", ${column}, "productId") DO UPDATE SET
      ${ADD_MEASURES}`;
}

/** Every sales rollup table, for rebuilds and for refreshing planner statistics after bulk loads. */
export const SALES_ROLLUP_TABLES = [
  "SalesDaily",
  "SalesHourly",
  "SalesDayTotal",
  "SalesDayProduct",
  "SalesMonthProduct",
] as const;

/** One INSERT … SELECT … ON CONFLICT per rollup table. */
function upserts(orgId: string, where: Prisma.Sql, sign: number): Prisma.Sql[] {
  return [
    upsertDaily(orgId, where, sign),
    upsertHourly(orgId, where, sign),
    upsertDayTotal(orgId, where, sign),
    upsertProductPeriod("SalesDayProduct", orgId, where, sign),
    upsertProductPeriod("SalesMonthProduct", orgId, where, sign),
  ];
}

/**
 * Adds (sign 1) or removes (sign −1) the sales of some orders to every sales rollup, in the
 * caller's transaction. Only orders that count as sales right now are applied, so call it with
 * 1 after orders become sales (placed, imported) and with −1 before they stop being sales
 * (cancelled, deleted). Each table takes one INSERT … SELECT … ON CONFLICT DO UPDATE that adds
 * the delta, so concurrent orders on the same day and key never lose an update.
 */
export async function applySalesToRollups(
  db: Db,
  orgId: string,
  source: { orderIds: string[] } | { importRunId: string },
  sign: 1 | -1,
): Promise<void> {
  if ("orderIds" in source && source.orderIds.length === 0) return;
  const where =
    "orderIds" in source
      ? Prisma.sql`o."id" = ANY(${source.orderIds}::text[])`
      : Prisma.sql`o."importRunId" = ${source.importRunId}`;
  await db.$executeRaw(rollupLock(orgId, "shared"));
  for (const upsert of upserts(orgId, where, sign)) await db.$executeRaw(upsert);
}

/**
 * Recomputes an organisation's rollups from its orders: after bulk writes (the demo seed) and
 * when the organisation's timezone changes, since every local day and hour moves with it.
 */
export async function rebuildSalesRollups(db: Db, orgId: string): Promise<void> {
  await inTransaction({ db }, async ({ db: tx }) => {
    await tx.$executeRaw(rollupLock(orgId, "exclusive"));
    for (const table of SALES_ROLLUP_TABLES) {
      await tx.$executeRaw`DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE "orgId" = ${orgId}`;
    }
    for (const upsert of upserts(orgId, Prisma.sql`TRUE`, 1)) await tx.$executeRaw(upsert);
  });
}
