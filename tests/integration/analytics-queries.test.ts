import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  getCategoryMix,
  getHourlySales,
  getKpis,
  getProductTrend,
  getSalesSeries,
  getStaffing,
  getTopProducts,
  getWeekdaySales,
} from "@/lib/analytics/queries";
import { createCategory } from "@/lib/catalog/categories";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { applyMovements } from "@/lib/inventory/ledger";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { createAndPlaceOrder } from "@/lib/orders/place-order";
import { updateOrganization } from "@/lib/organizations/update-organization";
import { addProduct, openShop, orderInput, receive, type Shop } from "./support/orders";

/**
 * A hand-computed week in New York (UTC−5 in January). 2026-01-05 is a Monday.
 *   Dec 29 10:00 Mon  main  IN_STORE  B×2                      2000 (cost 1200)  previous week
 *   Jan 5  09:30 Mon  main  IN_STORE  A×2                      4000 (cost 1600)
 *   Jan 5  22:30 Mon  main  ONLINE    A×1 + B×1                3000 (cost 1400)  UTC: Jan 6 03:30
 *   Jan 7  10:10 Wed  wh    ONLINE    A×1, 5.00 off            1500 (cost  800)
 *   Jan 7  11:00 Wed  main  IN_STORE  B×3, then cancelled      —
 * A = 20.00 (cost 8.00, Apparel), B = 10.00 (cost 6.00, Home).
 * Stock: B at the warehouse counted to 0 Thu 00:00, back Fri 12:00 (1.5 days out); A at the
 * warehouse counted to 0 Sat 12:00 and still out (1.5 days to the end of Sunday).
 */
const at = (iso: string) => vi.setSystemTime(new Date(iso));
const week = { from: "2026-01-05", to: "2026-01-11" };
const previousWeek = { from: "2025-12-29", to: "2026-01-04" };

let shop: Shop;
let other: Shop;
let a: { id: string; productId: string };
let b: { id: string; productId: string };
let apparel: string;
let home: string;

async function count(s: Shop, variantId: string, locationId: string, quantity: number) {
  await db.$transaction((tx) =>
    applyMovements({ ...s.scope, db: tx }, [{ variantId, locationId, type: "COUNT", quantity }]),
  );
}

async function product(s: Shop, name: string, price: string, cost: string) {
  const [variant] = await addProduct(s, { name, price, cost });
  return db.variant.findUniqueOrThrow({
    where: { id: variant!.id },
    select: { id: true, productId: true },
  });
}

async function sell(s: Shop, iso: string, lines: Parameters<typeof orderInput>[1], extra = {}) {
  at(iso);
  return createAndPlaceOrder(s.scope, orderInput(s, lines, extra));
}

beforeAll(async () => {
  shop = await openShop("Analytics");
  await updateOrganization(shop.scope, {
    name: "Analytics shop",
    currency: "GBP",
    timezone: "America/New_York",
  });
  apparel = (await createCategory(shop.scope, { name: "Apparel" })).after.id;
  home = (await createCategory(shop.scope, { name: "Home" })).after.id;
  a = await product(shop, "Alpha tee", "20.00", "8.00");
  b = await product(shop, "Beta mug", "10.00", "6.00");
  await db.product.update({ where: { id: a.productId }, data: { categoryId: apparel } });
  await db.product.update({ where: { id: b.productId }, data: { categoryId: home } });

  vi.useFakeTimers({ toFake: ["Date"] });
  at("2025-12-28T12:00:00Z");
  await receive(shop, a.id, shop.main.id, 10);
  await receive(shop, b.id, shop.main.id, 10);
  await receive(shop, a.id, shop.warehouse.id, 5);
  await receive(shop, b.id, shop.warehouse.id, 2);
  await sell(shop, "2025-12-29T15:00:00Z", [{ variantId: b.id, quantity: 2 }]);
  await sell(shop, "2026-01-05T14:30:00Z", [{ variantId: a.id, quantity: 2 }]);
  await sell(
    shop,
    "2026-01-06T03:30:00Z",
    [
      { variantId: a.id, quantity: 1 },
      { variantId: b.id, quantity: 1 },
    ],
    { channel: "ONLINE" },
  );
  await sell(shop, "2026-01-07T15:10:00Z", [{ variantId: a.id, quantity: 1, discount: "5.00" }], {
    channel: "ONLINE",
    locationId: shop.warehouse.id,
  });
  const cancelled = await sell(shop, "2026-01-07T16:00:00Z", [{ variantId: b.id, quantity: 3 }]);
  at("2026-01-07T17:00:00Z");
  await cancelOrder(shop.scope, cancelled.id);
  at("2026-01-08T05:00:00Z");
  await count(shop, b.id, shop.warehouse.id, -2);
  at("2026-01-09T17:00:00Z");
  await receive(shop, b.id, shop.warehouse.id, 1);
  at("2026-01-10T17:00:00Z");
  await count(shop, a.id, shop.warehouse.id, -5);
  vi.useRealTimers();

  // B at the main store: 10 on hand, 1 reserved by the online order, reorder point 9 → low.
  await db.inventoryLevel.update({
    where: { variantId_locationId: { variantId: b.id, locationId: shop.main.id } },
    data: { reorderPoint: 9 },
  });
  await db.staffShift.createMany({
    data: [
      {
        orgId: shop.orgId,
        person: "Sam",
        locationId: shop.main.id,
        startAt: new Date("2026-01-05T14:30:00Z"),
        endAt: new Date("2026-01-05T17:15:00Z"),
      },
      {
        orgId: shop.orgId,
        person: "Kim",
        locationId: shop.warehouse.id,
        startAt: new Date("2026-01-05T14:00:00Z"),
        endAt: new Date("2026-01-05T15:00:00Z"),
      },
    ],
  });

  // Another organisation selling the same week: none of it may show up above.
  other = await openShop("Elsewhere");
  const [x] = await addProduct(other, { price: "99.00", cost: "1.00" });
  await receive(other, x!.id, other.main.id, 50);
  vi.useFakeTimers({ toFake: ["Date"] });
  await sell(other, "2026-01-05T15:00:00Z", [{ variantId: x!.id, quantity: 7 }]);
  vi.useRealTimers();
  await db.staffShift.create({
    data: {
      orgId: other.orgId,
      person: "Sam",
      locationId: other.main.id,
      startAt: new Date("2026-01-05T14:00:00Z"),
      endAt: new Date("2026-01-05T22:00:00Z"),
    },
  });
}, 60_000);

