import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { ShortageError } from "@/lib/inventory/reservations";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { createDraftOrder } from "@/lib/orders/draft-orders";
import { fulfilOrder, markDelivered } from "@/lib/orders/fulfil-order";
import { markPaid } from "@/lib/orders/pay-order";
import { createAndPlaceOrder, placeOrder } from "@/lib/orders/place-order";
import { recordReturn } from "@/lib/orders/record-return";
import { refundOrder } from "@/lib/orders/refund-order";
import { orderDraftSchema } from "@/lib/orders/schemas";
import {
  ORDER_STATUSES,
  canTransition,
  refundable,
  type OrderAction,
} from "@/lib/orders/state-machine";
import type { Scope } from "@/lib/scope";
import {
  addCustomer,
  addProduct,
  expectCustomerStatsConsistent,
  expectStockConsistent,
  openShop,
  receive,
  type Shop,
} from "./support/orders";

/**
 * A seeded random day (or three) of trading: orders created, placed, paid, fulfilled,
 * delivered, cancelled, returned (restocked or written off) and refunded, with stock arriving
 * in between and plenty of invalid requests. Every outcome is predicted from the rules first:
 * what the state machine allows must succeed (unless stock is the reason), what it forbids must
 * be refused. Then a burst of the same operations runs concurrently. Afterwards every ledger
 * sums to its level, every commitment matches its open orders and customers match a recount.
 */

const SEED = Number(process.env.ORDERS_WORKLOAD_SEED ?? 20_261_121);
const SEQUENTIAL_STEPS = 300;
const CONCURRENT_BATCHES = 12;
const BATCH = 8;

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(SEED);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;

let shop: Shop;
let pool: PrismaClient;
let scope: Scope;
const variants: { id: string; allowBackorder: boolean }[] = [];
let customers: string[] = [];
const orders: string[] = [];
const tally = new Map<string, { ok: number; refused: number }>();

function count(op: string, ok: boolean) {
  const t = tally.get(op) ?? { ok: 0, refused: 0 };
  if (ok) t.ok++;
  else t.refused++;
  tally.set(op, t);
}

beforeAll(async () => {
  pool = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: BATCH + 2 }),
  });
  shop = await openShop("Workload");
  scope = { ...shop.scope, db: pool };
  for (const [i, allowBackorder] of [false, false, true, false, true].entries()) {
    const made = await addProduct(shop, {
      sizes: i % 2 ? ["S", "M"] : undefined,
      price: `${int(3, 90)}.${int(0, 99).toString().padStart(2, "0")}`,
      allowBackorder,
    });
    for (const v of made) {
      variants.push({ id: v.id, allowBackorder });
      await receive(shop, v.id, shop.main.id, int(0, 12));
      if (chance(0.6)) await receive(shop, v.id, shop.warehouse.id, int(1, 8));
    }
  }
  customers = await Promise.all(
    ["Ann", "Ben", "Cal", "Dee"].map(async (n) => (await addCustomer(shop, n, "Buyer")).id),
  );
});

afterAll(async () => {
  await pool?.$disconnect();
});

function randomOrderInput() {
  const lines = Array.from({ length: int(1, 3) }, () => ({
    variantId: pick(variants).id,
    quantity: int(1, 4),
    discount: chance(0.2) ? `${int(0, 3)}.00` : "",
  }));
  return orderDraftSchema.parse({
    locationId: chance(0.75) ? shop.main.id : shop.warehouse.id,
    customerId: chance(0.7) ? pick(customers) : "",
    channel: pick(["IN_STORE", "ONLINE", "PHONE"]),
    discount: chance(0.25) ? `${int(1, 5)}.00` : "",
    lines,
  });
}

async function load(orderId: string) {
  return db.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
}

