import { afterEach, describe, expect, it, vi } from "vitest";
import { getCategoryMix, getKpis, getTopProducts } from "@/lib/analytics/queries";
import { getRawKpis } from "@/lib/analytics/raw-kpis";
import { rebuildSalesRollups } from "@/lib/analytics/rollups";
import { rebuildStockOutPeriods } from "@/lib/analytics/stock-outs";
import { createCategory } from "@/lib/catalog/categories";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { applyMovements } from "@/lib/inventory/ledger";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { createDraftOrder } from "@/lib/orders/draft-orders";
import { fulfilOrder } from "@/lib/orders/fulfil-order";
import { createAndPlaceOrder, placeOrder } from "@/lib/orders/place-order";
import { updateOrganization } from "@/lib/organizations/update-organization";
import { SALES_CHANNELS } from "@/lib/orders/state-machine";
import { createRandom } from "@/prisma/demo/random";
import { expectRollupsMatchOrders, stockOutPeriods } from "./support/analytics";
import { addProduct, levelOf, openShop, orderInput, receive, type Shop } from "./support/orders";

const ZONES = ["America/New_York", "Asia/Kolkata", "Australia/Sydney", "Europe/London", "UTC"];
const MINUTE = 60_000;

async function countShelf(shop: Shop, variantId: string, locationId: string, quantity: number) {
  await db.$transaction((tx) =>
    applyMovements({ ...shop.scope, db: tx }, [{ variantId, locationId, type: "COUNT", quantity }]),
  );
}

/** Refusals (short stock, a transition the order no longer allows) are part of trading. */
async function attempt(op: () => Promise<unknown>) {
  try {
    await op();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
  }
}

async function trade(seed: number) {
  const random = createRandom(seed);
  const shop: Shop = await openShop(`Rollups ${seed}`);
  const settings = async (timezone: string) =>
    updateOrganization(shop.scope, {
      name: `Rollups ${seed}`,
      currency: "GBP",
      timezone,
    });
  await settings(random.pick(ZONES));
  const variants = [
    ...(await addProduct(shop, { sizes: ["S", "M"], price: "20.00", cost: "8.00" })),
    ...(await addProduct(shop, { price: "7.25", cost: "3.10" })),
    ...(await addProduct(shop, { price: "54.99", cost: "31.00", allowBackorder: true })),
  ];
  const locations = [shop.main.id, shop.warehouse.id];
  const categories = [
    (await createCategory(shop.scope, { name: "Apparel" })).after.id,
    (await createCategory(shop.scope, { name: "Home" })).after.id,
  ];
  const productIds = (
    await db.product.findMany({
      where: { orgId: shop.orgId },
      select: { id: true },
      orderBy: { createdAt: "asc" },
    })
  ).map((p) => p.id);
  // The third product stays uncategorised.
  for (const [i, categoryId] of categories.entries()) {
    await db.product.update({ where: { id: productIds[i] }, data: { categoryId } });
  }
  // The clock starts just before Europe's and ends after America's DST changes, and orders
  // land at every hour, so local days and hours cross midnight and offsets change.
  let now = Date.UTC(2026, 2, 6, 21, 0);
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now);
  for (const v of variants) for (const l of locations) await receive(shop, v.id, l, 3);

  const orders: string[] = [];
  for (let step = 0; step < 70; step++) {
    now += random.int(5, 14 * 60) * MINUTE;
    vi.setSystemTime(now);
    if (step % 20 === 10) {
      // A count that finds the shelf empty: a stock-out even when sales alone leave some.
      const [variantId, locationId] = [random.pick(variants).id, random.pick(locations)];
      const onHand = (await levelOf(variantId, locationId)).onHand;
      if (onHand > 0) await countShelf(shop, variantId, locationId, -onHand);
    }
    if (step === 35) await settings(random.pick(ZONES.filter((z) => z !== "UTC")));
    if (step === 50) {
      // A product moved to another category takes its past sales with it.
      await db.product.update({
        where: { id: productIds[0] },
        data: { categoryId: categories[1] },
      });
    }
    const roll = random.next();
    if (roll < 0.45) {
      const lines = Array.from({ length: random.int(1, 3) }, () => ({
        variantId: random.pick(variants).id,
        quantity: random.int(1, 2),
        discount: random.chance(0.3) ? "1.00" : undefined,
      }));
      const input = orderInput(shop, lines, {
        locationId: random.pick(locations),
        channel: random.pick(SALES_CHANNELS),
        discount: random.chance(0.2) ? "2.50" : undefined,
      });
      if (random.chance(0.8)) {
        await attempt(async () => orders.push((await createAndPlaceOrder(shop.scope, input)).id));
      } else {
        await attempt(async () => {
          const draft = await createDraftOrder(shop.scope, input);
          orders.push(draft.id);
          if (random.chance(0.7)) await placeOrder(shop.scope, draft.id);
        });
      }
    } else if (roll < 0.65 && orders.length) {
      await attempt(() => cancelOrder(shop.scope, random.pick(orders)));
    } else if (roll < 0.85 && orders.length) {
      await attempt(() => fulfilOrder(shop.scope, random.pick(orders)));
    } else {
      await receive(shop, random.pick(variants).id, random.pick(locations), random.int(1, 4));
    }
  }
  vi.useRealTimers();
  return { shop, categories };
}

const ROLLUPS = [
  ["salesDaily", ["day", "variantId", "locationId", "channel"]],
  ["salesHourly", ["day", "hour", "locationId", "channel"]],
  ["salesDayTotal", ["day", "locationId", "channel"]],
  ["salesDayProduct", ["day", "productId"]],
  ["salesMonthProduct", ["month", "productId"]],
] as const;

