import "server-only";
import { db } from "./index";

/** Round-trips a query and reports how long it took; never throws. */
export async function checkDatabase() {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ok: false, latencyMs: null };
  }
}
