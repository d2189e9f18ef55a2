import "server-only";

/**
 * The client's address for per-IP rate limits: the last `x-forwarded-for` entry,
 * which is the one the nearest reverse proxy appended. Behind such a proxy (the
 * supported deployment) it cannot be forged. Served directly, Next.js only fills
 * the header when the client sent none, so a client could vary it; the per-email
 * limit still holds then.
 */
export function clientIpFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const last = forwarded.split(",").at(-1)?.trim();
    if (last) return last;
  }
  return headers.get("x-real-ip");
}
