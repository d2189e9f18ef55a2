import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ShortageError } from "@/lib/inventory/reservations";
import { getVariantAvailability } from "@/lib/orders/availability";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { createDraftOrder, updateDraftOrder } from "@/lib/orders/draft-orders";
import { fulfilOrder, markDelivered } from "@/lib/orders/fulfil-order";
import { getOrderDetail } from "@/lib/orders/order-detail";
import { markPaid } from "@/lib/orders/pay-order";
import { createAndPlaceOrder, placeOrder } from "@/lib/orders/place-order";
import { recordReturn } from "@/lib/orders/record-return";
import { refundOrder } from "@/lib/orders/refund-order";
import { returnSchema } from "@/lib/orders/schemas";
import { userError } from "./support/factories";
import {
  addCustomer,
  addProduct,
  expectCustomerStatsConsistent,
  expectStockConsistent,
  levelOf,
  openShop,
  orderInput,
  receive,
  timeline,
  type Shop,
} from "./support/orders";

let shop: Shop;

beforeAll(async () => {
  shop = await openShop("Orders");
});

/** A product with `stock` units at the main store; returns its (single) variant. */
async function stocked(stock: number, spec: Parameters<typeof addProduct>[1] = {}) {
  const [variant] = await addProduct(shop, spec);
  if (stock > 0) await receive(shop, variant!.id, shop.main.id, stock);
  return variant!;
}

describe("createAndPlaceOrder", () => {
  it("prices from the catalog, merges repeated variants, reserves stock and numbers the order", async () => {
    const shirt = await stocked(10, { price: "12.50", cost: "5.00" });
    const mug = await stocked(4, { price: "8.00", cost: "3.25" });
    const customer = await addCustomer(shop, "Grace", "Hopper");

    const placed = await createAndPlaceOrder(
      shop.scope,
      orderInput(
        shop,
        [
          { variantId: shirt.id, quantity: 2 },
          { variantId: mug.id, quantity: "1", discount: "1.00" },
          { variantId: shirt.id, quantity: 1 },
        ],
        { customerId: customer.id, channel: "ONLINE", discount: "3.00", notes: "Gift wrap" },
      ),
    );

    const order = await db.order.findUniqueOrThrow({
      where: { id: placed.id },
      include: { lines: { orderBy: { id: "asc" } } },
    });
    expect(order).toMatchObject({
      status: "PLACED",
      paymentStatus: "UNPAID",
      channel: "ONLINE",
      currency: "GBP",
      notes: "Gift wrap",
      subtotalMinor: 3 * 1250 + 800,
      // £1 off the mug, plus the £3 order discount spread over the lines to the penny.
      discountMinor: 100 + 300,
      totalMinor: 4550 - 400,
      costMinor: 3 * 500 + 325,
    });
    expect(order.placedAt).toBeInstanceOf(Date);
    expect(order.lines).toHaveLength(2);
    expect(order.lines.map((l) => [l.quantity, l.unitPriceMinor, l.unitCostMinor])).toEqual([
      [3, 1250, 500],
      [1, 800, 325],
    ]);
    expect(order.lines.reduce((s, l) => s + l.totalMinor, 0)).toBe(order.totalMinor);
    expect(order.lines.reduce((s, l) => s + l.discountMinor, 0)).toBe(order.discountMinor);
    expect(placed.backorders).toEqual([]);
    expect(placed.before).toBeNull();
    expect(placed.after).toMatchObject({ status: "PLACED", totalMinor: 4150 });

    expect(await levelOf(shirt.id, shop.main.id)).toMatchObject({ onHand: 10, committed: 3 });
    expect(await levelOf(mug.id, shop.main.id)).toMatchObject({ onHand: 4, committed: 1 });
    expect(await timeline(order.id)).toEqual(["placed ∅→PLACED"]);
    const stats = await db.customer.findUniqueOrThrow({ where: { id: customer.id } });
    expect(stats).toMatchObject({ orderCount: 1, lifetimeValueMinor: 4150 });
    expect(stats.lastOrderAt).toEqual(order.placedAt);
  });

  it("gives consecutive numbers, and a refused order takes none", async () => {
    const cap = await stocked(1);
    const first = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: cap.id, quantity: 1 }]),
    );
    await userError(
      createAndPlaceOrder(shop.scope, orderInput(shop, [{ variantId: cap.id, quantity: 1 }])),
      "conflict",
    );
    const [other] = await addProduct(shop);
    const draft = await createDraftOrder(
      shop.scope,
      orderInput(shop, [{ variantId: other!.id, quantity: 1 }]),
    );
    expect(draft.number).toBe(first.number + 1);
  });

  it("refuses short stock with the short lines, per line, and changes nothing", async () => {
    const scarf = await stocked(2, { name: "Wool scarf" });
    const hat = await stocked(5);
    const ordersBefore = await db.order.count({ where: { orgId: shop.orgId } });

    const error = await userError(
      createAndPlaceOrder(
        shop.scope,
        orderInput(shop, [
          { variantId: hat.id, quantity: 1 },
          { variantId: scarf.id, quantity: 3 },
        ]),
      ),
      "conflict",
    );
    expect(error).toBeInstanceOf(ShortageError);
    expect((error as ShortageError).shortages).toEqual([
      expect.objectContaining({ variantId: scarf.id, requested: 3, available: 2 }),
    ]);
    expect(error.message).toContain("Wool scarf");
    expect(error.options.fieldErrors).toEqual({
      "lines.1.quantity": ["Only 2 available at Main store."],
    });
    expect(await db.order.count({ where: { orgId: shop.orgId } })).toBe(ordersBefore);
    expect(await levelOf(hat.id, shop.main.id)).toMatchObject({ committed: 0 });
  });

  it("refuses archived products, archived locations and unknown ids", async () => {
    const old = await stocked(3);
    await db.variant.update({ where: { id: old.id }, data: { status: "ARCHIVED" } });
    const archived = await userError(
      createAndPlaceOrder(shop.scope, orderInput(shop, [{ variantId: old.id, quantity: 1 }])),
    );
    expect(archived.message).toMatch(/archived and can't be sold/);
    expect(archived.options.fieldErrors).toHaveProperty(["lines.0.variantId"]);

    const live = await stocked(3);
    await userError(
      createAndPlaceOrder(shop.scope, orderInput(shop, [{ variantId: "nope", quantity: 1 }])),
      "not_found",
    );
    await userError(
      createAndPlaceOrder(
        shop.scope,
        orderInput(shop, [{ variantId: live.id, quantity: 1 }], { customerId: "nobody" }),
      ),
      "not_found",
    );
    await userError(
      createAndPlaceOrder(
        shop.scope,
        orderInput(shop, [{ variantId: live.id, quantity: 1 }], { locationId: "nowhere" }),
      ),
      "not_found",
    );
  });
});