/** Runs one operation; `expect` says whether it must succeed, must fail, or may fail for stock. */
async function attempt(
  op: string,
  run: () => Promise<unknown>,
  expected: "ok" | "refused" | "stock" | "any",
) {
  try {
    await run();
    if (expected === "refused") throw new Error(`${op} should have been refused`);
    count(op, true);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    if (expected === "ok") throw new Error(`${op} was refused: ${error.message}`);
    if (expected === "stock") {
      expect(
        error instanceof ShortageError || /Waiting for backordered stock/.test(error.message),
        `${op} refused for stock: ${error.message}`,
      ).toBe(true);
    }
    count(op, false);
  }
}

/** Where each operation's share of the dice ends (refunds take the rest). */
const OPS: { upTo: number; action: Exclude<OrderAction, "edit"> }[] = [
  { upTo: 0.36, action: "place" },
  { upTo: 0.5, action: "pay" },
  { upTo: 0.64, action: "fulfil" },
  { upTo: 0.7, action: "deliver" },
  { upTo: 0.78, action: "cancel" },
  { upTo: 0.9, action: "return" },
  { upTo: 1, action: "refund" },
];

/** One random operation; with `predict`, checks the outcome against the rules. */
async function step(predict: boolean) {
  const roll = random();
  const expectIf = (allowed: boolean, stock = false) =>
    predict ? (allowed ? (stock ? "stock" : "ok") : "refused") : "any";

  if (roll < 0.22 || orders.length < 3) {
    const input = randomOrderInput();
    if (chance(0.25)) {
      await attempt(
        "draft",
        async () => orders.push((await createDraftOrder(scope, input)).id),
        "ok",
      );
    } else {
      const mayBeShort = input.lines.some(
        (l) => !variants.find((v) => v.id === l.variantId)!.allowBackorder,
      );
      await attempt(
        "create+place",
        async () => orders.push((await createAndPlaceOrder(scope, input)).id),
        predict ? (mayBeShort ? "stock" : "ok") : "any",
      );
    }
    return;
  }
  if (roll < 0.28) {
    const v = pick(variants);
    await attempt(
      "receive",
      () => receive(shop, v.id, pick([shop.main.id, shop.warehouse.id]), int(1, 6)),
      "ok",
    );
    return;
  }

  // Mostly an order the operation suits (so lifecycles get far), sometimes any (to be refused).
  const action = OPS.find((o) => roll < o.upTo)!.action;
  const suits: Prisma.OrderWhereInput =
    action === "refund"
      ? { paymentStatus: { in: ["PAID", "PARTIALLY_REFUNDED"] } }
      : { status: { in: ORDER_STATUSES.filter((s) => canTransition(s, action)) } };
  const candidates = chance(0.8)
    ? (
        await db.order.findMany({
          where: { orgId: shop.orgId, ...suits },
          select: { id: true },
          orderBy: { number: "asc" },
        })
      ).map((o) => o.id)
    : [];
  const orderId = candidates.length ? pick(candidates) : pick(orders);
  const order = await load(orderId);
  const waiting = order.lines.some((l) => l.backorderedQty > 0);
  if (roll < 0.36) {
    const short = order.lines.some(
      (l) => !variants.find((v) => v.id === l.variantId)!.allowBackorder,
    );
    await attempt(
      "place",
      () => placeOrder(scope, orderId),
      expectIf(canTransition(order.status, "place"), short),
    );
  } else if (roll < 0.5) {
    const allowed = canTransition(order.status, "pay") && order.paymentStatus === "UNPAID";
    await attempt("pay", () => markPaid(scope, orderId), expectIf(allowed));
  } else if (roll < 0.64) {
    await attempt(
      "fulfil",
      () => fulfilOrder(scope, orderId, { carrier: "DPD" }),
      expectIf(canTransition(order.status, "fulfil"), waiting),
    );
  } else if (roll < 0.7) {
    await attempt(
      "deliver",
      () => markDelivered(scope, orderId),
      expectIf(canTransition(order.status, "deliver")),
    );
  } else if (roll < 0.78) {
    const refund = chance(0.5);
    await attempt(
      "cancel",
      () => cancelOrder(scope, orderId, { reason: "Workload", refund }),
      expectIf(canTransition(order.status, "cancel")),
    );
  } else if (roll < 0.9) {
    const line = pick(order.lines);
    const returnable = line.quantity - line.returnedQty;
    const quantity = chance(0.2) ? returnable + 1 : int(1, Math.max(returnable, 1));
    const allowed = canTransition(order.status, "return") && quantity <= returnable;
    await attempt(
      "return",
      () =>
        recordReturn(scope, orderId, {
          reason: "Workload",
          lines: [{ orderLineId: line.id, quantity, restock: chance(0.6) }],
        }),
      expectIf(allowed),
    );
  } else {
    const max = refundable(order);
    const amount = chance(0.25) ? max + int(1, 500) : int(1, Math.max(max, 1));
    await attempt(
      "refund",
      () => refundOrder(scope, orderId, { amount, reason: "Workload" }),
      expectIf(amount <= max && max > 0),
    );
  }
}

