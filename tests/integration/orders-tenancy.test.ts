import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getVariantAvailability } from "@/lib/orders/availability";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { createDraftOrder, updateDraftOrder } from "@/lib/orders/draft-orders";
import { fulfilOrder, markDelivered } from "@/lib/orders/fulfil-order";
import { exportOrders, listOrders } from "@/lib/orders/list-orders";
import { getOrderDetail } from "@/lib/orders/order-detail";
import { markPaid } from "@/lib/orders/pay-order";
import { createAndPlaceOrder, placeOrder } from "@/lib/orders/place-order";
import { recordReturn } from "@/lib/orders/record-return";
import { refundOrder } from "@/lib/orders/refund-order";
import { orderListSchema } from "@/lib/orders/schemas";
import { userError } from "./support/factories";
import { addCustomer, addProduct, openShop, orderInput, receive } from "./support/orders";

/**
 * Two shops with orders in every state. Every call below is made with A's scope on B's ids;
 * each must answer not_found and leave B exactly as it was, and A's lists never show B.
 */
async function seed(label: string) {
  const shop = await openShop(label);
  const [variant] = await addProduct(shop, { name: `${label} lamp` });
  await receive(shop, variant!.id, shop.main.id, 20);
  const customer = await addCustomer(shop, label, "Client");
  const input = (quantity = 1) =>
    orderInput(shop, [{ variantId: variant!.id, quantity }], { customerId: customer.id });
  const draft = await createDraftOrder(shop.scope, input());
  const placed = await createAndPlaceOrder(shop.scope, input(2));
  const paid = await createAndPlaceOrder(shop.scope, input(1));
  await markPaid(shop.scope, paid.id);
  const fulfilled = await createAndPlaceOrder(shop.scope, input(3));
  await markPaid(shop.scope, fulfilled.id);
  await fulfilOrder(shop.scope, fulfilled.id);
  return { shop, variant: variant!, customer, draft, placed, paid, fulfilled };
}

type Tenant = Awaited<ReturnType<typeof seed>>;
let a: Tenant;
let b: Tenant;

/** Everything of B that an order write could touch. */
async function stateOf(t: Tenant) {
  const orgId = t.shop.orgId;
  return {
    orders: await db.order.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    lines: await db.orderLine.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    events: await db.orderEvent.count({ where: { orgId } }),
    refunds: await db.refund.count({ where: { orgId } }),
    returns: await db.orderReturn.count({ where: { orgId } }),
    levels: await db.inventoryLevel.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    movements: await db.stockMovement.count({ where: { orgId } }),
    customer: await db.customer.findUniqueOrThrow({ where: { id: t.customer.id } }),
  };
}

beforeAll(async () => {
  a = await seed("Alpha");
  b = await seed("Bravo");
});

describe("orders across organisations", () => {
  it("refuses every transition on another organisation's orders and changes nothing", async () => {
    const before = await stateOf(b);
    const as = a.shop.scope;
    const line = b.fulfilled.after.lines[0]!;
    const attempts: [string, () => Promise<unknown>][] = [
      [
        "update draft",
        () =>
          updateDraftOrder(
            as,
            b.draft.id,
            orderInput(a.shop, [{ variantId: a.variant.id, quantity: 1 }]),
          ),
      ],
      ["place", () => placeOrder(as, b.draft.id)],
      ["pay", () => markPaid(as, b.placed.id)],
      ["fulfil", () => fulfilOrder(as, b.paid.id)],
      ["deliver", () => markDelivered(as, b.fulfilled.id)],
      ["cancel", () => cancelOrder(as, b.placed.id, { refund: true })],
      ["cancel paid", () => cancelOrder(as, b.paid.id, { refund: true })],
      [
        "return",
        () =>
          recordReturn(as, b.fulfilled.id, {
            reason: "x",
            lines: [{ orderLineId: line.id, quantity: 1, restock: true }],
          }),
      ],
      ["refund", () => refundOrder(as, b.paid.id, { amount: 100, reason: "x" })],
      ["detail", () => getOrderDetail(as, b.placed.id)],
    ];
    for (const [name, attempt] of attempts) {
      const error = await userError(attempt(), "not_found");
      expect(error.message, name).toBe("Order not found.");
    }
    expect(await stateOf(b)).toEqual(before);
  });

  it("refuses another organisation's lines, variants, locations and customers in A's orders", async () => {
    const before = await stateOf(b);
    const as = a.shop.scope;
    // A's own fulfilled order, but one of B's lines.
    await userError(
      recordReturn(as, a.fulfilled.id, {
        reason: "x",
        lines: [{ orderLineId: b.fulfilled.after.lines[0]!.id, quantity: 1, restock: true }],
      }),
      "not_found",
    );
    const foreign = [
      orderInput(a.shop, [{ variantId: b.variant.id, quantity: 1 }]),
      orderInput(a.shop, [{ variantId: a.variant.id, quantity: 1 }], {
        locationId: b.shop.main.id,
      }),
      orderInput(a.shop, [{ variantId: a.variant.id, quantity: 1 }], { customerId: b.customer.id }),
    ];
    for (const input of foreign) {
      await userError(createAndPlaceOrder(as, input), "not_found");
      await userError(createDraftOrder(as, input), "not_found");
      await userError(updateDraftOrder(as, a.draft.id, input), "not_found");
    }
    await userError(
      getVariantAvailability(as, { locationId: b.shop.main.id, variantIds: [a.variant.id] }),
      "not_found",
    );
    expect(
      await getVariantAvailability(as, { locationId: a.shop.main.id, variantIds: [b.variant.id] }),
    ).toEqual([]);
    expect(await stateOf(b)).toEqual(before);
    expect((await db.order.findUniqueOrThrow({ where: { id: a.draft.id } })).status).toBe("DRAFT");
  });

  it("never lists or exports another organisation's orders, whatever the filters", async () => {
    const params = (raw: Record<string, string>) => orderListSchema.parse(raw);
    const mine = await listOrders(a.shop.scope, params({}));
    expect(mine.total).toBe(4);
    expect(mine.rows.every((r) => r.locationName === "Main store")).toBe(true);
    const ids = new Set([b.draft.id, b.placed.id, b.paid.id, b.fulfilled.id]);
    const filters: Record<string, string>[] = [
      {},
      { q: "Bravo" },
      { q: String(b.placed.number) },
      { location: b.shop.main.id },
      { customer: b.customer.id },
      { status: "FULFILLED" },
      { pageSize: "100" },
    ];
    for (const raw of filters) {
      const page = await listOrders(a.shop.scope, params(raw));
      expect(
        page.rows.some((r) => ids.has(r.id)),
        JSON.stringify(raw),
      ).toBe(false);
      const exported = await exportOrders(a.shop.scope, params(raw));
      expect(exported.length).toBe(page.total);
    }
    expect((await listOrders(a.shop.scope, params({ q: "Bravo" }))).total).toBe(0);
    expect((await listOrders(a.shop.scope, params({ location: b.shop.main.id }))).total).toBe(0);
  });
});
