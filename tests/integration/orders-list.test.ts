import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { createDraftOrder } from "@/lib/orders/draft-orders";
import { fulfilOrder } from "@/lib/orders/fulfil-order";
import { ORDER_EXPORT_COLUMNS, exportOrders, listOrders } from "@/lib/orders/list-orders";
import { markPaid } from "@/lib/orders/pay-order";
import { createAndPlaceOrder } from "@/lib/orders/place-order";
import { refundOrder } from "@/lib/orders/refund-order";
import { orderListSchema } from "@/lib/orders/schemas";
import {
  addCustomer,
  addProduct,
  openShop,
  orderInput,
  receive,
  type Shop,
} from "./support/orders";

let shop: Shop;
const ids: Record<string, string> = {};
const params = (raw: Record<string, string> = {}) => orderListSchema.parse(raw);

/**
 * Six orders: Ada's two online ones (one fulfilled with tracking, one paid and part-refunded),
 * Bob's in-store one at the warehouse, an anonymous phone order, a draft and a cancelled one.
 */
beforeAll(async () => {
  shop = await openShop("Listing");
  const [item] = await addProduct(shop, { price: "10.00" });
  await receive(shop, item!.id, shop.main.id, 50);
  await receive(shop, item!.id, shop.warehouse.id, 50);
  const ada = await addCustomer(shop, "Ada", "Lovelace");
  const bob = await addCustomer(shop, "Bob", "Marley");
  const line = (quantity: number) => [{ variantId: item!.id, quantity }];

  ids.adaShipped = (
    await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, line(3), { customerId: ada.id, channel: "ONLINE" }),
    )
  ).id;
  await markPaid(shop.scope, ids.adaShipped);
  await fulfilOrder(shop.scope, ids.adaShipped, { carrier: "DPD", trackingNumber: "DPD-1" });
  ids.adaPaid = (
    await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, line(5), { customerId: ada.id, channel: "ONLINE" }),
    )
  ).id;
  await markPaid(shop.scope, ids.adaPaid);
  await refundOrder(shop.scope, ids.adaPaid, { amount: 500, reason: "Late" });
  ids.bob = (
    await createAndPlaceOrder(
      shop.scope,
      orderInput(shop, line(1), { customerId: bob.id, locationId: shop.warehouse.id }),
    )
  ).id;
  ids.phone = (
    await createAndPlaceOrder(shop.scope, orderInput(shop, line(2), { channel: "PHONE" }))
  ).id;
  ids.draft = (await createDraftOrder(shop.scope, orderInput(shop, line(4)))).id;
  ids.cancelled = (await createAndPlaceOrder(shop.scope, orderInput(shop, line(1)))).id;
  await cancelOrder(shop.scope, ids.cancelled);

  // Ada's shipped order was placed in January, in the shop's time zone (London, winter).
  await db.order.update({
    where: { id: ids.adaShipped },
    data: { placedAt: new Date("2026-01-10T23:30:00Z") },
  });
});

const found = async (raw: Record<string, string>, timeZone?: string) =>
  (await listOrders(shop.scope, params(raw), timeZone)).rows.map((r) => r.id);

describe("listOrders", () => {
  it("pages through the newest orders first, with plain rows", async () => {
    const page = await listOrders(shop.scope, params({ pageSize: "25" }));
    expect(page.total).toBe(6);
    expect(page.rows.map((r) => r.number)).toEqual([6, 5, 4, 3, 2, 1]);
    const shipped = page.rows.find((r) => r.id === ids.adaShipped)!;
    expect(shipped).toMatchObject({
      status: "FULFILLED",
      paymentStatus: "PAID",
      channel: "ONLINE",
      customer: { name: "Ada Lovelace" },
      locationName: "Main store",
      units: 3,
      totalMinor: 3000,
      currency: "GBP",
      trackingNumber: "DPD-1",
      date: "2026-01-10T23:30:00.000Z",
    });
    expect(page.rows.find((r) => r.id === ids.phone)?.customer).toBeNull();
    expect(JSON.parse(JSON.stringify(page.rows))).toEqual(page.rows);
  });

  it("filters by status, payment, channel, location and customer", async () => {
    expect(await found({ status: "PLACED" })).toEqual([ids.phone, ids.bob]);
    expect(await found({ status: "DRAFT" })).toEqual([ids.draft]);
    expect(await found({ payment: "PARTIALLY_REFUNDED" })).toEqual([ids.adaPaid]);
    expect(await found({ channel: "ONLINE" })).toEqual([ids.adaPaid, ids.adaShipped]);
    expect(await found({ location: shop.warehouse.id })).toEqual([ids.bob]);
    expect(await found({ status: "BOGUS" })).toHaveLength(6);
  });

  it("searches by number, customer name and email", async () => {
    expect(await found({ q: "#3" })).toEqual([ids.bob]);
    expect(await found({ q: "lovelace" })).toEqual([ids.adaPaid, ids.adaShipped]);
    expect(await found({ q: "ada love" })).toEqual([ids.adaPaid, ids.adaShipped]);
    expect(await found({ q: "bob-" })).toEqual([ids.bob]);
    expect(await found({ q: "nobody" })).toEqual([]);
  });

  it("filters by date in the shop's time zone", async () => {
    expect(await found({ from: "2026-01-11", to: "2026-01-11" }, "Europe/London")).toEqual([]);
    expect(await found({ from: "2026-01-10", to: "2026-01-10" }, "Europe/London")).toEqual([
      ids.adaShipped,
    ]);
    expect(await found({ from: "2026-01-11", to: "2026-01-11" }, "Europe/Paris")).toEqual([
      ids.adaShipped,
    ]);
    expect(await found({ to: "2026-01-31" })).toEqual([ids.adaShipped]);
    expect((await found({ from: "2026-02-01" })).length).toBe(5);
  });

  it("sorts by total, customer and date", async () => {
    expect(await found({ sort: "total", dir: "desc", status: "PLACED" })).toEqual([
      ids.phone,
      ids.bob,
    ]);
    const byTotal = await listOrders(shop.scope, params({ sort: "total", dir: "asc" }));
    const totals = byTotal.rows.map((r) => r.totalMinor);
    expect(totals).toEqual([...totals].sort((x, y) => x - y));
    expect((await found({ sort: "customer", dir: "asc", q: "a" })).slice(0, 2)).toEqual(
      expect.arrayContaining([ids.adaPaid, ids.adaShipped]),
    );
    expect((await found({ sort: "date", dir: "asc" }))[0]).toBe(ids.adaShipped);
    const paged = await listOrders(
      shop.scope,
      params({ sort: "number", dir: "asc", page: "2", pageSize: "25" }),
    );
    expect(paged).toMatchObject({ rows: [], page: 2, pageCount: 1 });
  });
});

describe("exportOrders", () => {
  it("exports the current view with readable labels and decimal money", async () => {
    const rows = await exportOrders(shop.scope, params({ channel: "ONLINE" }));
    expect(rows).toHaveLength(2);
    const paid = rows[0]!;
    expect(paid).toHaveLength(ORDER_EXPORT_COLUMNS.length);
    expect(paid.slice(2, 9)).toEqual([
      "Paid",
      "Partially refunded",
      "Online",
      "Main store",
      "Ada Lovelace",
      expect.stringContaining("@customers.test"),
      5,
    ]);
    expect(paid.slice(9, 14)).toEqual(["GBP", "50.00", "0.00", "50.00", "5.00"]);
  });
});
