import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

/** proxy.ts as loaded by a server with this environment. */
async function proxyWith(env: Record<string, string>) {
  vi.resetModules();
  for (const [key, value] of Object.entries(env)) vi.stubEnv(key, value);
  return (await import("@/proxy")).proxy;
}

/** A request as the app sees it: X-Forwarded-For ends with the socket's address. */
function request(peer: string, headers: Record<string, string> = {}) {
  const sent = new Headers(headers);
  const forwarded = sent.get("x-forwarded-for");
  sent.set("x-forwarded-for", forwarded ? `${forwarded}, ${peer}` : peer);
  return new NextRequest("http://localhost:3000/reports", { headers: sent });
}

afterEach(() => vi.unstubAllEnvs());

describe("HSTS", () => {
  it("is sent when the public URL is HTTPS", async () => {
    const proxy = await proxyWith({ APP_URL: "https://shop.example", TRUSTED_PROXIES: "" });
    const response = await proxy(request("203.0.113.9"));
    expect(response.headers.get("strict-transport-security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("is sent when a trusted proxy says the request came over HTTPS", async () => {
    const proxy = await proxyWith({
      APP_URL: "http://localhost:3000",
      TRUSTED_PROXIES: "10.0.0.2",
    });
    const response = await proxy(
      request("10.0.0.2", { "x-forwarded-for": "198.51.100.4", "x-forwarded-proto": "https" }),
    );
    expect(response.headers.get("strict-transport-security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
  });

  it("is not sent over plain HTTP, whatever an untrusted client claims", async () => {
    const proxy = await proxyWith({
      APP_URL: "http://localhost:3000",
      TRUSTED_PROXIES: "10.0.0.2",
    });
    for (const req of [
      request("203.0.113.9"),
      request("203.0.113.9", { "x-forwarded-proto": "https" }),
      request("10.0.0.2", { "x-forwarded-proto": "http" }),
    ]) {
      const response = await proxy(req);
      expect(response.headers.get("strict-transport-security")).toBeNull();
      expect(response.headers.get("content-security-policy")).not.toContain(
        "upgrade-insecure-requests",
      );
    }
  });
});

describe("the nonce", () => {
  it("is fresh per request and handed to the render in the request's CSP header", async () => {
    const proxy = await proxyWith({ APP_URL: "http://localhost:3000" });
    const first = await proxy(request("127.0.0.1", { "x-nonce": "chosen" }));
    const second = await proxy(request("127.0.0.1"));
    const nonce = /'nonce-([^']+)'/.exec(first.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    // NextResponse.next({ request: { headers } }) passes the overrides as x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(
      first.headers.get("content-security-policy"),
    );
  });
});
