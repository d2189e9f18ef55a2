import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { refuseHostileRequest } from "@/lib/http/action-guard";
import { forwardedOverHttps } from "@/lib/http/client-ip";
import { contentSecurityPolicy, createNonce, HSTS_VALUE } from "@/lib/http/security-headers";

/**
 * Runs before every page, route handler and server action (Next.js 16's proxy, formerly
 * middleware) and sets the per-request headers. The fixed ones (nosniff, frame and referrer
 * policies …) live in next.config.mjs, which also covers static files.
 */
export async function proxy(request: NextRequest) {
  const https = servedOverHttps(request);
  const nonce = createNonce();
  const csp = contentSecurityPolicy({ nonce, dev: env.NODE_ENV === "development", https });
  const secured = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    if (https) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
    return response;
  };

  // Checks that refuse a request before anything renders (such as the Origin of a server
  // action) go here, returning `secured(refusal)`.
  const refusal = await refuseHostileRequest(request, request.nextUrl.pathname);
  if (refusal) return secured(new NextResponse(refusal.body, refusal));

  // Next.js takes the nonce for its own scripts from the request's CSP header; the root layout
  // reads x-nonce for ours. Both replace anything the client sent under those names.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  return secured(NextResponse.next({ request: { headers: requestHeaders } }));
}

/**
 * HSTS over plain HTTP would be ignored at best; sent for a host later served without TLS, it
 * locks browsers out for two years. So only when the public URL is HTTPS, or a trusted proxy
 * says the request came over HTTPS (a client's own X-Forwarded-Proto counts for nothing).
 */
function servedOverHttps(request: NextRequest): boolean {
  return env.APP_URL.startsWith("https:") || forwardedOverHttps(request.headers);
}

export const config = {
  // Everything but build assets, which carry no markup to protect and are cached immutably, and
  // the import upload: Next.js copies a request body for the proxy and keeps only its first 10 MB
  // (proxyClientMaxBodySize), which would cut large files short. That route streams the body
  // itself, answers JSON, and checks its own input through defineRoute.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|api/imports$).*)"],
};
