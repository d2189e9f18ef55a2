import { randomUUID } from "node:crypto";
import type { DemoVariant } from "./build-catalog";
import type { Random } from "./random";
import type { DemoCustomer } from "./build-customers";
import { createLedger, type Ledger } from "./ledger";

const DAY = 86_400_000;
/** Mon..Sun relative demand: weekends are the shop's busiest days. */
const WEEKDAY = [0.8, 0.85, 0.9, 1.0, 1.2, 1.65, 1.35];
const STORE_HOURS = [
  [9, 1],
  [10, 3],
  [11, 5],
  [12, 7],
  [13, 7],
  [14, 5],
  [15, 5],
  [16, 6],
  [17, 4],
] as const;
const WEB_HOURS = [
  [7, 2],
  [8, 3],
  [9, 3],
  [12, 5],
  [13, 5],
  [18, 5],
  [19, 7],
  [20, 8],
  [21, 6],
  [22, 3],
] as const;

/** Demand multiplier for a date: a spring lift, a summer lull and the run-up to Christmas. */
function season(date: Date) {
  const month = date.getUTCMonth();
  const byMonth = [0.85, 0.8, 0.9, 0.95, 1.0, 0.95, 0.9, 0.9, 1.0, 1.05, 1.3, 1.6];
  return byMonth[month]!;
}

export type SimulationInput = {
  orgId: string;
  random: Random;
  variants: DemoVariant[];
  customers: DemoCustomer[];
  locationIds: { shop: string; web: string };
  start: Date;
  end: Date;
  ordersPerDay: number;
  staff: { id: string; label: string };
};

/**
 * Plays out the shop's last months day by day: orders with realistic timing,
 * stock that runs down and is reordered from suppliers, cancellations, returns
 * and refunds. Every stock change goes through one ledger, so the result obeys
 * the same invariants as the app (movements sum to on-hand, nothing negative,
 * committed equals open orders).
 */