describe("drafts", () => {
  it("holds no stock, can be edited, and is priced again when placed", async () => {
    const lamp = await stocked(6, { price: "40.00", cost: "18.00" });
    const bulb = await stocked(6, { price: "3.00", cost: "1.00" });
    const customer = await addCustomer(shop, "Alan", "Turing");

    const draft = await createDraftOrder(
      shop.scope,
      orderInput(shop, [{ variantId: lamp.id, quantity: 1 }], { customerId: customer.id }),
    );
    expect(draft.after).toMatchObject({ status: "DRAFT", totalMinor: 4000 });
    expect(await levelOf(lamp.id, shop.main.id)).toMatchObject({ committed: 0 });

    const edited = await updateDraftOrder(
      shop.scope,
      draft.id,
      orderInput(
        shop,
        [
          { variantId: lamp.id, quantity: 2 },
          { variantId: bulb.id, quantity: 4 },
        ],
        { customerId: customer.id, notes: "Call first" },
      ),
    );
    expect(edited.before?.totalMinor).toBe(4000);
    expect(edited.after).toMatchObject({ totalMinor: 9200, notes: "Call first" });
    expect(edited.after.lines).toHaveLength(2);
    expect((await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).orderCount).toBe(
      0,
    );

    // The price and cost at the time of sale are what the order keeps.
    await db.variant.update({
      where: { id: lamp.id },
      data: { priceMinor: 4500, costMinor: 20_00 },
    });
    const placed = await placeOrder(shop.scope, draft.id);
    expect(placed.after).toMatchObject({ status: "PLACED", totalMinor: 2 * 4500 + 1200 });
    expect(placed.after.lines.find((l) => l.variantId === lamp.id)).toMatchObject({
      unitPriceMinor: 4500,
      unitCostMinor: 2000,
    });
    expect(await levelOf(lamp.id, shop.main.id)).toMatchObject({ committed: 2 });
    expect(await levelOf(bulb.id, shop.main.id)).toMatchObject({ committed: 4 });
    expect(await timeline(draft.id)).toEqual([
      "created ∅→DRAFT",
      "updated DRAFT→DRAFT",
      "placed DRAFT→PLACED",
    ]);
    expect(await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      orderCount: 1,
      lifetimeValueMinor: 10_200,
    });

    const again = await userError(placeOrder(shop.scope, draft.id), "conflict");
    expect(again.message).toBe("This order has already been placed.");
    const edit = await userError(
      updateDraftOrder(
        shop.scope,
        draft.id,
        orderInput(shop, [{ variantId: lamp.id, quantity: 1 }]),
      ),
      "conflict",
    );
    expect(edit.message).toMatch(/cannot be edited/);
  });

  it("refuses to place a draft when stock ran out, naming the line, and keeps it a draft", async () => {
    const vase = await stocked(1);
    const draft = await createDraftOrder(
      shop.scope,
      orderInput(shop, [{ variantId: vase.id, quantity: 2 }]),
    );
    const error = await userError(placeOrder(shop.scope, draft.id), "conflict");
    expect(error).toBeInstanceOf(ShortageError);
    expect(error.options.fieldErrors).toEqual({
      "lines.0.quantity": ["Only 1 available at Main store."],
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    expect(await levelOf(vase.id, shop.main.id)).toMatchObject({ committed: 0 });
  });
});

describe("backorders", () => {
  it("records the shortfall, waits for stock to fulfil, then ships", async () => {
    const boots = await stocked(2, { allowBackorder: true });
    const placed = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: boots.id, quantity: 5 }]),
    );
    expect(placed.backorders).toEqual([
      expect.objectContaining({ variantId: boots.id, quantity: 3 }),
    ]);
    expect(placed.after.lines[0]).toMatchObject({ quantity: 5, backorderedQty: 3 });
    expect(await levelOf(boots.id, shop.main.id)).toEqual({
      onHand: 2,
      committed: 5,
      backordered: 3,
      available: -3,
    });
    const waiting = await userError(fulfilOrder(shop.scope, placed.id), "conflict");
    expect(waiting.message).toMatch(/needs 3 more/);

    await receive(shop, boots.id, shop.main.id, 3);
    await fulfilOrder(shop.scope, placed.id);
    expect(await levelOf(boots.id, shop.main.id)).toEqual({
      onHand: 0,
      committed: 0,
      backordered: 0,
      available: 0,
    });
  });

  it("never ships a backorder from units reserved for an earlier customer", async () => {
    const coat = await stocked(5, { allowBackorder: true });
    const early = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: coat.id, quantity: 5 }]),
    );
    const late = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: coat.id, quantity: 2 }]),
    );
    expect(late.backorders[0]?.quantity).toBe(2);

    // Five are on the shelf, but they are the early order's.
    await userError(fulfilOrder(shop.scope, late.id), "conflict");
    await fulfilOrder(shop.scope, early.id);
    await userError(fulfilOrder(shop.scope, late.id), "conflict");
    await receive(shop, coat.id, shop.main.id, 2);
    await fulfilOrder(shop.scope, late.id);
    expect(await levelOf(coat.id, shop.main.id)).toMatchObject({
      onHand: 0,
      committed: 0,
      backordered: 0,
    });
  });
});

