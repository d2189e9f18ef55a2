import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { outboxOpenFor } from "@/lib/email/outbox-access";
import {
  clientIpFrom,
  forwardedOverHttps,
  isLoopback,
  normalizeAddress,
  parseTrustedProxies,
} from "@/lib/http/client-ip";
import { installPeerAddressHook } from "@/lib/http/peer-address-hook";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

/** Headers as the app sees them: X-Forwarded-For ends with the socket's address (the hook's). */
function arriving(peer: string, sent: Record<string, string> = {}) {
  const headers = new Headers(sent);
  const forwarded = headers.get("x-forwarded-for");
  headers.set("x-forwarded-for", forwarded ? `${forwarded}, ${peer}` : peer);
  return headers;
}

const NONE = parseTrustedProxies("");

describe("clientIpFrom", () => {
  it("is the socket's address when no proxy is trusted, whatever the client forwards", () => {
    expect(clientIpFrom(arriving("203.0.113.9"), NONE)).toBe("203.0.113.9");
    expect(clientIpFrom(arriving("203.0.113.9", { "x-forwarded-for": "1.1.1.1" }), NONE)).toBe(
      "203.0.113.9",
    );
    expect(
      clientIpFrom(arriving("203.0.113.9", { "x-forwarded-for": "2.2.2.2, 3.3.3.3" }), NONE),
    ).toBe("203.0.113.9");
  });

  it("believes a trusted proxy's entry, and only as far as the trusted hops go", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, loopback");
    // client → 10.1.1.1 (trusted) → 127.0.0.1 (trusted) → app
    const headers = arriving("127.0.0.1", { "x-forwarded-for": "198.51.100.7, 10.1.1.1" });
    expect(clientIpFrom(headers, trusted)).toBe("198.51.100.7");
    // What the client wrote before the first trusted hop's entry is not believed.
    const forged = arriving("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(clientIpFrom(forged, trusted)).toBe("198.51.100.7");
    // An untrusted peer's forwarding counts for nothing.
    expect(clientIpFrom(arriving("192.0.2.1", { "x-forwarded-for": "6.6.6.6" }), trusted)).toBe(
      "192.0.2.1",
    );
  });

  it("stops at the trusted proxy when the entry before it is not an address", () => {
    const trusted = parseTrustedProxies("loopback");
    const headers = arriving("127.0.0.1", { "x-forwarded-for": "unknown" });
    expect(clientIpFrom(headers, trusted)).toBe("127.0.0.1");
  });

  it("gives the leftmost address when every hop is trusted", () => {
    const trusted = parseTrustedProxies("loopback");
    expect(clientIpFrom(arriving("127.0.0.1"), trusted)).toBe("127.0.0.1");
  });

  it("is one address per client across IPv4-mapped IPv6 and ports", () => {
    expect(clientIpFrom(arriving("::ffff:203.0.113.9"), NONE)).toBe("203.0.113.9");
    const trusted = parseTrustedProxies("loopback");
    expect(
      clientIpFrom(arriving("::1", { "x-forwarded-for": "[2001:db8::1]:4711" }), trusted),
    ).toBe("2001:db8::1");
  });

  it("is null when nothing names the client", () => {
    expect(clientIpFrom(new Headers(), NONE)).toBeNull();
  });
});

