import { allocate, lineTotal, type Minor } from "@/lib/money";

/**
 * Order arithmetic in integer minor units. The server prices every order from the variants'
 * own prices and costs (the client's numbers are never trusted); the create form runs the same
 * functions only to preview what the server will compute.
 */

export type LineToPrice = {
  quantity: number;
  unitPriceMinor: Minor;
  /** Cost at the time of sale, so margins do not move when costs change later. */
  unitCostMinor: Minor;
  /** A discount on this line, in minor units; capped at the line's gross. */
  discountMinor?: Minor;
};

export type PricedLine<L extends LineToPrice = LineToPrice> = L & {
  grossMinor: Minor;
  /** The line's own discount plus its share of the order discount. */
  discountMinor: Minor;
  /** `quantity × unit − discount`: what the line contributes to the order total. */
  totalMinor: Minor;
  costMinor: Minor;
};

export type OrderTotals<L extends LineToPrice = LineToPrice> = {
  lines: PricedLine<L>[];
  /** Sum of the lines' gross (quantity × unit price). */
  subtotalMinor: Minor;
  /** Every discount on the order: line discounts and the allocated order discount. */
  discountMinor: Minor;
  /** The part of the requested order discount that applied (never more than the lines are worth). */
  orderDiscountMinor: Minor;
  totalMinor: Minor;
  costMinor: Minor;
};

/**
 * Prices lines and the order. An order-level discount is spread over the lines in proportion
 * to what each is worth after its own discount, with the rounding remainder distributed so the
 * shares add up to the discount exactly; each line then carries its whole discount and
 * `subtotal − discount = total = Σ line totals` holds to the minor unit.
 */
export function computeTotals<L extends LineToPrice>(
  lines: L[],
  orderDiscountMinor: Minor = 0,
): OrderTotals<L> {
  const own = lines.map((l) => {
    const grossMinor = l.quantity * l.unitPriceMinor;
    const discount = Math.min(Math.max(l.discountMinor ?? 0, 0), grossMinor);
    return { grossMinor, discount, net: grossMinor - discount };
  });
  const netSum = own.reduce((sum, l) => sum + l.net, 0);
  const applied = Math.min(Math.max(orderDiscountMinor, 0), netSum);
  const shares = allocateExact(
    applied,
    own.map((l) => l.net),
  );

  const priced = lines.map((line, i): PricedLine<L> => {
    const { grossMinor, discount } = own[i]!;
    const discountMinor = discount + shares[i]!;
    return {
      ...line,
      grossMinor,
      discountMinor,
      totalMinor: lineTotal(line.quantity, line.unitPriceMinor, discountMinor),
      costMinor: line.quantity * line.unitCostMinor,
    };
  });
  const subtotalMinor = priced.reduce((sum, l) => sum + l.grossMinor, 0);
  const discountMinor = priced.reduce((sum, l) => sum + l.discountMinor, 0);
  return {
    lines: priced,
    subtotalMinor,
    discountMinor,
    orderDiscountMinor: applied,
    totalMinor: subtotalMinor - discountMinor,
    costMinor: priced.reduce((sum, l) => sum + l.costMinor, 0),
  };
}

/**
 * `allocate` from lib/money works in floating point, which is exact only while
 * `amount × Σweights` stays within 2^53; past that (orders worth billions of minor units)
 * the same largest-remainder split is done in BigInt.
 */
export function allocateExact(amount: Minor, weights: number[]): Minor[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (amount === 0 || total <= 0) return weights.map(() => 0);
  if (amount * total <= Number.MAX_SAFE_INTEGER) {
    const parts = allocate(amount, weights);
    if (parts.reduce((a, b) => a + b, 0) === amount) return parts;
  }
  const big = BigInt(amount);
  const sum = BigInt(total);
  const exact = weights.map((w) => big * BigInt(w));
  const parts = exact.map((e) => e / sum);
  let remainder = big - parts.reduce((a, b) => a + b, 0n);
  const order = exact
    .map((e, i) => [e % sum, i] as const)
    .sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] > b[0] ? -1 : 1));
  for (const [, i] of order) {
    if (remainder <= 0n) break;
    parts[i]! += 1n;
    remainder -= 1n;
  }
  return parts.map(Number);
}

/** Gross margin of priced lines: revenue minus cost at sale time. */
export function marginMinor(totals: Pick<OrderTotals, "totalMinor" | "costMinor">) {
  return totals.totalMinor - totals.costMinor;
}
