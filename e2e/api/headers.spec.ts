import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_ORG_NAME } from "../../prisma/demo-accounts";
import { withDb } from "../support/db";
import { signInOverHttp } from "../support/http";

/**
 * What every response says about itself: a nonce-based Content-Security-Policy, the fixed
 * security headers, HSTS only over HTTPS, honest 403/404 statuses, and a client address that a
 * client cannot choose. The e2e server is plain HTTP with no TRUSTED_PROXIES.
 */

function nonceOf(csp: string | undefined): string {
  const nonce = /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
  expect(nonce, `a nonce in ${csp}`).toBeTruthy();
  return nonce!;
}

test("pages carry a strict, per-request Content-Security-Policy that their scripts satisfy", async ({
  request,
}) => {
  const first = await request.get("/sign-in");
  expect(first.status()).toBe(200);
  const csp = first.headers()["content-security-policy"];
  const nonce = nonceOf(csp);
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const directive of [
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ])
    expect(csp).toContain(directive);

  // Every script in the page, Next.js's own and our inline theme script, has this nonce.
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(1);
  for (const tag of scripts) expect(tag, tag).toContain(`nonce="${nonce}"`);

  const second = await request.get("/sign-in");
  expect(nonceOf(second.headers()["content-security-policy"])).not.toBe(nonce);
});

test("a nonce sent by the client is not the one the page uses", async ({ request }) => {
  const response = await request.get("/sign-in", {
    headers: { "content-security-policy": "script-src 'nonce-chosen'", "x-nonce": "chosen" },
  });
  expect(response.headers()["content-security-policy"]).not.toContain("nonce-chosen");
  expect(await response.text()).not.toContain('nonce="chosen"');
});

test("the fixed security headers, on pages and API routes alike", async ({ request }) => {
  for (const path of ["/sign-in", "/api/health"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
});

test("no HSTS over plain HTTP, even when a client claims HTTPS", async ({ request }) => {
  for (const headers of [{}, { "x-forwarded-proto": "https" }] as Record<string, string>[]) {
    const response = await request.get("/sign-in", { headers });
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
    expect(response.headers()["content-security-policy"]).not.toContain(
      "upgrade-insecure-requests",
    );
  }
});

test.describe("statuses", () => {
  let owner: APIRequestContext;
  let viewer: APIRequestContext;

  test.beforeAll(async ({ playwright, baseURL }) => {
    owner = await playwright.request.newContext({ baseURL });
    await signInOverHttp(owner, DEMO_ACCOUNTS.owner.email, DEMO_ACCOUNTS.owner.password);

    // A member of the demo shop whose only role lets them see products, not the team.
    const email = `viewer-${randomBytes(4).toString("hex")}@e2e.backroom.test`;
    const password = "headers-viewer-password";
    const passwordHash = await hashPassword(password);
    await withDb(async (client) => {
      const suffix = randomBytes(6).toString("hex");
      const {
        rows: [org],
      } = await client.query<{ id: string }>(`SELECT id FROM "Organization" WHERE name = $1`, [
        DEMO_ORG_NAME,
      ]);
      await client.query(
        `INSERT INTO "User" (id, email, name, "emailVerified", "passwordHash", "updatedAt")
         VALUES ($1, $2, 'Vera Viewer', now(), $3, now())`,
        [`e2e_user_${suffix}`, email, passwordHash],
      );
      await client.query(
        `INSERT INTO "Role" (id, "orgId", key, name, permissions, "updatedAt")
         VALUES ($1, $2, $3, 'Catalogue viewer', ARRAY['catalog.view'], now())`,
        [`e2e_role_${suffix}`, org!.id, `viewer-${suffix}`],
      );
      await client.query(`INSERT INTO "Membership" (id, "orgId", "userId") VALUES ($1, $2, $3)`, [
        `e2e_member_${suffix}`,
        org!.id,
        `e2e_user_${suffix}`,
      ]);
      await client.query(
        `INSERT INTO "MembershipRole" ("membershipId", "roleId") VALUES ($1, $2)`,
        [`e2e_member_${suffix}`, `e2e_role_${suffix}`],
      );
    });
    viewer = await playwright.request.newContext({ baseURL });
    await signInOverHttp(viewer, email, password);
  });
  test.afterAll(async () => {
    await owner?.dispose();
    await viewer?.dispose();
  });

  test("a missing page or record: 404, signed in or not", async ({ request }) => {
    expect((await request.get("/no-such-page")).status()).toBe(404);
    for (const path of ["/no-such-page", "/orders/does-not-exist", "/customers/does-not-exist"]) {
      const response = await owner.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain("We couldn");
    }
  });

  test("a page outside the member's permissions: 403", async () => {
    for (const path of ["/settings/team", "/orders", "/reports"]) {
      const response = await viewer.get(path);
      expect(response.status(), path).toBe(403);
      expect(await response.text(), path).toContain("have access to this page");
    }
    expect((await viewer.get("/products")).status()).toBe(200);
  });
});

test("the development outbox is a 404 to a stranger, signed out or claiming to be local", async ({
  request,
}) => {
  for (const headers of [{}, { "x-forwarded-for": "127.0.0.1" }] as Record<string, string>[]) {
    expect((await request.get("/dev/outbox", { headers })).status()).toBe(404);
  }
});

test("a forged X-Forwarded-For does not change the address the rate limiter counts", async ({
  request,
}) => {
  const counted = () =>
    withDb(async (client) => {
      const { rows } = await client.query<{ key: string; points: number }>(
        `SELECT key, points FROM "RateLimiterFlexible" WHERE key LIKE 'auth-ip:%'`,
      );
      return new Map(rows.map((r) => [r.key, r.points]));
    });
  const before = (await counted()).get("auth-ip:127.0.0.1") ?? 0;

  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  for (const forged of ["198.51.100.1", "198.51.100.2, 203.0.113.5"]) {
    await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "nobody@e2e.backroom.test", password: "wrong", callbackUrl: "/" },
      headers: { "x-forwarded-for": forged },
      maxRedirects: 0,
    });
  }

  const after = await counted();
  // Other specs may sign in meanwhile, so at least these two; and none under a forged address.
  expect(after.get("auth-ip:127.0.0.1") ?? 0).toBeGreaterThanOrEqual(before + 2);
  expect([...after.keys()].filter((k) => /198\.51\.100|203\.0\.113/.test(k))).toEqual([]);
});
