import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ShortageError } from "@/lib/inventory/reservations";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { createDraftOrder } from "@/lib/orders/draft-orders";
import { fulfilOrder } from "@/lib/orders/fulfil-order";
import { createAndPlaceOrder, placeOrder } from "@/lib/orders/place-order";
import type { Scope } from "@/lib/scope";
import {
  addCustomer,
  addProduct,
  expectCustomerStatsConsistent,
  expectStockConsistent,
  levelOf,
  openShop,
  orderInput,
  receive,
  type Shop,
} from "./support/orders";

/**
 * Dozens of checkouts racing for the same few units, each in its own transaction on its own
 * connection (a dedicated pool wide enough that they really run at once, not one after another
 * in the app's 10-connection pool).
 */
const RACERS = 36;
let racing: PrismaClient;
let shop: Shop;
let scope: Scope;

beforeAll(async () => {
  racing = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: RACERS + 4 }),
  });
  await racing.$connect();
  shop = await openShop("Race");
  scope = { ...shop.scope, db: racing };
});

afterAll(async () => {
  await racing?.$disconnect();
});

/** Settles every promise and splits the outcomes; anything but a ShortageError fails the test. */
async function settle<T>(promises: Promise<T>[]) {
  const results = await Promise.allSettled(promises);
  const placed = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  for (const reason of refused) expect(reason).toBeInstanceOf(ShortageError);
  return { placed, refused: refused as ShortageError[] };
}