describe("payment, fulfilment and delivery", () => {
  it("moves through the lifecycle with a timeline, shipping stock through the ledger", async () => {
    const jug = await stocked(8);
    const placed = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: jug.id, quantity: 3 }]),
    );

    const paid = await markPaid(shop.scope, placed.id, { note: "Card" });
    expect(paid.before?.status).toBe("PLACED");
    expect(paid.after).toMatchObject({ status: "PAID", paymentStatus: "PAID" });
    expect((await userError(markPaid(shop.scope, placed.id), "conflict")).message).toBe(
      "This order has already been paid.",
    );
    await userError(markDelivered(shop.scope, placed.id), "conflict");

    const fulfilled = await fulfilOrder(shop.scope, placed.id, {
      carrier: "Royal Mail",
      trackingNumber: "RM123",
      trackingUrl: "https://track.example.com/RM123",
    });
    expect(fulfilled.after).toMatchObject({
      status: "FULFILLED",
      carrier: "Royal Mail",
      trackingNumber: "RM123",
      trackingUrl: "https://track.example.com/RM123",
    });
    expect(await levelOf(jug.id, shop.main.id)).toMatchObject({ onHand: 5, committed: 0 });
    const sale = await db.stockMovement.findFirstOrThrow({
      where: { variantId: jug.id, type: "SALE" },
    });
    expect(sale).toMatchObject({
      quantity: -3,
      balanceAfter: 5,
      referenceType: "order",
      referenceId: placed.id,
      actorLabel: shop.scope.actor.label,
    });
    await userError(fulfilOrder(shop.scope, placed.id), "conflict");

    const delivered = await markDelivered(shop.scope, placed.id);
    expect(delivered.after.status).toBe("DELIVERED");
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.id } });
    expect([order.paidAt, order.fulfilledAt, order.deliveredAt].every(Boolean)).toBe(true);
    expect(await timeline(placed.id)).toEqual([
      "placed ∅→PLACED",
      "paid PLACED→PAID",
      "fulfilled PAID→FULFILLED",
      "delivered FULFILLED→DELIVERED",
    ]);
    const events = await db.orderEvent.findMany({ where: { orderId: placed.id } });
    expect(events.every((e) => e.actorId === shop.owner.userId && e.actorType === "USER")).toBe(
      true,
    );
    expect(events.find((e) => e.type === "fulfilled")?.message).toBe(
      "Shipped via Royal Mail, tracking RM123.",
    );
  });

  it("ships on account, then takes payment without moving the status back", async () => {
    const pen = await stocked(2);
    const placed = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: pen.id, quantity: 1 }]),
    );
    await fulfilOrder(shop.scope, placed.id);
    const paid = await markPaid(shop.scope, placed.id);
    expect(paid.after).toMatchObject({ status: "FULFILLED", paymentStatus: "PAID" });
  });
});

