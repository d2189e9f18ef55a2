/** Milliseconds `fn` took, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

/** Nearest-rank percentile (p in 0–100) of samples; the reported value is one that was measured. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error("percentile of no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const seconds = (ms: number) => (ms / 1000).toFixed(2);
export const millis = (ms: number) => ms.toFixed(1);
export const ratio = (value: number) => value.toFixed(2);
