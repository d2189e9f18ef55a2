import { expect } from "vitest";
import { db, Prisma } from "@/lib/db";

/**
 * Checks every sales rollup against sums computed straight from Order/OrderLine with
 * the definition of a sale (placed, not draft or cancelled; local day and hour of placedAt).
 * Zero rows left by cancellations are ignored, as the queries treat them.
 */
export async function expectRollupsMatchOrders(orgId: string) {
  const daily = await db.$queryRaw<Record<string, unknown>[]>`
    WITH raw AS (
      SELECT ((o."placedAt" AT TIME ZONE 'UTC') AT TIME ZONE org.timezone)::date AS day,
             l."variantId", o."locationId", o.channel,
             sum(l.quantity)::int AS units, sum(l."totalMinor")::int AS revenue,
             sum(l."discountMinor")::int AS discount,
             sum(l."unitCostMinor" * l.quantity)::int AS cost, count(*)::int AS lines
      FROM "Order" o JOIN "Organization" org ON org.id = o."orgId"
      JOIN "OrderLine" l ON l."orderId" = o.id
      WHERE o."orgId" = ${orgId} AND o."placedAt" IS NOT NULL
        AND o.status NOT IN ('DRAFT', 'CANCELLED')
      GROUP BY 1, 2, 3, 4),
    rolled AS (
      SELECT day, "variantId", "locationId", channel, units, "revenueMinor" AS revenue,
             "discountMinor" AS discount, "costMinor" AS cost, lines
      FROM "SalesDaily"
      WHERE "orgId" = ${orgId}
        AND (units, "revenueMinor", "discountMinor", "costMinor", lines) <> (0, 0, 0, 0, 0))
    SELECT * FROM (SELECT * FROM raw EXCEPT SELECT * FROM rolled) a
    UNION ALL SELECT * FROM (SELECT * FROM rolled EXCEPT SELECT * FROM raw) b`;
  expect(daily).toEqual([]);

  const hourly = await db.$queryRaw<Record<string, unknown>[]>`
    WITH local AS (
      SELECT o.*, ((o."placedAt" AT TIME ZONE 'UTC') AT TIME ZONE org.timezone) AS at
      FROM "Order" o JOIN "Organization" org ON org.id = o."orgId"
      WHERE o."orgId" = ${orgId} AND o."placedAt" IS NOT NULL
        AND o.status NOT IN ('DRAFT', 'CANCELLED')),
    raw AS (
      SELECT at::date AS day, extract(hour FROM at)::int AS hour, o."locationId", o.channel,
             count(DISTINCT o.id)::int AS orders, sum(l.quantity)::int AS units,
             sum(l."totalMinor")::int AS revenue, sum(l."unitCostMinor" * l.quantity)::int AS cost
      FROM local o JOIN "OrderLine" l ON l."orderId" = o.id
      GROUP BY 1, 2, 3, 4),
    rolled AS (
      SELECT day, hour, "locationId", channel, orders, units, "revenueMinor" AS revenue,
             "costMinor" AS cost
      FROM "SalesHourly"
      WHERE "orgId" = ${orgId} AND (orders, units, "revenueMinor", "costMinor") <> (0, 0, 0, 0))
    SELECT * FROM (SELECT * FROM raw EXCEPT SELECT * FROM rolled) a
    UNION ALL SELECT * FROM (SELECT * FROM rolled EXCEPT SELECT * FROM raw) b`;
  expect(hourly).toEqual([]);

  expect(
    await coarserRollupMismatches(orgId, "SalesDayTotal", ["day", "locationId", "channel"]),
  ).toEqual([]);
  expect(await coarserRollupMismatches(orgId, "SalesDayProduct", ["day", "productId"])).toEqual([]);
  expect(await coarserRollupMismatches(orgId, "SalesMonthProduct", ["month", "productId"])).toEqual(
    [],
  );
}

const KEYS = {
  day: Prisma.sql`o.at::date`,
  month: Prisma.sql`date_trunc('month', o.at)::date`,
  locationId: Prisma.sql`o."locationId"`,
  channel: Prisma.sql`o.channel`,
  productId: Prisma.sql`v."productId"`,
};

/**
 * Rows where a rollup keyed by `keys` differs from the raw sums (either side), ignoring zero
 * rows; `orders` is compared where the table has it.
 */
async function coarserRollupMismatches(
  orgId: string,
  table: "SalesDayTotal" | "SalesDayProduct" | "SalesMonthProduct",
  keys: (keyof typeof KEYS)[],
) {
  const withOrders = table === "SalesDayTotal";
  const keyColumns = Prisma.join(keys.map((k) => Prisma.raw(`"${k}"`)));
  const orders = withOrders ? Prisma.sql`count(DISTINCT o.id)::int` : Prisma.sql`0`;
  const rolledOrders = withOrders ? Prisma.sql`orders` : Prisma.sql`0`;
  return db.$queryRaw<Record<string, unknown>[]>`
    WITH local AS (
      SELECT o.*, ((o."placedAt" AT TIME ZONE 'UTC') AT TIME ZONE org.timezone) AS at
      FROM "Order" o JOIN "Organization" org ON org.id = o."orgId"
      WHERE o."orgId" = ${orgId} AND o."placedAt" IS NOT NULL
        AND o.status NOT IN ('DRAFT', 'CANCELLED')),
    raw AS (
      SELECT ${Prisma.join(keys.map((k) => Prisma.sql`${KEYS[k]} AS ${Prisma.raw(`"${k}"`)}`))},
             ${orders} AS orders, sum(l.quantity)::int AS units,
             sum(l."totalMinor")::int AS revenue, sum(l."discountMinor")::int AS discount,
             sum(l."unitCostMinor" * l.quantity)::int AS cost, count(*)::int AS lines
      FROM local o JOIN "OrderLine" l ON l."orderId" = o.id
      JOIN "Variant" v ON v.id = l."variantId"
      GROUP BY ${keyColumns}),
    rolled AS (
      SELECT ${keyColumns}, ${rolledOrders} AS orders, units, "revenueMinor" AS revenue,
             "discountMinor" AS discount, "costMinor" AS cost, lines
      FROM ${Prisma.raw(`"${table}"`)}
      WHERE "orgId" = ${orgId}
        AND (units, "revenueMinor", "discountMinor", "costMinor", lines) <> (0, 0, 0, 0, 0))
    SELECT * FROM (SELECT * FROM raw EXCEPT SELECT * FROM rolled) a
    UNION ALL SELECT * FROM (SELECT * FROM rolled EXCEPT SELECT * FROM raw) b`;
}

type Period = { variantId: string; locationId: string; startedAt: Date; endedAt: Date | null };

/** The organisation's stock-out periods in a stable order, for comparing two computations. */
export async function stockOutPeriods(orgId: string): Promise<Period[]> {
  return db.stockOutPeriod.findMany({
    where: { orgId },
    select: { variantId: true, locationId: true, startedAt: true, endedAt: true },
    orderBy: [{ variantId: "asc" }, { locationId: "asc" }, { startedAt: "asc" }],
  });
}