describe("cancelOrder", () => {
  it("releases reserved stock, refunds a paid order when asked, and stops counting it", async () => {
    const bag = await stocked(4);
    const customer = await addCustomer(shop, "Hedy", "Lamarr");
    const placed = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: bag.id, quantity: 3 }], { customerId: customer.id }),
    );
    await markPaid(shop.scope, placed.id);
    expect(await levelOf(bag.id, shop.main.id)).toMatchObject({ committed: 3 });

    const cancelled = await cancelOrder(shop.scope, placed.id, {
      reason: "Changed mind",
      refund: true,
    });
    expect(cancelled.after).toMatchObject({
      status: "CANCELLED",
      paymentStatus: "REFUNDED",
      refundedMinor: placed.after.totalMinor,
    });
    expect(await levelOf(bag.id, shop.main.id)).toMatchObject({ onHand: 4, committed: 0 });
    expect(await db.refund.count({ where: { orderId: placed.id } })).toBe(1);
    expect(await timeline(placed.id)).toEqual([
      "placed ∅→PLACED",
      "paid PLACED→PAID",
      "cancelled PAID→CANCELLED",
      "refunded CANCELLED→CANCELLED",
    ]);
    expect(await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({
      orderCount: 0,
      lifetimeValueMinor: 0,
      lastOrderAt: null,
    });
    expect((await userError(cancelOrder(shop.scope, placed.id), "conflict")).message).toBe(
      "This order has already been cancelled.",
    );
  });

  it("cancels drafts without touching stock and refuses once the goods have left", async () => {
    const cup = await stocked(3);
    const draft = await createDraftOrder(
      shop.scope,
      orderInput(shop, [{ variantId: cup.id, quantity: 1 }]),
    );
    await cancelOrder(shop.scope, draft.id);
    expect(await levelOf(cup.id, shop.main.id)).toMatchObject({ onHand: 3, committed: 0 });

    const placed = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: cup.id, quantity: 1 }]),
    );
    await fulfilOrder(shop.scope, placed.id);
    await markDelivered(shop.scope, placed.id);
    const error = await userError(cancelOrder(shop.scope, placed.id), "conflict");
    expect(error.message).toBe("A delivered order cannot be cancelled; record a return instead.");
  });

  it("keeps the payment of a cancelled paid order until it is refunded", async () => {
    const pot = await stocked(1);
    const placed = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: pot.id, quantity: 1 }]),
    );
    await markPaid(shop.scope, placed.id);
    const cancelled = await cancelOrder(shop.scope, placed.id);
    expect(cancelled.after).toMatchObject({ status: "CANCELLED", paymentStatus: "PAID" });
    const refunded = await refundOrder(shop.scope, placed.id, {
      amount: 1250,
      reason: "Cancelled",
    });
    expect(refunded.after.paymentStatus).toBe("REFUNDED");
  });
});

