import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRowStager, type StagedRow } from "@/lib/imports/stage-rows";
import { startEmbeddedDb } from "@/scripts/embedded-db.mjs";

/**
 * `npm start` without DATABASE_URL runs on the embedded PGlite, whose socket server cannot do
 * COPY FROM STDIN; the stager must notice and insert in batches there, with the same result.
 */
describe("staging rows on the embedded database", () => {
  let embedded: Awaited<ReturnType<typeof startEmbeddedDb>>;
  let client: pg.Client;
  const dataDir = mkdtempSync(path.join(tmpdir(), "backroom-pglite-"));

  beforeAll(async () => {
    embedded = await startEmbeddedDb({ dataDir, port: 0 });
    const code = await new Promise<number | null>((resolve) =>
      spawn("node", ["scripts/migrate.mjs", "deploy"], {
        env: { ...process.env, DATABASE_URL: embedded.url },
        stdio: "ignore",
      }).on("exit", resolve),
    );
    expect(code).toBe(0);
    client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
  }, 120_000);

  afterAll(async () => {
    await client?.end();
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("stages valid and invalid rows in batches", async () => {
    await client.query(
      `INSERT INTO "Organization" ("id", "name", "slug", "updatedAt") VALUES ('org1', 'Shop', 'shop', now())`,
    );
    await client.query(
      `INSERT INTO "ImportRun" ("id", "orgId", "number", "kind", "fileName", "fileSha256", "actorType", "actorLabel", "updatedAt")
       VALUES ('run1', 'org1', 1, 'CUSTOMERS', 'c.csv', 'x', 'USER', 'Owner', now())`,
    );
    const stager = await openRowStager(
      { id: "run1", orgId: "org1" },
      { connectionString: embedded.url },
    );
    const rows: StagedRow[] = [];
    for (let i = 2; i <= 4_502; i++) {
      rows.push(
        i === 7
          ? {
              rowNumber: i,
              naturalKey: null,
              data: null,
              errors: [{ column: "Email", value: "x", message: "Enter an email address." }],
            }
          : {
              rowNumber: i,
              naturalKey: `c${i}@example.com`,
              data: { email: `c${i}@example.com`, note: "tab\there" },
              errors: null,
            },
      );
    }
    for (const row of rows) await stager.add(row);
    await stager.finish();

    const { rows: counts } = await client.query<{ outcome: string | null; n: number }>(
      `SELECT "outcome", count(*)::int AS n FROM "ImportRow" WHERE "importRunId" = 'run1' GROUP BY 1 ORDER BY 1`,
    );
    expect(counts).toEqual([
      { outcome: "INVALID", n: 1 },
      { outcome: null, n: 4_500 },
    ]);
    const { rows: sample } = await client.query(
      `SELECT "naturalKey", "data", "errors" FROM "ImportRow" WHERE "importRunId" = 'run1' AND "rowNumber" IN (2, 7) ORDER BY "rowNumber"`,
    );
    expect(sample).toEqual([
      {
        naturalKey: "c2@example.com",
        data: { email: "c2@example.com", note: "tab\there" },
        errors: null,
      },
      {
        naturalKey: null,
        data: null,
        errors: [{ column: "Email", value: "x", message: "Enter an email address." }],
      },
    ]);
  });
});
