import { percentile } from "../support/stats";

export type Measurement = { name: string; samples: number[]; p50: number; p95: number };

/**
 * Runs `fn` `warmups` times unmeasured (plans cached, pages in PostgreSQL's buffers, JIT warm)
 * then `runs` times one after another, and keeps each run's wall time.
 */
export async function measure(
  name: string,
  fn: () => Promise<unknown>,
  { warmups, runs }: { warmups: number; runs: number },
): Promise<Measurement> {
  for (let i = 0; i < warmups; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return { name, samples, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}