describe(`a randomized order workload (seed ${SEED})`, () => {
  it("follows the rules step by step, then under concurrency, and every ledger adds up", async () => {
    const started = performance.now();
    for (let i = 0; i < SEQUENTIAL_STEPS; i++) await step(true);
    await expectStockConsistent(shop.orgId);
    await expectCustomerStatsConsistent(shop.orgId);

    for (let b = 0; b < CONCURRENT_BATCHES; b++) {
      await Promise.all(Array.from({ length: BATCH }, () => step(false)));
    }
    await expectStockConsistent(shop.orgId);
    await expectCustomerStatsConsistent(shop.orgId);

    // Per order: money, returns and shipments agree with their rows and movements.
    const all = await db.order.findMany({
      where: { orgId: shop.orgId },
      include: { lines: { include: { returnLines: true } }, refunds: true },
    });
    for (const order of all) {
      expect(order.refundedMinor).toBe(order.refunds.reduce((s, r) => s + r.amountMinor, 0));
      expect(order.refundedMinor).toBeLessThanOrEqual(order.totalMinor);
      if (order.paymentStatus === "UNPAID") expect(order.refundedMinor).toBe(0);
      if (order.paymentStatus === "REFUNDED") expect(order.refundedMinor).toBe(order.totalMinor);
      if (order.paymentStatus === "PARTIALLY_REFUNDED") {
        expect(order.refundedMinor).toBeGreaterThan(0);
        expect(order.refundedMinor).toBeLessThan(order.totalMinor);
      }
      expect(order.totalMinor).toBe(order.lines.reduce((s, l) => s + l.totalMinor, 0));
      const shipped = order.status === "FULFILLED" || order.status === "DELIVERED";
      const movements = await db.stockMovement.findMany({
        where: { orgId: shop.orgId, referenceType: "order", referenceId: order.id },
      });
      for (const line of order.lines) {
        expect(line.returnedQty).toBe(line.returnLines.reduce((s, r) => s + r.quantity, 0));
        expect(line.returnedQty).toBeLessThanOrEqual(shipped ? line.quantity : 0);
        const of = movements.filter((m) => m.variantId === line.variantId);
        expect(of.filter((m) => m.type === "SALE").reduce((s, m) => s + m.quantity, 0)).toBe(
          shipped ? -line.quantity : 0,
        );
        const restocked = line.returnLines
          .filter((r) => r.restock)
          .reduce((s, r) => s + r.quantity, 0);
        expect(of.filter((m) => m.type === "RETURN").reduce((s, m) => s + m.quantity, 0)).toBe(
          restocked,
        );
      }
    }

    const summary = [...tally].map(([op, t]) => `${op} ${t.ok}✓/${t.refused}✗`).join(", ");
    console.info(
      `[orders] workload seed ${SEED}: ${summary}; ${all.length} orders in ${Math.round(performance.now() - started)} ms`,
    );
    // The run exercised both sides of every rule.
    for (const op of ["create+place", "pay", "fulfil", "cancel", "return", "refund"]) {
      expect(tally.get(op)?.ok, `${op} succeeded at least once`).toBeGreaterThan(0);
      expect(tally.get(op)?.refused, `${op} was refused at least once`).toBeGreaterThan(0);
    }
  }, 300_000);
});
