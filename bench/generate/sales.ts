import type { SalesChannel } from "@/lib/generated/prisma/enums";
import type { Random } from "@/prisma/demo/random";
import type { BenchCatalog, BenchVariant } from "./catalog";
import { benchId } from "./catalog";
import type { LocalDay } from "./local-days";
import {
  ANONYMOUS_IN_STORE,
  CANCELLED_SHARE,
  DISCOUNTED_SHARE,
  GROWTH_OVER_HISTORY,
  LOCATION_SHARE,
  MONTH_DEMAND,
  STORE_HOURS,
  WEB_CHANNELS,
  WEB_HOURS,
  WEEKDAY_DEMAND,
} from "./patterns";
import { createSampler, shuffled, zipfWeights } from "./sampler";

/** Mean lines per order: 1 + Poisson(1.2). */
const LINES_PER_ORDER = 2.2;
const HOUR = 3_600_000;

export type OrderStatusRow = "FULFILLED" | "DELIVERED" | "CANCELLED";

export type BenchOrder = {
  id: string;
  number: number;
  customerId: string | null;
  locationId: string;
  channel: SalesChannel;
  status: OrderStatusRow;
  placedAt: Date;
  subtotalMinor: number;
  discountMinor: number;
  totalMinor: number;
  costMinor: number;
};

export type BenchLine = {
  id: string;
  orderId: string;
  variantId: string;
  quantity: number;
  unitPriceMinor: number;
  unitCostMinor: number;
  discountMinor: number;
  totalMinor: number;
};

export type SalesInput = {
  random: Random;
  catalog: BenchCatalog;
  customerIds: readonly string[];
  days: readonly LocalDay[];
  /** Orders placed after this instant (later today) are not generated. */
  now: Date;
  targetLines: number;
};

function dayWeight(day: LocalDay, index: number, total: number): number {
  const growth = 1 + ((GROWTH_OVER_HISTORY - 1) * index) / Math.max(1, total - 1);
  return WEEKDAY_DEMAND[day.weekday]! * MONTH_DEMAND[day.month]! * growth;
}

/**
 * The sales history, one local day at a time (oldest first), so the caller can stream each
 * day into the database and memory stays flat however many lines are asked for.
 */
export function* generateSales(
  input: SalesInput,
): Generator<{ orders: BenchOrder[]; lines: BenchLine[] }> {
  const { random, catalog, customerIds, days, now } = input;
  const locationByCode = new Map(catalog.locations.map((l) => [l.code, l.id]));
  const pickLocation = createSampler(random, LOCATION_SHARE);
  const pickStoreHour = createSampler(random, STORE_HOURS);
  const pickWebHour = createSampler(random, WEB_HOURS);
  const pickWebChannel = createSampler(random, WEB_CHANNELS);
  // Popularity is independent of catalogue order, so best sellers are spread over categories.
  const ranked = shuffled(random, catalog.variants);
  const pickVariant = createSampler<BenchVariant>(random, zipfWeights(ranked, 0.8));
  const pickCustomer = createSampler(random, zipfWeights(customerIds, 0.6));
  const pickQuantity = createSampler(random, [
    [1, 85],
    [2, 12],
    [3, 3],
  ] as const);

  const weights = days.map((day, i) => dayWeight(day, i, days.length));
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const totalOrders = input.targetLines / LINES_PER_ORDER;
  let orderCount = 0;
  let lineCount = 0;

  for (const [i, day] of days.entries()) {
    const expected = (totalOrders * weights[i]!) / totalWeight;
    const count = Math.round(expected * (0.85 + 0.3 * random.next()));
    const drafts = Array.from({ length: count }, () => {
      const code = pickLocation();
      const inStore = code !== "web";
      const hour = inStore ? pickStoreHour() : pickWebHour();
      return { code, inStore, placedAt: day.at(hour, random.int(0, 59), random.int(0, 59)) };
    })
      .filter((d) => d.placedAt.getTime() <= now.getTime())
      .sort((a, b) => a.placedAt.getTime() - b.placedAt.getTime());

    const orders: BenchOrder[] = [];
    const lines: BenchLine[] = [];
    for (const draft of drafts) {
      orderCount += 1;
      const orderId = benchId("ord", orderCount);
      const discounted = random.chance(DISCOUNTED_SHARE);
      const wanted = 1 + random.poisson(LINES_PER_ORDER - 1);
      const seen = new Set<string>();
      const order: BenchOrder = {
        id: orderId,
        number: 1000 + orderCount,
        customerId: draft.inStore && random.chance(ANONYMOUS_IN_STORE) ? null : pickCustomer(),
        locationId: locationByCode.get(draft.code)!,
        channel: draft.inStore ? "IN_STORE" : pickWebChannel(),
        status: draft.inStore
          ? "FULFILLED"
          : random.chance(CANCELLED_SHARE)
            ? "CANCELLED"
            : now.getTime() - draft.placedAt.getTime() > 3 * 24 * HOUR
              ? "DELIVERED"
              : "FULFILLED",
        placedAt: draft.placedAt,
        subtotalMinor: 0,
        discountMinor: 0,
        totalMinor: 0,
        costMinor: 0,
      };
      for (let n = 0; n < wanted; n++) {
        const variant = pickVariant();
        // A repeated pick is the same product again: fold it into one line per variant.
        if (seen.has(variant.id)) continue;
        seen.add(variant.id);
        const quantity = pickQuantity();
        const gross = quantity * variant.priceMinor;
        const discountMinor = discounted ? Math.round(gross * 0.1) : 0;
        lineCount += 1;
        lines.push({
          id: benchId("oln", lineCount),
          orderId,
          variantId: variant.id,
          quantity,
          unitPriceMinor: variant.priceMinor,
          unitCostMinor: variant.costMinor,
          discountMinor,
          totalMinor: gross - discountMinor,
        });
        order.subtotalMinor += gross;
        order.discountMinor += discountMinor;
        order.totalMinor += gross - discountMinor;
        order.costMinor += quantity * variant.costMinor;
      }
      orders.push(order);
    }
    yield { orders, lines };
  }
}
