import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { createProduct } from "@/lib/catalog/create-product";
import { createLocation } from "@/lib/catalog/locations";
import { productInputSchema } from "@/lib/catalog/schemas";
import { createCustomer } from "@/lib/customers/customers";
import { customerInputSchema } from "@/lib/customers/schemas";
import { db, type Db } from "@/lib/db";
import { applyMovements } from "@/lib/inventory/ledger";
import { orderDraftSchema } from "@/lib/orders/schemas";
import type { Scope } from "@/lib/scope";
import { signUpOwner } from "./factories";

/**
 * Order test data, made through the product's own functions: catalog and customers from
 * lib/catalog and lib/customers, stock through the ledger, orders through lib/orders.
 */

const tag = () => randomUUID().slice(0, 8).toUpperCase();

export type Shop = Awaited<ReturnType<typeof openShop>>;

/** A signed-up owner's organisation (GBP) with two locations and a scope acting as the owner. */
export async function openShop(label = "Shop") {
  const owner = await signUpOwner({ organizationName: `${label} ${tag()}` });
  await db.organization.update({ where: { id: owner.orgId }, data: { currency: "GBP" } });
  const scope: Scope = {
    db,
    orgId: owner.orgId,
    actor: { type: "USER", id: owner.userId, label: owner.user.name ?? owner.email },
  };
  const main = (await createLocation(scope, { name: "Main store", code: "MAIN", address: "" }))
    .after;
  const backroom = (await createLocation(scope, { name: "Warehouse", code: "WH", address: "" }))
    .after;
  return { owner, orgId: owner.orgId, scope, main, warehouse: backroom };
}

export type ProductSpec = {
  name?: string;
  /** Option values of the variants, one variant each; a single variant without options when omitted. */
  sizes?: string[];
  price?: string;
  cost?: string;
  allowBackorder?: boolean;
};

/** A product with its variants, created as the product form would. Returns the variants. */
export async function addProduct(shop: Shop, spec: ProductSpec = {}) {
  const sku = tag();
  const sizes = spec.sizes ?? [];
  const input = productInputSchema.parse({
    name: spec.name ?? `Tee ${sku}`,
    optionNames: sizes.length ? ["Size"] : [],
    allowBackorder: spec.allowBackorder ?? false,
    variants: (sizes.length ? sizes : [null]).map((size) => ({
      sku: size ? `${sku}-${size}` : sku,
      optionValues: size ? [size] : [],
      price: spec.price ?? "12.50",
      cost: spec.cost ?? "5.00",
    })),
  });
  const { after } = await createProduct(shop.scope, input);
  return after.variants;
}

/** Puts stock on a shelf through the ledger, as receiving would. */
export async function receive(shop: Shop, variantId: string, locationId: string, quantity: number) {
  await db.$transaction((tx) =>
    applyMovements({ ...shop.scope, db: tx }, [
      { variantId, locationId, type: "RECEIPT", quantity },
    ]),
  );
}

let customerCount = 0;

export async function addCustomer(shop: Shop, firstName = "Ada", lastName = "Lovelace") {
  return createCustomer(
    shop.scope,
    customerInputSchema.parse({
      firstName,
      lastName,
      // Digits only after the name, so searches for letters match names, not random tags.
      email: `${firstName.toLowerCase()}-${++customerCount}${Date.now()}@customers.test`,
    }),
  );
}

/** Order input as the form would send it, parsed through the shared schema. */
export function orderInput(
  shop: Shop,
  lines: { variantId: string; quantity: number | string; discount?: string }[],
  extra: Record<string, unknown> = {},
) {
  return orderDraftSchema.parse({ locationId: shop.main.id, lines, ...extra });
}

export async function levelOf(variantId: string, locationId: string, client: Db = db) {
  const level = await client.inventoryLevel.findUnique({
    where: { variantId_locationId: { variantId, locationId } },
  });
  return {
    onHand: level?.onHand ?? 0,
    committed: level?.committed ?? 0,
    backordered: level?.backordered ?? 0,
    available: (level?.onHand ?? 0) - (level?.committed ?? 0),
  };
}

