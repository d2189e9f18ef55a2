import "server-only";

/**
 * The client's address as seen by the nearest proxy. Next.js appends the socket
 * address to `x-forwarded-for`, so the last entry is the one nobody can forge.
 */
export function clientIpFrom(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  if (forwarded) {
    const last = forwarded.split(",").at(-1)?.trim();
    if (last) return last;
  }
  return headers.get("x-real-ip");
}
