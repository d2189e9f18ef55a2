import { describe, expect, it } from "vitest";
import { safeRedirectPath, sameOriginRedirect } from "@/lib/auth/safe-redirect";

const OFF_SITE = [
  "/\\evil.example/",
  "/\\tevil.example",
  "/\tevil.example",
  "/\t/evil.example",
  "//evil.example",
  "//evil.example/orders",
  "///evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "https://evil.example",
  "http://evil.example/orders",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "java\nscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "\t//evil.example",
  "/.//evil.example",
  "/./\\evil.example",
  "/orders\t",
  "mailto:someone@evil.example",
];

const HOME_PATHS: Array<[string, string]> = [
  ["/", "/"],
  ["/orders", "/orders"],
  ["/orders?status=paid#x", "/orders?status=paid#x"],
  ["/invite/abc123", "/invite/abc123"],
  ["/settings/team?tab=roles", "/settings/team?tab=roles"],
  // Encoded slashes stay encoded in the path: a browser does not read them as a host.
  ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ["/%5Cevil.example", "/%5Cevil.example"],
  ["/%2f%2fevil.example", "/%2f%2fevil.example"],
  ["orders", "/orders"],
  // Without a host, "https:" on an https site is a relative path.
  ["https:evil.example", "/evil.example"],
  ["/orders/../customers", "/customers"],
];

describe("safeRedirectPath", () => {
  it.each(OFF_SITE)("sends %j home", (target) => {
    expect(safeRedirectPath(target)).toBe("/");
  });

  it.each(HOME_PATHS)("keeps the same-site path %j", (target, expected) => {
    expect(safeRedirectPath(target)).toBe(expected);
  });

  it.each([undefined, null, "", 42, ["/orders"], "/".repeat(3000)])(
    "treats %j as no target",
    (target) => {
      expect(safeRedirectPath(target)).toBe("/");
    },
  );

  it("never returns a target a browser would resolve to another origin", () => {
    for (const target of [...OFF_SITE, ...HOME_PATHS.map(([t]) => t)]) {
      const path = safeRedirectPath(target);
      expect(new URL(path, "https://shop.example").origin).toBe("https://shop.example");
    }
  });
});

describe("sameOriginRedirect", () => {
  const baseUrl = "https://shop.example";

  // Refused targets land on the app's home page, with or without its trailing slash.
  const home = [baseUrl, `${baseUrl}/`];

  it.each(OFF_SITE)("refuses %j", (url) => {
    expect(home).toContain(sameOriginRedirect({ url, baseUrl }));
  });

  it("refuses another port, scheme or subdomain of the app's host", () => {
    for (const url of [
      "https://shop.example:8443/orders",
      "http://shop.example/orders",
      "https://evil.shop.example/orders",
      "https://shop.example.evil.example/",
      "https://shop.example@evil.example/",
    ]) {
      expect(home).toContain(sameOriginRedirect({ url, baseUrl }));
    }
  });

  it("keeps absolute and relative targets on the app's origin", () => {
    expect(sameOriginRedirect({ url: "https://shop.example/orders?status=paid#x", baseUrl })).toBe(
      "https://shop.example/orders?status=paid#x",
    );
    expect(sameOriginRedirect({ url: "/invite/abc", baseUrl })).toBe(
      "https://shop.example/invite/abc",
    );
  });
});