describe("recordReturn", () => {
  it("takes back at most what shipped, restocking through the ledger or writing off", async () => {
    const [small, large] = await addProduct(shop, { sizes: ["S", "L"] });
    await receive(shop, small!.id, shop.main.id, 5);
    await receive(shop, large!.id, shop.main.id, 5);
    const placed = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [
        { variantId: small!.id, quantity: 3 },
        { variantId: large!.id, quantity: 2 },
      ]),
    );
    const [lineS, lineL] = placed.after.lines;
    await userError(
      recordReturn(shop.scope, placed.id, {
        reason: "Too early",
        lines: [{ orderLineId: lineS!.id, quantity: 1, restock: true }],
      }),
      "conflict",
    );
    await fulfilOrder(shop.scope, placed.id);

    const input = returnSchema.parse({
      orderId: placed.id,
      reason: "Wrong size",
      lines: [
        { orderLineId: lineS!.id, quantity: "2", restock: true },
        { orderLineId: lineL!.id, quantity: "1", restock: false },
      ],
    });
    const returned = await recordReturn(shop.scope, placed.id, input);
    expect(returned.after.lines.map((l) => l.returnedQty)).toEqual([2, 1]);
    expect(returned.after.status).toBe("FULFILLED");
    expect(await levelOf(small!.id, shop.main.id)).toMatchObject({ onHand: 4, committed: 0 });
    expect(await levelOf(large!.id, shop.main.id)).toMatchObject({ onHand: 3 });
    const movement = await db.stockMovement.findFirstOrThrow({
      where: { variantId: small!.id, type: "RETURN" },
    });
    expect(movement).toMatchObject({
      quantity: 2,
      reason: "Wrong size",
      referenceType: "order",
      referenceId: placed.id,
    });
    expect(await db.stockMovement.count({ where: { variantId: large!.id, type: "RETURN" } })).toBe(
      0,
    );

    const over = await userError(
      recordReturn(shop.scope, placed.id, {
        reason: "More",
        lines: [{ orderLineId: lineS!.id, quantity: 2, restock: true }],
      }),
      "conflict",
    );
    expect(over.message).toMatch(/Only 1 of .* can be returned \(3 shipped, 2 already returned\)/);
    expect(over.options.fieldErrors).toHaveProperty(["lines.0.quantity"]);

    const other = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: small!.id, quantity: 1 }]),
    );
    await userError(
      recordReturn(shop.scope, placed.id, {
        reason: "Stray",
        lines: [{ orderLineId: other.after.lines[0]!.id, quantity: 1, restock: true }],
      }),
      "not_found",
    );

    const detail = await getOrderDetail(shop.scope, placed.id);
    expect(detail.returns).toHaveLength(1);
    expect(detail.returns[0]).toMatchObject({
      reason: "Wrong size",
      actorLabel: shop.scope.actor.label,
    });
    expect(detail.returns[0]!.lines).toHaveLength(2);
  });
});