/** Events of an order's timeline, oldest first, as "type from→to". */
export async function timeline(orderId: string) {
  const events = await db.orderEvent.findMany({
    where: { orderId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return events.map((e) => `${e.type} ${e.fromStatus ?? "∅"}→${e.toStatus ?? "∅"}`);
}

/**
 * The stock invariants of one organisation, checked level by level:
 * - the ledger sums to on-hand, and the last movement's balance is on-hand;
 * - committed is exactly the units of its placed and paid orders' lines at that location;
 * - backordered is exactly those lines' backordered units, and covers any shortfall;
 * - nothing is negative, and products without backorders never promise more than they hold.
 */
export async function expectStockConsistent(orgId: string) {
  const levels = await db.inventoryLevel.findMany({
    where: { orgId },
    include: { variant: { select: { sku: true, product: { select: { allowBackorder: true } } } } },
  });
  const ledger = await db.stockMovement.groupBy({
    by: ["variantId", "locationId"],
    where: { orgId },
    _sum: { quantity: true },
  });
  const open = await db.orderLine.findMany({
    where: { orgId, order: { status: { in: ["PLACED", "PAID"] } } },
    select: {
      variantId: true,
      quantity: true,
      backorderedQty: true,
      order: { select: { locationId: true } },
    },
  });
  const key = (variantId: string, locationId: string) => `${variantId}:${locationId}`;
  const sums = new Map(ledger.map((m) => [key(m.variantId, m.locationId), m._sum.quantity ?? 0]));
  const promised = new Map<string, { committed: number; backordered: number }>();
  for (const line of open) {
    const k = key(line.variantId, line.order.locationId);
    const p = promised.get(k) ?? { committed: 0, backordered: 0 };
    p.committed += line.quantity;
    p.backordered += line.backorderedQty;
    promised.set(k, p);
  }
  for (const level of levels) {
    const k = key(level.variantId, level.locationId);
    const label = `${level.variant.sku} at ${level.locationId}`;
    expect(sums.get(k) ?? 0, `ledger sum of ${label}`).toBe(level.onHand);
    expect(promised.get(k)?.committed ?? 0, `committed of ${label}`).toBe(level.committed);
    expect(promised.get(k)?.backordered ?? 0, `backordered of ${label}`).toBe(level.backordered);
    expect(level.onHand, `onHand of ${label}`).toBeGreaterThanOrEqual(0);
    expect(level.committed, `committed of ${label}`).toBeGreaterThanOrEqual(0);
    expect(level.backordered, `backordered of ${label}`).toBeGreaterThanOrEqual(0);
    expect(level.backordered, `backorders cover the shortfall of ${label}`).toBeGreaterThanOrEqual(
      level.committed - level.onHand,
    );
    if (!level.variant.product.allowBackorder) {
      expect(level.committed, `no overselling of ${label}`).toBeLessThanOrEqual(level.onHand);
    }
    const last = await db.stockMovement.findFirst({
      where: { orgId, variantId: level.variantId, locationId: level.locationId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    if (last) expect(last.balanceAfter, `last balance of ${label}`).toBe(level.onHand);
  }
  for (const k of promised.keys()) {
    expect(
      levels.some((l) => key(l.variantId, l.locationId) === k),
      `a level exists for ${k}`,
    ).toBe(true);
  }
}

/** Customer stats recomputed from scratch, compared with what order writes left behind. */
export async function expectCustomerStatsConsistent(orgId: string) {
  const customers = await db.customer.findMany({ where: { orgId } });
  for (const c of customers) {
    const counted = await db.order.findMany({
      where: {
        orgId,
        customerId: c.id,
        status: { in: ["PLACED", "PAID", "FULFILLED", "DELIVERED"] },
      },
      select: { totalMinor: true, refundedMinor: true, placedAt: true },
    });
    const times = counted.map((o) => o.placedAt!.getTime());
    expect(
      {
        orderCount: c.orderCount,
        lifetimeValueMinor: c.lifetimeValueMinor,
        firstOrderAt: c.firstOrderAt?.getTime() ?? null,
        lastOrderAt: c.lastOrderAt?.getTime() ?? null,
      },
      `stats of ${c.firstName}`,
    ).toEqual({
      orderCount: counted.length,
      lifetimeValueMinor: counted.reduce((s, o) => s + o.totalMinor - o.refundedMinor, 0),
      firstOrderAt: times.length ? Math.min(...times) : null,
      lastOrderAt: times.length ? Math.max(...times) : null,
    });
  }
}
