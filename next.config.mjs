/**
 * Security headers applied to every response, static files included. The per-request ones
 * (Content-Security-Policy with its nonce, and HSTS when served over HTTPS) come from proxy.ts.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` checks types before the build in the test command; checking again
  // inside `next build` only adds half a minute to every build.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx when a page is outside the member's permissions.
  experimental: {
    authInterrupts: true,
    // Our largest action input (a product with 100 variants) is a few kB. lib/http/action-guard.ts
    // refuses bigger bodies with a 413 before Next.js would answer them with a 500.
    serverActions: { bodySizeLimit: "1mb" },
  },
  // PGlite and the Prisma wasm engine are server-only and must not be bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "@prisma/schema-engine-wasm",
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