describe("refundOrder", () => {
  it("refunds in part and in full, never more than was paid, netting customer value", async () => {
    const lamp = await stocked(2, { price: "100.00" });
    const customer = await addCustomer(shop, "Ida", "Rhodes");
    const placed = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: lamp.id, quantity: 1 }], { customerId: customer.id }),
    );
    const unpaid = await userError(
      refundOrder(shop.scope, placed.id, { amount: 100, reason: "x" }),
      "conflict",
    );
    expect(unpaid.message).toMatch(/nothing to refund/);
    await markPaid(shop.scope, placed.id);

    const partial = await refundOrder(shop.scope, placed.id, { amount: 2500, reason: "Scratched" });
    expect(partial.after).toMatchObject({
      paymentStatus: "PARTIALLY_REFUNDED",
      refundedMinor: 2500,
    });
    expect(
      (await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).lifetimeValueMinor,
    ).toBe(7500);

    const tooMuch = await userError(
      refundOrder(shop.scope, placed.id, { amount: 7501, reason: "x" }),
      "conflict",
    );
    expect(tooMuch.message).toBe(
      "At most £75.00 can be refunded (£100.00 paid, £25.00 already refunded).",
    );
    const full = await refundOrder(shop.scope, placed.id, { amount: 7500, reason: "Returned" });
    expect(full.after).toMatchObject({ paymentStatus: "REFUNDED", refundedMinor: 10_000 });
    await userError(refundOrder(shop.scope, placed.id, { amount: 1, reason: "x" }), "conflict");
    expect(
      await db.refund.findMany({ where: { orderId: placed.id }, orderBy: { createdAt: "asc" } }),
    ).toEqual([
      expect.objectContaining({ amountMinor: 2500, reason: "Scratched" }),
      expect.objectContaining({ amountMinor: 7500, reason: "Returned" }),
    ]);
    expect(
      (await db.customer.findUniqueOrThrow({ where: { id: customer.id } })).lifetimeValueMinor,
    ).toBe(0);
  });
});

describe("getOrderDetail and getVariantAvailability", () => {
  it("returns lines with names, the timeline with actors, refunds and the customer", async () => {
    const [tee] = await addProduct(shop, { name: "Linen shirt", sizes: ["M"] });
    await receive(shop, tee!.id, shop.main.id, 3);
    const customer = await addCustomer(shop, "Katherine", "Johnson");
    const placed = await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: tee!.id, quantity: 1 }], { customerId: customer.id }),
    );
    await markPaid(shop.scope, placed.id);
    await refundOrder(shop.scope, placed.id, { amount: 100, reason: "Late" });

    const detail = await getOrderDetail(shop.scope, placed.id);
    expect(detail).toMatchObject({
      number: placed.number,
      status: "PAID",
      paymentStatus: "PARTIALLY_REFUNDED",
      location: { id: shop.main.id, name: "Main store" },
      customer: { id: customer.id, name: "Katherine Johnson" },
    });
    expect(detail.lines[0]).toMatchObject({
      productName: "Linen shirt",
      optionValues: ["M"],
      quantity: 1,
    });
    expect(detail.lines[0]!.label).toMatch(/^Linen shirt — M \(/);
    expect(detail.events.map((e) => e.type)).toEqual(["placed", "paid", "refunded"]);
    expect(detail.events.every((e) => e.actorLabel === shop.scope.actor.label)).toBe(true);
    expect(detail.refunds).toEqual([expect.objectContaining({ amountMinor: 100, reason: "Late" })]);
    await userError(getOrderDetail(shop.scope, "missing"), "not_found");
  });

  it("reports available stock per variant at a location", async () => {
    const plain = await stocked(7);
    const flexible = await stocked(1, { allowBackorder: true });
    await createAndPlaceOrder(shop.scope, orderInput(shop, [{ variantId: plain.id, quantity: 2 }]));
    await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, [{ variantId: flexible.id, quantity: 3 }]),
    );
    const rows = await getVariantAvailability(shop.scope, {
      locationId: shop.main.id,
      variantIds: [plain.id, flexible.id, "unknown"],
    });
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.variantId === plain.id)).toEqual({
      variantId: plain.id,
      onHand: 7,
      committed: 2,
      available: 5,
      backordered: 0,
      allowBackorder: false,
    });
    expect(rows.find((r) => r.variantId === flexible.id)).toMatchObject({
      available: -2,
      backordered: 2,
      allowBackorder: true,
    });
    const elsewhere = await getVariantAvailability(shop.scope, {
      locationId: shop.warehouse.id,
      variantIds: [plain.id],
    });
    expect(elsewhere[0]).toMatchObject({ onHand: 0, available: 0 });
  });
});

describe("invariants after this file's orders", () => {
  it("keeps every ledger, level and customer consistent", async () => {
    await expectStockConsistent(shop.orgId);
    await expectCustomerStatsConsistent(shop.orgId);
  });
});