describe("the peer address hook", () => {
  it("appends the real socket address to whatever X-Forwarded-For a client sends", async () => {
    installPeerAddressHook();
    const server = http.createServer((req, res) => {
      res.end(JSON.stringify(req.headers["x-forwarded-for"] ?? null));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const seen = async (headers: Record<string, string>) =>
        (await fetch(url, { headers })).json() as Promise<string>;

      expect(await seen({})).toBe("127.0.0.1");
      const forged = await seen({ "x-forwarded-for": "6.6.6.6" });
      expect(forged).toBe("6.6.6.6, 127.0.0.1");
      // Two forged addresses from one client: one address for the rate limiter.
      const a = clientIpFrom(new Headers({ "x-forwarded-for": forged }), NONE);
      const b = clientIpFrom(
        new Headers({ "x-forwarded-for": await seen({ "x-forwarded-for": "7.7.7.7" }) }),
        NONE,
      );
      expect(a).toBe("127.0.0.1");
      expect(b).toBe(a);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe("parseTrustedProxies", () => {
  it("understands addresses, ranges and loopback", () => {
    const trusted = parseTrustedProxies(" 192.0.2.10 , 10.0.0.0/8,2001:db8::/32,loopback");
    for (const yes of ["192.0.2.10", "10.200.3.4", "2001:db8::5", "127.0.0.1", "127.9.9.9", "::1"])
      expect(trusted.has(yes), yes).toBe(true);
    for (const no of ["192.0.2.11", "11.0.0.1", "2001:db9::1", "203.0.113.1", "garbage"])
      expect(trusted.has(no), no).toBe(false);
    expect(trusted.has("::ffff:10.0.0.1")).toBe(true);
  });

  it("trusts nobody by default", () => {
    expect(NONE.has("127.0.0.1")).toBe(false);
  });

  it("refuses what it cannot read, naming it", () => {
    for (const bad of ["example.com", "10.0.0.0/33", "10.0.0.0/x", "1.2.3.4/8/9", "::1/129"])
      expect(() => parseTrustedProxies(bad), bad).toThrow(`"${bad}"`);
  });
});

describe("normalizeAddress and isLoopback", () => {
  it("canonicalises what proxies write", () => {
    expect(normalizeAddress("1.2.3.4:80")).toBe("1.2.3.4");
    expect(normalizeAddress("[::1]:3000")).toBe("::1");
    expect(normalizeAddress("FE80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("not-an-ip")).toBeNull();
  });

  it("knows loopback", () => {
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("::ffff:127.0.0.1")).toBe(true);
    expect(isLoopback("::1")).toBe(true);
    expect(isLoopback("10.0.0.1")).toBe(false);
  });
});

describe("forwardedOverHttps", () => {
  const trusted = parseTrustedProxies("loopback");
  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(
      forwardedOverHttps(arriving("127.0.0.1", { "x-forwarded-proto": "https" }), trusted),
    ).toBe(true);
    expect(
      forwardedOverHttps(arriving("127.0.0.1", { "x-forwarded-proto": "http" }), trusted),
    ).toBe(false);
    expect(
      forwardedOverHttps(arriving("203.0.113.9", { "x-forwarded-proto": "https" }), trusted),
    ).toBe(false);
    expect(forwardedOverHttps(arriving("127.0.0.1", { "x-forwarded-proto": "https" }), NONE)).toBe(
      false,
    );
  });
});

describe("outboxOpenFor", () => {
  const local = {
    APP_URL: "http://localhost:3000",
    NODE_ENV: "production",
    mailMode: "outbox",
  } as const;

  it("opens on this machine, for a local server without an email provider", () => {
    expect(outboxOpenFor(arriving("127.0.0.1"), local)).toBe(true);
    expect(outboxOpenFor(arriving("::1"), { ...local, APP_URL: "http://127.0.0.1:3000" })).toBe(
      true,
    );
  });

  it("stays shut for other machines, relayed requests, deployed servers and real email", () => {
    expect(outboxOpenFor(arriving("192.168.1.20"), local)).toBe(false);
    expect(outboxOpenFor(arriving("127.0.0.1", { "x-forwarded-for": "127.0.0.1" }), local)).toBe(
      false,
    );
    expect(outboxOpenFor(arriving("127.0.0.1", { forwarded: "for=203.0.113.9" }), local)).toBe(
      false,
    );
    expect(outboxOpenFor(arriving("127.0.0.1", { "x-real-ip": "203.0.113.9" }), local)).toBe(false);
    expect(
      outboxOpenFor(arriving("127.0.0.1"), { ...local, APP_URL: "https://shop.example" }),
    ).toBe(false);
    expect(outboxOpenFor(arriving("127.0.0.1"), { ...local, mailMode: "resend" })).toBe(false);
    expect(outboxOpenFor(new Headers(), local)).toBe(false);
  });

  it("DEV_OUTBOX=1 opens it from anywhere, but only under next dev", () => {
    const remote = arriving("192.168.1.20");
    const deployed = { ...local, APP_URL: "https://shop.example", DEV_OUTBOX: "1" } as const;
    expect(outboxOpenFor(remote, { ...deployed, NODE_ENV: "development" })).toBe(true);
    expect(outboxOpenFor(remote, deployed)).toBe(false);
    expect(
      outboxOpenFor(remote, { ...deployed, NODE_ENV: "development", mailMode: "resend" }),
    ).toBe(false);
  });
});

describe("contentSecurityPolicy", () => {
  it("runs scripts by nonce only, and upgrades requests only over HTTPS", () => {
    const csp = contentSecurityPolicy({ nonce: "abc", dev: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ])
      expect(csp).toContain(directive);
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "abc", dev: false, https: true })).toContain(
      "upgrade-insecure-requests",
    );
    expect(contentSecurityPolicy({ nonce: "abc", dev: true, https: false })).toContain(
      "'unsafe-eval'",
    );
  });
});
