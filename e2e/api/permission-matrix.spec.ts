import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext } from "@playwright/test";
import type pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { ALL_PERMISSIONS, type Permission } from "../../lib/rbac/permissions";
import { DEMO_ACCOUNTS } from "../support/auth";
import { withDb } from "../support/db";
import { signInOverHttp } from "../support/http";

/**
 * Every page section that shows another domain's data renders through <RequiresPermission>,
 * which marks it `data-requires="<permission>"`. Generated from the pages on disk and the
 * permission list: for each permission P, a member whose role holds everything but P opens
 * every page, and no section marked P may appear (nor may any page fail). A new page is
 * visited without being listed here; a new dynamic page needs a sample id below.
 */

const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../app/(app)");

/** Routes of app/(app), e.g. "/customers/[id]/edit", found from its page.tsx files. */
function pageRoutes(dir = APP_DIR, prefix = ""): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      routes.push(...pageRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`));
    } else if (entry.name === "page.tsx") {
      routes.push(prefix || "/");
    }
  }
  return routes.sort();
}

/** A demo record for each dynamic segment, by the route before it. */
const SAMPLES: Record<string, string> = {
  "/customers/[id]": `SELECT "customerId" AS id FROM "Order" WHERE "orgId" = $1 AND "customerId" IS NOT NULL LIMIT 1`,
  "/imports/[id]": `SELECT id FROM "ImportRun" WHERE "orgId" = $1 ORDER BY "createdAt" LIMIT 1`,
  "/inventory/purchase-orders/[id]": `SELECT id FROM "PurchaseOrder" WHERE "orgId" = $1 ORDER BY (status = 'DRAFT') DESC LIMIT 1`,
  "/orders/[id]": `SELECT id FROM "Order" WHERE "orgId" = $1 ORDER BY (status = 'DRAFT') DESC, "customerId" IS NULL LIMIT 1`,
  "/products/[id]": `SELECT id FROM "Product" WHERE "orgId" = $1 LIMIT 1`,
  "/reports/products/[id]": `SELECT id FROM "Product" WHERE "orgId" = $1 LIMIT 1`,
};

async function resolvePaths(client: pg.Client, orgId: string): Promise<string[]> {
  const paths: string[] = [];
  for (const route of pageRoutes()) {
    const dynamic = route.match(/^(.*?\/\[id\])/)?.[1];
    if (!dynamic) {
      paths.push(route);
      continue;
    }
    const sql = SAMPLES[dynamic];
    if (!sql) throw new Error(`Add a sample id for ${dynamic} to the permission matrix`);
    const { rows } = await client.query<{ id: string }>(sql, [orgId]);
    // The demo shop has no import yet on a fresh database; every other sample exists.
    if (!rows[0] && dynamic === "/imports/[id]") continue;
    expect(rows[0], `a demo record for ${dynamic}`).toBeTruthy();
    paths.push(route.replace("[id]", rows[0]!.id));
  }
  return paths;
}

type Visit = { path: string; status: number; markers: Set<string> };

async function visitAll(request: APIRequestContext, paths: string[]): Promise<Visit[]> {
  const visits: Visit[] = [];
  // A few at a time: the server renders on the same 2 cores.
  for (let i = 0; i < paths.length; i += 4) {
    const batch = paths.slice(i, i + 4);
    visits.push(
      ...(await Promise.all(
        batch.map(async (p) => {
          const response = await request.get(p, { maxRedirects: 0 });
          const html = response.status() === 200 ? await response.text() : "";
          const markers = new Set([...html.matchAll(/data-requires="([^"]+)"/g)].map((m) => m[1]!));
          return { path: p, status: response.status(), markers };
        }),
      )),
    );
  }
  return visits;
}

test.describe("page sections by permission", () => {
  const email = `matrix-${randomBytes(4).toString("hex")}@e2e.backroom.test`;
  const password = `matrix-${randomBytes(6).toString("hex")}`;
  let roleId = "";
  let paths: string[] = [];

  test.beforeAll(async () => {
    const passwordHash = await hashPassword(password);
    await withDb(async (client) => {
      const { rows } = await client.query<{ orgId: string }>(
        `SELECT m."orgId" FROM "Membership" m JOIN "User" u ON u.id = m."userId"
         JOIN "Organization" o ON o.id = m."orgId"
         WHERE u.email = $1 AND o.name = 'Northwind Outfitters'`,
        [DEMO_ACCOUNTS.owner.email],
      );
      const orgId = rows[0]!.orgId;
      const suffix = randomBytes(6).toString("hex");
      const userId = `matrixuser${suffix}`;
      roleId = `matrixrole${suffix}`;
      const membershipId = `matrixmember${suffix}`;
      await client.query(
        `INSERT INTO "User" (id, name, email, "emailVerified", "passwordHash", "updatedAt")
         VALUES ($1, 'Matrix Probe', $2, now(), $3, now())`,
        [userId, email, passwordHash],
      );
      await client.query(
        `INSERT INTO "Role" (id, "orgId", key, name, permissions, "updatedAt")
         VALUES ($1, $2, $3, $4, $5, now())`,
        [roleId, orgId, `custom-matrix-${suffix}`, `Matrix ${suffix}`, ALL_PERMISSIONS],
      );
      await client.query(`INSERT INTO "Membership" (id, "orgId", "userId") VALUES ($1, $2, $3)`, [
        membershipId,
        orgId,
        userId,
      ]);
      await client.query(
        `INSERT INTO "MembershipRole" ("membershipId", "roleId") VALUES ($1, $2)`,
        [membershipId, roleId],
      );
      paths = await resolvePaths(client, orgId);
    });
  });

  const grant = (permissions: readonly Permission[]) =>
    withDb((client) =>
      client.query(`UPDATE "Role" SET permissions = $2 WHERE id = $1`, [roleId, permissions]),
    );

  test("no section shows for a member without its permission", async ({ request }) => {
    test.setTimeout(300_000);
    await signInOverHttp(request, email, password);

    // With every permission, every page opens and the gated sections are there to be hidden.
    const full = await visitAll(request, paths);
    for (const visit of full) expect(visit.status, visit.path).toBeLessThan(400);
    const seen = new Set(full.flatMap((v) => [...v.markers]));
    for (const marker of seen) expect(ALL_PERMISSIONS).toContain(marker);
    expect([...seen]).toEqual(expect.arrayContaining(["orders.view", "inventory.view"]));

    for (const missing of ALL_PERMISSIONS) {
      // Role changes apply on the next request: no new sign-in between rounds.
      await grant(ALL_PERMISSIONS.filter((p) => p !== missing));
      for (const visit of await visitAll(request, paths)) {
        expect([200, 403, 404, 307], `${visit.path} without ${missing}`).toContain(visit.status);
        expect([...visit.markers], `${visit.path} without ${missing}`).not.toContain(missing);
      }
    }
  });
});
