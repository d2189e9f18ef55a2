import { describe, expect, it } from "vitest";
import { orderDraftSchema, refundSchema, returnSchema, fulfilSchema } from "./schemas";
import { allocateExact, computeTotals, marginMinor } from "./totals";

const line = (quantity: number, unitPriceMinor: number, discountMinor = 0, unitCostMinor = 0) => ({
  quantity,
  unitPriceMinor,
  unitCostMinor,
  discountMinor,
});

/** A small deterministic PRNG (mulberry32), so failures can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("computeTotals", () => {
  it("prices lines as quantity × unit − discount and adds them up", () => {
    const totals = computeTotals([line(3, 1_299, 0, 700), line(1, 4_500, 500, 2_000)]);
    expect(totals.lines.map((l) => l.totalMinor)).toEqual([3_897, 4_000]);
    expect(totals).toMatchObject({
      subtotalMinor: 8_397,
      discountMinor: 500,
      totalMinor: 7_897,
      costMinor: 4_100,
    });
    expect(marginMinor(totals)).toBe(3_797);
  });

  it("caps a line discount at the line's gross", () => {
    const totals = computeTotals([line(1, 1_000, 5_000)]);
    expect(totals.lines[0]).toMatchObject({ discountMinor: 1_000, totalMinor: 0 });
    expect(totals.totalMinor).toBe(0);
  });

  it("spreads an order discount over the lines so the shares add up exactly", () => {
    // 1000 over three equal lines: 334 + 333 + 333, never 333.33… each.
    const totals = computeTotals([line(1, 1_000), line(1, 1_000), line(1, 1_000)], 1_000);
    expect(totals.lines.map((l) => l.discountMinor).sort()).toEqual([333, 333, 334]);
    expect(totals.discountMinor).toBe(1_000);
    expect(totals.totalMinor).toBe(2_000);
    expect(totals.lines.reduce((s, l) => s + l.totalMinor, 0)).toBe(2_000);
  });

  it("allocates in proportion to what each line is worth after its own discount", () => {
    const totals = computeTotals([line(1, 3_000, 1_000), line(2, 1_000)], 400);
    // Nets 2000 and 2000 share 400 equally; line 1 keeps its own 1000 on top.
    expect(totals.lines.map((l) => l.discountMinor)).toEqual([1_200, 200]);
    expect(totals.totalMinor).toBe(3_600);
  });

  it("never discounts an order below zero", () => {
    const totals = computeTotals([line(2, 500)], 5_000);
    expect(totals.orderDiscountMinor).toBe(1_000);
    expect(totals.totalMinor).toBe(0);
  });

  it("keeps subtotal − discount = total = Σ line totals on random orders (integers only)", () => {
    const random = prng(20_261_121);
    for (let run = 0; run < 2_000; run++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
        line(
          1 + Math.floor(random() * 50),
          Math.floor(random() * 100_000),
          random() < 0.3 ? Math.floor(random() * 20_000) : 0,
          Math.floor(random() * 50_000),
        ),
      );
      const discount = random() < 0.5 ? Math.floor(random() * 500_000) : 0;
      const t = computeTotals(lines, discount);
      const values = [t.subtotalMinor, t.discountMinor, t.totalMinor, t.costMinor];
      for (const l of t.lines) values.push(l.discountMinor, l.totalMinor);
      expect(values.every(Number.isSafeInteger)).toBe(true);
      expect(t.subtotalMinor - t.discountMinor).toBe(t.totalMinor);
      expect(t.lines.reduce((s, l) => s + l.totalMinor, 0)).toBe(t.totalMinor);
      expect(t.lines.every((l) => l.totalMinor >= 0 && l.discountMinor <= l.grossMinor)).toBe(true);
      const own = lines.reduce(
        (s, l) => s + Math.min(l.discountMinor, l.quantity * l.unitPriceMinor),
        0,
      );
      expect(t.discountMinor - own).toBe(t.orderDiscountMinor);
    }
  });
});

describe("allocateExact", () => {
  it("splits exactly, remainders to the largest fractions", () => {
    expect(allocateExact(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateExact(5, [0, 0])).toEqual([0, 0]);
    expect(allocateExact(0, [3, 4])).toEqual([0, 0]);
  });

  it("stays exact past 2^53 where floating point would not", () => {
    const weights = [4_000_000_000_001, 3_999_999_999_999, 2_000_000_000_007];
    const amount = 9_999_999_999_999;
    const parts = allocateExact(amount, weights);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
    const total = BigInt(weights.reduce((a, b) => a + b, 0));
    parts.forEach((p, i) => {
      const exact = (BigInt(amount) * BigInt(weights[i]!)) / total;
      expect(BigInt(p) - exact >= 0n && BigInt(p) - exact <= 1n).toBe(true);
    });
  });
});

describe("order schemas", () => {
  it("merges the same variant entered twice and coerces form strings", () => {
    const parsed = orderDraftSchema.parse({
      locationId: "loc",
      customerId: "",
      discount: "2.50",
      lines: [
        { variantId: "a", quantity: "2", discount: "" },
        { variantId: "b", quantity: 1 },
        { variantId: "a", quantity: "3", discount: "1.00" },
      ],
    });
    expect(parsed.customerId).toBeUndefined();
    expect(parsed.channel).toBe("IN_STORE");
    expect(parsed.discount).toBe(250);
    expect(parsed.lines).toEqual([
      { variantId: "a", quantity: 5, discount: 100 },
      { variantId: "b", quantity: 1, discount: 0 },
    ]);
  });

  it("refuses what makes no sense, per field", () => {
    const result = orderDraftSchema.safeParse({
      locationId: "",
      lines: [
        { variantId: "a", quantity: "1.5" },
        { variantId: "b", quantity: 0 },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["locationId", "lines.0.quantity", "lines.1.quantity"]),
    );
    expect(orderDraftSchema.safeParse({ locationId: "l", lines: [] }).success).toBe(false);
  });

  it("takes https tracking links only", () => {
    expect(
      fulfilSchema.safeParse({ orderId: "o", trackingUrl: "http://t.example.com/1" }).success,
    ).toBe(false);
    expect(fulfilSchema.parse({ orderId: "o", trackingUrl: "", carrier: " " })).toEqual({
      orderId: "o",
      carrier: undefined,
      trackingNumber: undefined,
      trackingUrl: undefined,
    });
    expect(
      fulfilSchema.parse({ orderId: "o", trackingUrl: "https://track.example.com/x?id=1" })
        .trackingUrl,
    ).toBe("https://track.example.com/x?id=1");
  });

  it("requires something to return and a positive refund", () => {
    expect(
      returnSchema.safeParse({
        orderId: "o",
        reason: "Too small",
        lines: [{ orderLineId: "l", quantity: 0 }],
      }).success,
    ).toBe(false);
    expect(
      returnSchema.parse({
        orderId: "o",
        reason: "Too small",
        lines: [{ orderLineId: "l", quantity: "1" }],
      }).lines[0],
    ).toEqual({ orderLineId: "l", quantity: 1, restock: true });
    expect(refundSchema.safeParse({ orderId: "o", amount: "0", reason: "x" }).success).toBe(false);
    expect(refundSchema.parse({ orderId: "o", amount: "12.34", reason: "x" }).amount).toBe(1_234);
  });
});