export function simulate(input: SimulationInput) {
  const { random, variants, customers, locationIds, orgId, staff } = input;
  const ledger: Ledger = createLedger(orgId, variants, locationIds, random, input.start, staff);
  const orders: Record<string, unknown>[] = [];
  const lines: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const returns: Record<string, unknown>[] = [];
  const returnLines: Record<string, unknown>[] = [];
  const refunds: Record<string, unknown>[] = [];
  const customerWeights = customers.map((c, i) => [c, 1 / Math.pow(i + 1, 0.7)] as const);
  const variantWeights = variants.map((v) => [v, v.dailyRate] as const);
  const scheduled: { at: Date; run: () => void }[] = [];
  let number = 1000;

  const event = (
    orderId: string,
    at: Date,
    type: string,
    from: string | null,
    to: string | null,
    message = "",
  ) =>
    events.push({
      id: randomUUID(),
      orgId,
      orderId,
      type,
      fromStatus: from,
      toStatus: to,
      message,
      actorType: "USER",
      actorId: staff.id,
      actorLabel: staff.label,
      createdAt: at,
    });

  for (let day = input.start.getTime(); day < input.end.getTime(); day += DAY) {
    const date = new Date(day);
    const dueToday = scheduled.filter((s) => s.at.getTime() < day + DAY);
    for (const s of dueToday.sort((a, b) => a.at.getTime() - b.at.getTime())) s.run();
    scheduled.splice(0, scheduled.length, ...scheduled.filter((s) => !dueToday.includes(s)));

    const weekday = (date.getUTCDay() + 6) % 7;
    const count = random.poisson(input.ordersPerDay * WEEKDAY[weekday]! * season(date));
    const todays = Array.from({ length: count }, () => {
      const inStore = random.chance(0.68);
      const hour = random.weighted(inStore ? STORE_HOURS : WEB_HOURS);
      return { inStore, at: new Date(day + hour * 3_600_000 + random.int(0, 3_599) * 1000) };
    }).sort((a, b) => a.at.getTime() - b.at.getTime());

    for (const { inStore, at } of todays) {
      if (at.getTime() > input.end.getTime()) continue;
      const locationId = inStore ? locationIds.shop : locationIds.web;
      const channel = inStore
        ? "IN_STORE"
        : random.weighted([
            ["ONLINE", 9],
            ["PHONE", 1],
          ] as const);
      const customer = inStore && random.chance(0.45) ? null : random.weighted(customerWeights);
      const ageDays = (input.end.getTime() - at.getTime()) / DAY;
      const open = !inStore && ageDays < 1.5;
      const orderId = randomUUID();
      const wanted = 1 + random.poisson(1.3);
      const picked = new Map<string, { variant: DemoVariant; quantity: number }>();
      for (let i = 0; i < wanted; i++) {
        const variant = random.weighted(variantWeights);
        const quantity = random.weighted([
          [1, 85],
          [2, 12],
          [3, 3],
        ] as const);
        const existing = picked.get(variant.id);
        picked.set(variant.id, { variant, quantity: (existing?.quantity ?? 0) + quantity });
      }
      const discounted = random.chance(0.08);
      // Cancelled before shipping: its reservation was released, so stock never moved.
      const cancelled = !inStore && !open && random.chance(0.02);
      const orderLines = [];
      for (const { variant, quantity } of picked.values()) {
        const taken = open
          ? ledger.reserve(variant, locationId, quantity)
          : cancelled
            ? ledger.check(variant, locationId, quantity)
            : ledger.sell(variant, locationId, quantity, at, { type: "order", id: orderId });
        if (!taken) continue; // out of stock: a lost sale, as in a real shop
        const gross = quantity * variant.priceMinor;
        const discountMinor = discounted ? Math.round(gross * 0.1) : 0;
        orderLines.push({
          id: randomUUID(),
          orgId,
          orderId,
          variantId: variant.id,
          quantity,
          unitPriceMinor: variant.priceMinor,
          unitCostMinor: variant.costMinor,
          discountMinor,
          totalMinor: gross - discountMinor,
          backorderedQty: taken.backordered,
          returnedQty: 0,
        });
      }
      if (orderLines.length === 0) continue;

      const subtotal = orderLines.reduce((s, l) => s + l.quantity * l.unitPriceMinor, 0);
      const discount = orderLines.reduce((s, l) => s + l.discountMinor, 0);
      const cost = orderLines.reduce((s, l) => s + l.quantity * l.unitCostMinor, 0);
      const order = {
        id: orderId,
        orgId,
        number: ++number,
        customerId: customer?.id ?? null,
        locationId,
        channel,
        status: "PLACED",
        paymentStatus: "UNPAID",
        currency: "GBP",
        subtotalMinor: subtotal,
        discountMinor: discount,
        totalMinor: subtotal - discount,
        costMinor: cost,
        refundedMinor: 0,
        placedAt: at,
        paidAt: null as Date | null,
        fulfilledAt: null as Date | null,
        deliveredAt: null as Date | null,
        cancelledAt: null as Date | null,
        carrier: null as string | null,
        trackingNumber: null as string | null,
        trackingUrl: null as string | null,
        createdAt: at,
        updatedAt: at,
      };
      event(orderId, at, "placed", "DRAFT", "PLACED", `Order #${order.number} placed`);
      if (cancelled) {
        Object.assign(order, {
          status: "CANCELLED",
          cancelledAt: new Date(at.getTime() + 3_600_000),
        });
        event(
          orderId,
          order.cancelledAt!,
          "cancelled",
          "PLACED",
          "CANCELLED",
          "Customer changed their mind",
        );
      } else if (open) {
        if (random.chance(0.6)) {
          Object.assign(order, {
            status: "PAID",
            paymentStatus: "PAID",
            paidAt: new Date(at.getTime() + 60_000),
          });
          event(orderId, order.paidAt!, "paid", "PLACED", "PAID");
        }
      } else {
        // A second apart, so the timeline reads placed → paid → fulfilled even at the till.
        const paidAt = new Date(at.getTime() + 1000);
        Object.assign(order, { status: "PAID", paymentStatus: "PAID", paidAt });
        event(orderId, paidAt, "paid", "PLACED", "PAID");
        const fulfilledAt = new Date(at.getTime() + (inStore ? 2000 : 4 * 3_600_000));
        Object.assign(order, { status: "FULFILLED", fulfilledAt });
        if (!inStore) {
          Object.assign(order, {
            carrier: "Royal Mail",
            trackingNumber: `RM${order.number}GB`,
            trackingUrl: `https://track.example/RM${order.number}GB`,
          });
        }
        event(
          orderId,
          fulfilledAt,
          "fulfilled",
          "PAID",
          "FULFILLED",
          inStore ? "Handed over in store" : "Shipped with Royal Mail",
        );
        const deliveredAt = new Date(at.getTime() + 2 * DAY);
        if (!inStore && deliveredAt < input.end) {
          Object.assign(order, { status: "DELIVERED", deliveredAt });
          event(orderId, deliveredAt, "delivered", "FULFILLED", "DELIVERED");
          // Returns are booked at 08:30, before the day's sales, so the ledger stays in time order.
          const returnDay = Math.floor(at.getTime() / DAY) + random.int(4, 12);
          const returnAt = new Date(returnDay * DAY + 8.5 * 3_600_000);
          if (random.chance(0.05) && returnAt < input.end) {
            const line = random.pick(orderLines);
            const restock = random.chance(0.75);
            const returnId = randomUUID();
            line.returnedQty = line.quantity;
            returns.push({
              id: returnId,
              orgId,
              orderId,
              reason: random.pick(["Wrong size", "Changed mind", "Faulty", "Not as pictured"]),
              createdAt: returnAt,
              actorLabel: staff.label,
            });
            returnLines.push({
              id: randomUUID(),
              returnId,
              orderLineId: line.id,
              quantity: line.quantity,
              restock,
            });
            refunds.push({
              id: randomUUID(),
              orgId,
              orderId,
              amountMinor: line.totalMinor,
              reason: "Return",
              createdAt: returnAt,
              actorLabel: staff.label,
            });
            order.refundedMinor = line.totalMinor;
            order.paymentStatus =
              line.totalMinor >= order.totalMinor ? "REFUNDED" : "PARTIALLY_REFUNDED";
            event(
              orderId,
              returnAt,
              "returned",
              null,
              null,
              `Returned ${line.quantity} × ${restock ? "to stock" : "(not restocked)"}`,
            );
            event(orderId, returnAt, "refunded", null, null, "Refund issued");
            if (restock) {
              scheduled.push({
                at: returnAt,
                run: () =>
                  ledger.restock(line.variantId, locationId, line.quantity, returnAt, {
                    type: "order",
                    id: orderId,
                  }),
              });
            }
          }
        }
      }
      order.updatedAt = [order.paidAt, order.fulfilledAt, order.deliveredAt, order.cancelledAt]
        .filter(Boolean)
        .reduce((a, b) => (b! > a! ? b : a), at)!;
      orders.push(order);
      lines.push(...orderLines);
    }
    // The shop's last few reorder rounds are still to do, so the demo has suggestions waiting.
    if (day < input.end.getTime() - 5 * DAY) {
      ledger.reorder(new Date(day + 18 * 3_600_000), (at, run) => scheduled.push({ at, run }));
    }
  }
  return {
    orders,
    lines,
    events,
    returns,
    returnLines,
    refunds,
    ...ledger.result(),
    lastOrderNumber: number,
  };
}