afterEach(() => vi.useRealTimers());

describe("dashboard queries", () => {
  it("computes KPIs with a comparison period, margin % and AOV", async () => {
    const { current, previous } = await getKpis(shop.scope, week, previousWeek);
    expect(current).toEqual({
      revenueMinor: 8500,
      units: 5,
      orders: 3,
      averageOrderValueMinor: 2833,
      grossMarginMinor: 4700,
      grossMarginPct: 55.3,
      stockOutVariants: 1,
      stockOutDays: 3,
      lowStockVariants: 1,
    });
    expect(previous).toMatchObject({
      revenueMinor: 2000,
      units: 2,
      orders: 1,
      averageOrderValueMinor: 2000,
      grossMarginMinor: 800,
      grossMarginPct: 40,
      stockOutDays: 0,
      stockOutVariants: 0,
    });
    const empty = await getKpis(shop.scope, { from: "2025-06-01", to: "2025-06-30" }, null);
    expect(empty.previous).toBeNull();
    expect(empty.current).toMatchObject({
      revenueMinor: 0,
      orders: 0,
      averageOrderValueMinor: null,
      grossMarginPct: null,
    });
  });

  it("filters by location, channel and category (orders counted from the raw lines)", async () => {
    const main = await getKpis(shop.scope, { ...week, locationId: shop.main.id }, null);
    expect(main.current).toMatchObject({ revenueMinor: 7000, orders: 2, stockOutDays: 0 });
    const online = await getKpis(shop.scope, { ...week, channel: "ONLINE" }, null);
    expect(online.current).toMatchObject({ revenueMinor: 4500, units: 3, orders: 2 });
    const clothes = await getKpis(shop.scope, { ...week, categoryId: apparel }, null);
    expect(clothes.current).toMatchObject({
      revenueMinor: 7500,
      units: 4,
      orders: 3,
      averageOrderValueMinor: 2500,
      grossMarginMinor: 4300,
      // A at the warehouse only: Saturday noon to the end of Sunday.
      stockOutDays: 1.5,
    });
    const mugs = await getKpis(shop.scope, { ...week, categoryId: home }, null);
    expect(mugs.current).toMatchObject({ revenueMinor: 1000, orders: 1, stockOutDays: 1.5 });
  });

  it("counts stock-outs now for a period ending today", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { current } = await getKpis(shop.scope, { from: "2026-01-01", to: today }, null);
    expect(current.stockOutVariants).toBe(1);
    expect(current.lowStockVariants).toBe(1);
  });

  it("returns every day, week or month bucket with zeros", async () => {
    const days = await getSalesSeries(shop.scope, week, "day");
    expect(days.map((d) => d.bucket)).toEqual([
      "2026-01-05",
      "2026-01-06",
      "2026-01-07",
      "2026-01-08",
      "2026-01-09",
      "2026-01-10",
      "2026-01-11",
    ]);
    expect(days[0]).toEqual({
      bucket: "2026-01-05",
      revenueMinor: 7000,
      units: 4,
      orders: 2,
      grossMarginMinor: 4000,
    });
    expect(days[1]).toMatchObject({ revenueMinor: 0, orders: 0 });
    expect(days[2]).toMatchObject({ revenueMinor: 1500, orders: 1, grossMarginMinor: 700 });
    const weeks = await getSalesSeries(
      shop.scope,
      { from: "2025-12-31", to: "2026-01-11" },
      "week",
    );
    expect(weeks).toEqual([
      { bucket: "2025-12-31", revenueMinor: 0, units: 0, orders: 0, grossMarginMinor: 0 },
      { bucket: "2026-01-05", revenueMinor: 8500, units: 5, orders: 3, grossMarginMinor: 4700 },
    ]);
    const months = await getSalesSeries(
      shop.scope,
      { from: "2025-12-01", to: "2026-01-31" },
      "month",
    );
    expect(months.map((m) => [m.bucket, m.revenueMinor, m.orders])).toEqual([
      ["2025-12-01", 2000, 1],
      ["2026-01-01", 8500, 3],
    ]);
    const clothes = await getSalesSeries(shop.scope, { ...week, categoryId: apparel }, "day");
    expect(clothes[0]).toMatchObject({ revenueMinor: 6000, orders: 2 });
  });

  it("ranks top products and splits the category mix", async () => {
    expect(await getTopProducts(shop.scope, week, "revenue", 10)).toEqual([
      {
        productId: a.productId,
        name: "Alpha tee",
        revenueMinor: 7500,
        units: 4,
        grossMarginMinor: 4300,
      },
      {
        productId: b.productId,
        name: "Beta mug",
        revenueMinor: 1000,
        units: 1,
        grossMarginMinor: 400,
      },
    ]);
    const [top] = await getTopProducts(shop.scope, previousWeek, "units", 1);
    expect(top).toMatchObject({ productId: b.productId, units: 2 });
    expect(await getCategoryMix(shop.scope, week)).toEqual([
      { categoryId: apparel, name: "Apparel", revenueMinor: 7500, units: 4 },
      { categoryId: home, name: "Home", revenueMinor: 1000, units: 1 },
    ]);

    // December read as a whole month, 1–6 January day by day; the same through the daily rows.
    const monthAndDays = { from: "2025-12-01", to: "2026-01-06" };
    for (const period of [monthAndDays, { ...monthAndDays, locationId: shop.main.id }]) {
      expect(await getTopProducts(shop.scope, period, "units", 10)).toMatchObject([
        { productId: a.productId, revenueMinor: 6000, units: 3 },
        { productId: b.productId, revenueMinor: 3000, units: 3 },
      ]);
      expect(await getCategoryMix(shop.scope, period)).toEqual([
        { categoryId: apparel, name: "Apparel", revenueMinor: 6000, units: 3 },
        { categoryId: home, name: "Home", revenueMinor: 3000, units: 3 },
      ]);
      expect(
        (await getKpis(shop.scope, { ...period, categoryId: home }, null)).current,
      ).toMatchObject({ revenueMinor: 3000, units: 3, orders: 2 });
    }
  });

  it("buckets by local weekday and hour, not UTC", async () => {
    const weekdays = await getWeekdaySales(shop.scope, week);
    expect(weekdays).toHaveLength(7);
    expect(weekdays[0]).toEqual({
      weekday: 1,
      weekend: false,
      revenueMinor: 7000,
      units: 4,
      orders: 2,
      days: 1,
    });
    expect(weekdays[1]).toMatchObject({ weekday: 2, revenueMinor: 0, orders: 0 });
    expect(weekdays[2]).toMatchObject({ weekday: 3, revenueMinor: 1500, orders: 1 });
    expect(weekdays[6]).toMatchObject({ weekday: 7, weekend: true, days: 1 });

    const hours = await getHourlySales(shop.scope, week);
    expect(hours).toHaveLength(24);
    const busy = hours.filter((h) => h.orders > 0).map((h) => [h.hour, h.revenueMinor, h.orders]);
    expect(busy).toEqual([
      [9, 4000, 1],
      [10, 1500, 1],
      [22, 3000, 1],
    ]);
    const homeHours = await getHourlySales(shop.scope, { ...week, categoryId: home });
    expect(homeHours.filter((h) => h.orders > 0).map((h) => [h.hour, h.revenueMinor])).toEqual([
      [22, 1000],
    ]);
  });

  it("compares labour hours with revenue per weekday and hour", async () => {
    const grid = await getStaffing(shop.scope, week);
    expect(grid).toHaveLength(168);
    const cell = (weekday: number, hour: number) =>
      grid.find((p) => p.weekday === weekday && p.hour === hour)!;
    expect(cell(1, 9)).toEqual({
      weekday: 1,
      hour: 9,
      labourHours: 1.5,
      revenueMinor: 4000,
      revenuePerLabourHourMinor: 2667,
    });
    expect(cell(1, 10).labourHours).toBe(1);
    expect(cell(1, 12).labourHours).toBe(0.25);
    expect(cell(1, 22)).toMatchObject({
      labourHours: 0,
      revenueMinor: 3000,
      revenuePerLabourHourMinor: null,
    });
    const main = await getStaffing(shop.scope, { ...week, locationId: shop.main.id });
    expect(main.find((p) => p.weekday === 1 && p.hour === 9)).toMatchObject({
      labourHours: 0.5,
      revenuePerLabourHourMinor: 8000,
    });

    // The same rota a week earlier adds up; a Sunday night shift runs into Monday.
    const extra = await db.staffShift.createManyAndReturn({
      data: [
        ["2025-12-29T14:30:00Z", "2025-12-29T17:15:00Z"],
        ["2026-01-12T03:30:00Z", "2026-01-12T06:00:00Z"],
      ].map(([startAt, endAt]) => ({
        orgId: shop.orgId,
        person: "Sam",
        locationId: shop.main.id,
        startAt: new Date(startAt!),
        endAt: new Date(endAt!),
      })),
    });
    const labour = async (to: string) => {
      const fortnight = await getStaffing(shop.scope, { from: "2025-12-29", to });
      return (weekday: number, hour: number) =>
        fortnight.find((p) => p.weekday === weekday && p.hour === hour)!.labourHours;
    };
    const cutAtSunday = await labour("2026-01-11");
    expect([cutAtSunday(1, 9), cutAtSunday(1, 12), cutAtSunday(7, 22), cutAtSunday(7, 23)]).toEqual(
      [2, 0.5, 0.5, 1],
    );
    expect(cutAtSunday(1, 0)).toBe(0);
    expect((await labour("2026-01-12"))(1, 0)).toBe(1);
    await db.staffShift.deleteMany({ where: { id: { in: extra.map((x) => x.id) } } });
  });

  it("trends a product's sales with end-of-day stock", async () => {
    const trend = await getProductTrend(shop.scope, a.productId, {
      from: "2025-12-27",
      to: "2026-01-11",
    });
    expect(trend).toHaveLength(16);
    expect(trend[0]).toEqual({ day: "2025-12-27", units: 0, revenueMinor: 0, onHand: 0 });
    expect(trend[1]).toMatchObject({ day: "2025-12-28", onHand: 15 });
    const byDay = new Map(trend.map((d) => [d.day, d]));
    expect(byDay.get("2026-01-05")).toEqual({
      day: "2026-01-05",
      units: 3,
      revenueMinor: 6000,
      onHand: 15,
    });
    expect(byDay.get("2026-01-07")).toMatchObject({ units: 1, revenueMinor: 1500 });
    expect(byDay.get("2026-01-09")!.onHand).toBe(15);
    expect(byDay.get("2026-01-10")!.onHand).toBe(10);
    const warehouse = await getProductTrend(shop.scope, a.productId, {
      ...week,
      locationId: shop.warehouse.id,
    });
    expect(warehouse.map((d) => d.onHand)).toEqual([5, 5, 5, 5, 5, 0, 0]);
  });

  it("keeps organisations apart", async () => {
    const { current } = await getKpis(other.scope, week, null);
    expect(current).toMatchObject({ revenueMinor: 69300, orders: 1, stockOutDays: 0 });
    expect(
      (await getTopProducts(other.scope, week, "revenue", 10)).map((p) => p.name),
    ).not.toContain("Alpha tee");
    await expect(getProductTrend(other.scope, a.productId, week)).rejects.toThrow("not found");
    // The other shop is on UTC: its sale is at 15:00 there, with 8 labour hours from 14:00.
    const grid = await getStaffing(other.scope, week);
    expect(grid.reduce((sum, p) => sum + p.labourHours, 0)).toBe(8);
    expect(grid.find((p) => p.weekday === 1 && p.hour === 15)!.revenueMinor).toBe(69300);
  });

  it("refuses periods it cannot answer", async () => {
    await expect(
      getKpis(shop.scope, { from: "2026-01-10", to: "2026-01-01" }, null),
    ).rejects.toThrow(UserError);
    await expect(
      getSalesSeries(shop.scope, { from: "2026-02-30", to: "2026-03-01" }, "day"),
    ).rejects.toThrow("real calendar days");
    await expect(getTopProducts(shop.scope, week, "revenue", 0)).rejects.toThrow(UserError);
  });
});
