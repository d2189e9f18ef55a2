export async function register() {
  // The job runner needs Node APIs and a database: never in the edge runtime or during `next build`.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build")
    return;

  // First, so every request's X-Forwarded-For ends with the real socket address.
  const { installPeerAddressHook } = await import("@/lib/http/peer-address-hook");
  installPeerAddressHook();

  const { jobMode } = await import("@/lib/env");
  if (jobMode === "in-process") {
    const { startJobRunner } = await import("@/lib/jobs/poller");
    startJobRunner({ pollMs: 5_000 });
  }
}
