import "server-only";
import { BlockList, isIPv4, isIPv6 } from "node:net";
import { env } from "@/lib/env";

/**
 * Who is on the other end of a request, for per-IP rate limits, the development outbox and HSTS.
 *
 * Next.js gives route handlers and the proxy no socket address, and `next start` fills
 * X-Forwarded-For from the socket only when the client sent none — so on its own the header is
 * whatever the client wants. lib/http/peer-address-hook.ts therefore appends the socket's address
 * to X-Forwarded-For on every request, as a reverse proxy would: the last entry is always the
 * connection's peer. Walking from the right, an entry is believed only while the hop that wrote
 * the entry to its right is one of TRUSTED_PROXIES.
 */

export type TrustedProxies = { has(address: string): boolean };

/** Parses TRUSTED_PROXIES: IPs, CIDR ranges and "loopback"; throws on anything else. */
export function parseTrustedProxies(spec: string): TrustedProxies {
  const list = new BlockList();
  for (const raw of spec.split(",")) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [host, prefix, ...rest] = entry.split("/");
    const address = host ? normalizeAddress(host) : null;
    const family = address && isIPv4(address) ? "ipv4" : "ipv6";
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === "ipv4" ? 32 : 128;
    if (
      !address ||
      rest.length > 0 ||
      (bits !== null && (!/^\d+$/.test(prefix ?? "") || bits > maxBits))
    ) {
      throw new Error(
        `TRUSTED_PROXIES: "${raw.trim()}" is not an IP address, a CIDR range or "loopback".`,
      );
    }
    if (bits === null) list.addAddress(address, family);
    else list.addSubnet(address, bits, family);
  }
  return {
    has: (address) => {
      const normal = normalizeAddress(address);
      if (!normal) return false;
      return list.check(normal, isIPv4(normal) ? "ipv4" : "ipv6");
    },
  };
}

/**
 * An address as a canonical string, or null when it is not one. Accepts what proxies write:
 * `[::1]:8080`, `1.2.3.4:5678`, and IPv4-mapped IPv6 (`::ffff:1.2.3.4`, how a dual-stack
 * socket reports IPv4 peers), which becomes plain IPv4 so one client has one address.
 */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped?.[1]) value = mapped[1];
  if (isIPv4(value)) return value;
  // Zone ids (`fe80::1%eth0`) name an interface of this host, not a client; drop them.
  const unzoned = value.split("%")[0] ?? "";
  return isIPv6(unzoned) ? unzoned : null;
}

const LOOPBACK = parseTrustedProxies("loopback");

export function isLoopback(address: string): boolean {
  return LOOPBACK.has(address);
}

let configured: TrustedProxies | null = null;
/** TRUSTED_PROXIES, parsed once; a bad value fails the first request loudly rather than silently trusting nobody. */
export function trustedProxies(): TrustedProxies {
  configured ??= parseTrustedProxies(env.TRUSTED_PROXIES);
  return configured;
}

function forwardedFor(headers: Headers): string[] {
  return (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** The address of the connection itself (the last X-Forwarded-For entry, see above). */
export function peerAddressFrom(headers: Headers): string | null {
  const last = forwardedFor(headers).at(-1);
  return last ? normalizeAddress(last) : null;
}

/**
 * The client's address: the rightmost X-Forwarded-For entry not written by a trusted proxy.
 * An entry that is not an address (a confused or hostile hop) stops the walk at the trusted
 * proxy to its right, which is then the best address known.
 */
export function clientIpFrom(
  headers: Headers,
  trusted: TrustedProxies = trustedProxies(),
): string | null {
  const chain = forwardedFor(headers);
  let client: string | null = null;
  for (let i = chain.length - 1; i >= 0; i--) {
    const address = normalizeAddress(chain[i] ?? "");
    if (!address) return client;
    client = address;
    if (!trusted.has(address)) return address;
  }
  return client;
}

/** Whether the request arrived over HTTPS at a trusted proxy (which said so in X-Forwarded-Proto). */
export function forwardedOverHttps(
  headers: Headers,
  trusted: TrustedProxies = trustedProxies(),
): boolean {
  const peer = peerAddressFrom(headers);
  if (!peer || !trusted.has(peer)) return false;
  // A chain of proxies may each append; the nearest one's word is the last.
  const proto = (headers.get("x-forwarded-proto") ?? "").split(",").at(-1)?.trim().toLowerCase();
  return proto === "https";
}