describe("placing orders concurrently", () => {
  it(`lets exactly 5 of ${RACERS} drafts take the last 5 units; the rest are refused`, async () => {
    const [variant] = await addProduct(shop, { name: "Last five" });
    await receive(shop, variant!.id, shop.main.id, 5);
    const drafts = await Promise.all(
      Array.from({ length: RACERS }, () =>
        createDraftOrder(scope, orderInput(shop, [{ variantId: variant!.id, quantity: 1 }])),
      ),
    );
    expect(new Set(drafts.map((d) => d.number)).size).toBe(RACERS);

    const started = performance.now();
    const { placed, refused } = await settle(drafts.map((d) => placeOrder(scope, d.id)));
    const elapsed = performance.now() - started;

    expect(placed).toHaveLength(5);
    expect(refused).toHaveLength(RACERS - 5);
    for (const error of refused) {
      expect(error.shortages).toEqual([
        expect.objectContaining({ variantId: variant!.id, requested: 1, available: 0 }),
      ]);
    }
    expect(await levelOf(variant!.id, shop.main.id)).toEqual({
      onHand: 5,
      committed: 5,
      backordered: 0,
      available: 0,
    });
    const statuses = await db.order.groupBy({
      by: ["status"],
      where: { id: { in: drafts.map((d) => d.id) } },
      _count: true,
    });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count]))).toEqual({
      PLACED: 5,
      DRAFT: RACERS - 5,
    });
    console.info(`[orders] ${RACERS} concurrent placements in ${Math.round(elapsed)} ms`);
  });

  it(`creates and places ${RACERS} orders at once: 5 win, numbers stay unique and gapless`, async () => {
    const [variant] = await addProduct(shop, { name: "Limited print" });
    await receive(shop, variant!.id, shop.main.id, 5);
    const customer = await addCustomer(shop, "Racing", "Customer");
    const before = await db.order.aggregate({
      where: { orgId: shop.orgId },
      _max: { number: true },
    });

    const { placed, refused } = await settle(
      Array.from({ length: RACERS }, () =>
        createAndPlaceOrder(
          scope,
          orderInput(shop, [{ variantId: variant!.id, quantity: 1 }], { customerId: customer.id }),
        ),
      ),
    );

    expect(placed).toHaveLength(5);
    expect(refused).toHaveLength(RACERS - 5);
    const numbers = placed.map((p) => p.number).sort((a, b) => a - b);
    const start = (before._max.number ?? 0) + 1;
    expect(numbers).toEqual([start, start + 1, start + 2, start + 3, start + 4]);
    expect(await levelOf(variant!.id, shop.main.id)).toMatchObject({ committed: 5, available: 0 });
    // Every winner updated the same customer; none of those updates was lost.
    expect(await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      orderCount: 5,
      lifetimeValueMinor: placed.reduce((sum, p) => sum + p.after.totalMinor, 0),
    });
  });

  it(`records the shortfall as backorders when the product allows them: all ${RACERS} succeed`, async () => {
    const [variant] = await addProduct(shop, { name: "Made to order", allowBackorder: true });
    await receive(shop, variant!.id, shop.main.id, 5);

    const { placed, refused } = await settle(
      Array.from({ length: RACERS }, () =>
        createAndPlaceOrder(scope, orderInput(shop, [{ variantId: variant!.id, quantity: 1 }])),
      ),
    );

    expect(refused).toHaveLength(0);
    expect(placed).toHaveLength(RACERS);
    const backordered = placed.filter((p) => p.backorders.length > 0);
    expect(backordered).toHaveLength(RACERS - 5);
    expect(placed.filter((p) => p.after.lines[0]!.backorderedQty === 0)).toHaveLength(5);
    expect(await levelOf(variant!.id, shop.main.id)).toEqual({
      onHand: 5,
      committed: RACERS,
      backordered: RACERS - 5,
      available: 5 - RACERS,
    });
  });

  it("never deadlocks or oversells when multi-line orders lock the same levels in any order", async () => {
    const [a, b] = await addProduct(shop, { sizes: ["A", "B"] });
    await receive(shop, a!.id, shop.main.id, 20);
    await receive(shop, b!.id, shop.main.id, 20);
    const quantities = Array.from({ length: RACERS }, (_, i) => [1 + (i % 3), 1 + ((i * 7) % 3)]);

    const { placed } = await settle(
      quantities.map(([qa, qb], i) =>
        createAndPlaceOrder(
          scope,
          orderInput(
            shop,
            i % 2
              ? [
                  { variantId: a!.id, quantity: qa! },
                  { variantId: b!.id, quantity: qb! },
                ]
              : [
                  { variantId: b!.id, quantity: qb! },
                  { variantId: a!.id, quantity: qa! },
                ],
          ),
        ),
      ),
    );

    const reserved = (variantId: string) =>
      placed.reduce(
        (sum, p) => sum + (p.after.lines.find((l) => l.variantId === variantId)?.quantity ?? 0),
        0,
      );
    const levelA = await levelOf(a!.id, shop.main.id);
    const levelB = await levelOf(b!.id, shop.main.id);
    expect(levelA.committed).toBe(reserved(a!.id));
    expect(levelB.committed).toBe(reserved(b!.id));
    expect(levelA.available).toBeGreaterThanOrEqual(0);
    expect(levelB.available).toBeGreaterThanOrEqual(0);
    // Stock ran out for one of them before every order got through.
    expect(placed.length).toBeLessThan(RACERS);
    expect(Math.min(levelA.available, levelB.available)).toBeLessThan(3);
  });
});

describe("racing transitions on one order", () => {
  it("ships an order once when two people fulfil it at the same time", async () => {
    const [variant] = await addProduct(shop);
    await receive(shop, variant!.id, shop.main.id, 4);
    const order = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: variant!.id, quantity: 3 }]),
    );
    const results = await Promise.allSettled([
      fulfilOrder(scope, order.id),
      fulfilOrder(scope, order.id),
      cancelOrder(scope, order.id),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const level = await levelOf(variant!.id, shop.main.id);
    const status = (await db.order.findUniqueOrThrow({ where: { id: order.id } })).status;
    if (status === "FULFILLED") expect(level).toMatchObject({ onHand: 1, committed: 0 });
    else expect(level).toMatchObject({ onHand: 4, committed: 0 });
    expect(await db.stockMovement.count({ where: { referenceId: order.id } })).toBe(
      status === "FULFILLED" ? 1 : 0,
    );
  });

  it("leaves every ledger, level and customer consistent", async () => {
    await expectStockConsistent(shop.orgId);
    await expectCustomerStatsConsistent(shop.orgId);
  });
});
