import type { Random } from "@/prisma/demo/random";
import { benchId, type BenchCatalog } from "./catalog";

const DAY = 86_400_000;

export type BenchLevel = {
  id: string;
  variantId: string;
  locationId: string;
  onHand: number;
  reorderPoint: number;
  reorderQty: number;
};

export type BenchStockOut = {
  id: string;
  variantId: string;
  locationId: string;
  startedAt: Date;
  endedAt: Date | null;
};

/**
 * Current stock for every variant at every location, plus the stretches each was out of stock.
 * The stock ledger (StockMovement) is not generated — replaying two million sales through it
 * is not what this benchmark measures — so stock-out periods are written directly, consistent
 * with today's levels: a level at zero has an open period.
 */
export function buildStock(random: Random, catalog: BenchCatalog, historyStart: Date, now: Date) {
  const levels: BenchLevel[] = [];
  const stockOuts: BenchStockOut[] = [];
  const historyMs = now.getTime() - historyStart.getTime();

  for (const variant of catalog.variants) {
    for (const location of catalog.locations) {
      const reorderPoint = random.int(3, 15);
      const roll = random.next();
      // About 3% out of stock now and 7% at or under their reorder point.
      const onHand =
        roll < 0.03
          ? 0
          : roll < 0.1
            ? random.int(1, reorderPoint)
            : random.int(reorderPoint + 1, 120);
      levels.push({
        id: benchId("lvl", levels.length + 1),
        variantId: variant.id,
        locationId: location.id,
        onHand,
        reorderPoint,
        reorderQty: random.int(10, 50),
      });
      const past = random.poisson(0.6);
      for (let i = 0; i < past; i++) {
        const startedAt = new Date(historyStart.getTime() + random.next() * (historyMs - 30 * DAY));
        const endedAt = new Date(startedAt.getTime() + random.int(1, 14) * DAY);
        stockOuts.push({
          id: "",
          variantId: variant.id,
          locationId: location.id,
          startedAt,
          endedAt,
        });
      }
      if (onHand === 0) {
        const startedAt = new Date(now.getTime() - random.int(1, 20) * DAY);
        stockOuts.push({
          id: "",
          variantId: variant.id,
          locationId: location.id,
          startedAt,
          endedAt: null,
        });
      }
    }
  }
  stockOuts.forEach((s, i) => (s.id = benchId("sop", i + 1)));
  return { levels, stockOuts };
}
