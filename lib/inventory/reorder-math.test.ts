import { describe, expect, it } from "vitest";
import {
  expectedArrival,
  groupBySupplier,
  suggestedReorderQty,
  type ReorderInput,
} from "./reorder-math";

const level = (over: Partial<ReorderInput>): ReorderInput => ({
  onHand: 0,
  committed: 0,
  onOrder: 0,
  reorderPoint: 10,
  reorderQty: 0,
  safetyStock: 0,
  ...over,
});

describe("suggestedReorderQty", () => {
  it("suggests nothing while available plus on order is above the reorder point", () => {
    expect(suggestedReorderQty(level({ onHand: 11 }))).toBe(0);
    expect(suggestedReorderQty(level({ onHand: 4, onOrder: 7 }))).toBe(0);
  });

  it("reorders exactly at the reorder point", () => {
    expect(suggestedReorderQty(level({ onHand: 10, reorderQty: 24 }))).toBe(24);
  });

  it("tops up to reorder point plus safety stock when that is more than the reorder quantity", () => {
    // position 2 → 10 + 5 − 2 = 13 > 6
    expect(suggestedReorderQty(level({ onHand: 2, reorderQty: 6, safetyStock: 5 }))).toBe(13);
  });

  it("never orders less than the reorder quantity", () => {
    // position 9 → 10 + 0 − 9 = 1 < 12
    expect(suggestedReorderQty(level({ onHand: 9, reorderQty: 12 }))).toBe(12);
  });

  it("nets stock already on order", () => {
    // available 1 + on order 4 = 5 → 10 + 2 − 5 = 7
    expect(suggestedReorderQty(level({ onHand: 1, onOrder: 4, safetyStock: 2 }))).toBe(7);
  });

  it("counts committed stock as gone, so backorders are covered", () => {
    // available 3 − 8 = −5 → 10 + 0 − (−5) = 15
    expect(suggestedReorderQty(level({ onHand: 3, committed: 8 }))).toBe(15);
  });

  it("suggests nothing for a level without any reorder settings", () => {
    expect(suggestedReorderQty(level({ reorderPoint: 0 }))).toBe(0);
  });

  it("with a zero reorder point, reorders the reorder quantity once stock runs out", () => {
    expect(suggestedReorderQty(level({ reorderPoint: 0, reorderQty: 6 }))).toBe(6);
    expect(suggestedReorderQty(level({ reorderPoint: 0, reorderQty: 6, onHand: 1 }))).toBe(0);
  });
});

describe("expectedArrival", () => {
  it("adds the lead time in whole days, as a date", () => {
    const today = new Date("2026-03-01T10:00:00Z");
    expect(expectedArrival(today, 7).toISOString()).toBe("2026-03-08T00:00:00.000Z");
    expect(expectedArrival(today, 25).toISOString()).toBe("2026-03-26T00:00:00.000Z");
    expect(expectedArrival(today, -3).toISOString()).toBe("2026-03-01T00:00:00.000Z");
  });
});

describe("groupBySupplier", () => {
  it("groups by supplier alphabetically with totals, unsupplied lines last", () => {
    const line = (
      supplierId: string | null,
      supplierName: string | null,
      qty: number,
      cost: number,
    ) => ({
      supplierId,
      supplierName,
      suggestedQty: qty,
      unitCostMinor: cost,
    });
    const groups = groupBySupplier([
      line(null, null, 3, 100),
      line("z", "Zebra Ltd", 2, 250),
      line("a", "Acme", 5, 120),
      line("z", "Zebra Ltd", 1, 1000),
    ]);
    expect(groups.map((g) => g.supplierName)).toEqual(["Acme", "Zebra Ltd", null]);
    expect(groups[1]).toMatchObject({ totalQty: 3, totalCostMinor: 1500 });
    expect(groups[1]!.lines).toHaveLength(2);
  });
});
