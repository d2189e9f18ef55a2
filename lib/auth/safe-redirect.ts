// No "server-only": the sign-in forms and Auth.js's redirect callback share it.

/**
 * An origin no real request has. Targets are resolved against it the way a browser resolves
 * them against the page, so whatever a browser would treat as another site (`//x`, `/\x`,
 * `/\tx`, `https://x`, `javascript:`) comes out with a different origin.
 */
const HOME = "https://home.backroom.invalid";

/** URL parsers drop tabs and newlines silently, so a target hiding any is refused outright. */
function hasControlCharacters(target: string) {
  return /[\u0000-\u001f\u007f]/.test(target);
}

/**
 * The same-site path (with query and hash) a post-sign-in `next` may send the browser to, or
 * "/" for anything that is not one.
 */
export function safeRedirectPath(target: unknown): string {
  if (typeof target !== "string" || target === "" || target.length > 2000) return "/";
  if (hasControlCharacters(target)) return "/";
  let url: URL;
  try {
    url = new URL(target, HOME);
  } catch {
    return "/";
  }
  if (url.origin !== HOME) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/.//x` resolves to the path `//x`, which a browser would read as another host again.
  if (!path.startsWith("/") || path.startsWith("//")) return "/";
  return path;
}

/**
 * Auth.js's `redirect` callback: a target on `baseUrl`'s origin, made absolute, or `baseUrl`
 * itself for anything else.
 */
export function sameOriginRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  const base = new URL(baseUrl);
  if (hasControlCharacters(url)) return baseUrl;
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return baseUrl;
  }
  if (resolved.origin !== base.origin) return baseUrl;
  const path = safeRedirectPath(`${resolved.pathname}${resolved.search}${resolved.hash}`);
  return new URL(path, base).toString();
}
