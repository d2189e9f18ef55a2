import "server-only";

/** Two years, the preload lists' minimum; only ever sent on responses that came over HTTPS. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/** A fresh, unguessable value per request: 128 random bits, base64. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * The Content-Security-Policy of every page. Scripts run only with this response's nonce (Next.js
 * reads it from the request's CSP header and puts it on its own scripts; 'strict-dynamic' lets
 * those load the chunks they import), so injected markup cannot run script.
 *
 * Styles allow 'unsafe-inline': React renders `style` attributes (charts, progress bars, table
 * column widths) and sonner injects its stylesheet at runtime, and a nonce cannot cover
 * attributes. Inline CSS cannot run script; the data it could leak through selectors is limited
 * to what `img-src`/`font-src` 'self' lets it fetch — this origin only.
 */
export function contentSecurityPolicy({
  nonce,
  dev,
  https,
}: {
  nonce: string;
  dev: boolean;
  https: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain HTTP (a shop's LAN, localhost) this would send every asset to an HTTPS port
    // that is not there.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}
