/**
 * Sizes of the benchmark organisation and workloads. BENCH_SCALE multiplies every row count
 * (1 = the full sizes the README quotes); the history always spans two years so the 30- and
 * 365-day dashboard ranges read the same shape of data at any scale.
 */
function readScale(): number {
  const raw = process.env.BENCH_SCALE ?? "1";
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) {
    throw new Error(`BENCH_SCALE must be a number above 0 and at most 10 (got "${raw}").`);
  }
  return scale;
}

export const scale = readScale();

const scaled = (full: number, min: number) => Math.max(min, Math.round(full * scale));

export const benchConfig = {
  scale,
  seed: 20261121,
  timezone: "Europe/London",
  currency: "GBP",
  historyDays: 730,
  /** Variants come from products with 1–9 options each (≈5 on average). */
  variants: scaled(5_000, 50),
  locations: 3,
  customers: scaled(50_000, 200),
  salesLines: scaled(2_000_000, 2_000),
  /** The large import file, and a smaller one to show memory does not grow with file size. */
  importLines: scaled(1_000_000, 1_000),
  importSmallLines: scaled(250_000, 250),
  kpiWarmups: 3,
  kpiRuns: 30,
  keepDatabase: process.env.BENCH_KEEP_DB === "1",
} as const;

export type BenchConfig = typeof benchConfig;