/** Every rollup's rows in key order, zero rows (left by cancellations) aside. */
async function rollupRows(orgId: string) {
  return Promise.all(
    ROLLUPS.map(([model, keys]) =>
      (
        db[model] as unknown as {
          findMany(args: object): Promise<{ units: number; revenueMinor: number }[]>;
        }
      ).findMany({ where: { orgId }, orderBy: keys.map((k) => ({ [k]: "asc" })) }),
    ),
  ).then((tables) =>
    tables.map((rows) => rows.filter((r) => r.units !== 0 || r.revenueMinor !== 0)),
  );
}

/** Revenue and units per current category straight from the order lines. */
async function rawCategoryMix(orgId: string, from: string, to: string) {
  return db.$queryRaw<{ categoryId: string | null; revenueMinor: number; units: number }[]>`
    SELECT p."categoryId", sum(l."totalMinor")::int AS "revenueMinor", sum(l.quantity)::int AS units
    FROM "Order" o JOIN "Organization" org ON org.id = o."orgId"
    JOIN "OrderLine" l ON l."orderId" = o.id
    JOIN "Variant" v ON v.id = l."variantId" JOIN "Product" p ON p.id = v."productId"
    WHERE o."orgId" = ${orgId} AND o."placedAt" IS NOT NULL
      AND o.status NOT IN ('DRAFT', 'CANCELLED')
      AND ((o."placedAt" AT TIME ZONE 'UTC') AT TIME ZONE org.timezone)::date
          BETWEEN ${from}::date AND ${to}::date
    GROUP BY 1
    HAVING sum(l.quantity) <> 0 OR sum(l."totalMinor") <> 0
    ORDER BY 2 DESC, 1`;
}

describe("sales rollups and stock-out periods", () => {
  afterEach(() => vi.useRealTimers());

  for (const seed of [11, 23, 37]) {
    it(
      `match the orders and the ledger after random trading (seed ${seed})`,
      { timeout: 120_000 },
      async () => {
        const { shop, categories } = await trade(seed);
        const { orgId } = shop;
        expect(await db.order.count({ where: { orgId, status: "CANCELLED" } })).toBeGreaterThan(0);
        expect(await db.salesDaily.count({ where: { orgId } })).toBeGreaterThan(0);
        await expectRollupsMatchOrders(orgId);

        const incremental = await stockOutPeriods(orgId);
        expect(incremental.length).toBeGreaterThan(0);
        await rebuildStockOutPeriods(db, orgId);
        expect(await stockOutPeriods(orgId)).toEqual(incremental);

        // A rebuild from scratch lands on the same rows the deltas built, in every table.
        const before = await rollupRows(orgId);
        await rebuildSalesRollups(db, orgId);
        expect(await rollupRows(orgId)).toEqual(before);

        // The dashboard's KPIs read the rollups; the raw computation must agree.
        const filters = { from: "2026-03-01", to: "2026-04-30" };
        const { current } = await getKpis(shop.scope, filters, null);
        const raw = await getRawKpis(shop.scope, filters);
        expect(raw.orders).toBeGreaterThan(0);
        expect(current).toMatchObject(raw);
        const slices = [
          ...[shop.main.id, shop.warehouse.id].map((locationId) => ({
            locationId,
            channel: "IN_STORE" as const,
          })),
          ...categories.flatMap((categoryId) => [
            { categoryId },
            { categoryId, locationId: shop.main.id },
          ]),
        ];
        for (const slice of slices) {
          // Whole months and the days around them, as well as days inside one month.
          for (const period of [filters, { from: "2026-03-03", to: "2026-03-20" }]) {
            const sliced = { ...period, ...slice };
            expect((await getKpis(shop.scope, sliced, null)).current).toMatchObject(
              await getRawKpis(shop.scope, sliced),
            );
          }
        }

        // Product rankings and the category mix agree with the lines, under today's categories.
        for (const period of [filters, { from: "2026-03-07", to: "2026-04-01" }]) {
          const raw = await rawCategoryMix(orgId, period.from, period.to);
          const mix = await getCategoryMix(shop.scope, period);
          expect(
            mix.map(({ categoryId, revenueMinor, units }) => ({ categoryId, revenueMinor, units })),
          ).toEqual(raw);
          const total = (rows: { revenueMinor: number }[]) =>
            rows.reduce((sum, row) => sum + row.revenueMinor, 0);
          expect(total(await getTopProducts(shop.scope, period, "revenue", 10))).toBe(
            (await getRawKpis(shop.scope, period)).revenueMinor,
          );
          const atMain = { ...period, locationId: shop.main.id };
          expect(total(await getTopProducts(shop.scope, atMain, "units", 10))).toBe(
            (await getRawKpis(shop.scope, atMain)).revenueMinor,
          );
        }
      },
    );
  }

  it(
    "lose no update when many orders for the same day and variant land at once",
    { timeout: 60_000 },
    async () => {
      const shop = await openShop("Rollups burst");
      const [variant] = await addProduct(shop, {
        price: "3.00",
        cost: "1.00",
        allowBackorder: true,
      });
      await receive(shop, variant!.id, shop.main.id, 5);
      const placed = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          createAndPlaceOrder(
            shop.scope,
            orderInput(shop, [{ variantId: variant!.id, quantity: 1 + (i % 3) }]),
          ),
        ),
      );
      await Promise.all(placed.slice(0, 8).map((o) => cancelOrder(shop.scope, o.id)));
      await expectRollupsMatchOrders(shop.orgId);
      const [row] = await db.salesDaily.findMany({ where: { orgId: shop.orgId } });
      expect(row).toMatchObject({ lines: 16 });
    },
  );
});
