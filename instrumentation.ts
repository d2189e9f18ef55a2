export async function register() {
  // The job runner needs Node APIs and a database: never in the edge runtime or during `next build`.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build")
    return;

  const { jobMode } = await import("@/lib/env");
  if (jobMode === "in-process") {
    const { startJobRunner } = await import("@/lib/jobs/poller");
    startJobRunner({ pollMs: 5_000 });
  }
}
