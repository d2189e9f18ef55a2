import type { Random } from "@/prisma/demo/random";

/**
 * Weighted choice over a fixed list in O(log n): the demo's linear `weighted` is fine for a
 * dozen options but not for picking among 50,000 customers two million times.
 */
export function createSampler<T>(random: Random, entries: readonly (readonly [T, number])[]) {
  const items = entries.map(([item]) => item);
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, weight], i) => {
    total += weight;
    cumulative[i] = total;
  });
  if (items.length === 0 || total <= 0) throw new Error("A sampler needs positive weights.");
  return (): T => {
    const r = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return items[lo]!;
  };
}

/** Zipf-like popularity: a few best sellers and a long tail, as in real shop data. */
export function zipfWeights<T>(items: readonly T[], exponent: number): [T, number][] {
  return items.map((item, i) => [item, 1 / Math.pow(i + 1, exponent)]);
}

/** Fisher–Yates with the seeded PRNG: a stable order independent of the sort implementation. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
