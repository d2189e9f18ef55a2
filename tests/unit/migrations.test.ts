import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBEDDED_DB_PORT, EMBEDDED_DB_URL } from "../../lib/env";
import * as embeddedDb from "../../scripts/embedded-db.mjs";

const root = path.resolve(__dirname, "../..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const migrationsDir = path.join(root, "prisma/migrations");
const NOT_CARRIED = "has changes that no migration carries; run npm run db:migration:new <name>";

type Result = { code: number; stdout: string; stderr: string };

/** Runs scripts/migrate.mjs the way CI does; no database is involved. */
async function migrate(...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [path.join(root, "scripts/migrate.mjs"), ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "backroom-migrations-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function schemaWith(name: string, edit: (schema: string) => string) {
  const file = path.join(dir, name);
  await writeFile(file, edit(await readFile(schemaPath, "utf8")));
  return file;
}

const withNewModel = (schema: string) =>
  `${schema}\nmodel Widget {\n  id    String @id @default(cuid())\n  label String\n}\n`;

describe.concurrent("migrate check", () => {
  it("passes for the committed schema", { timeout: 60_000 }, async () => {
    const result = await migrate("check");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^OK: /);
  });

  it("fails when a model has no migration", { timeout: 60_000 }, async () => {
    const changed = await schemaWith("new-model.prisma", withNewModel);
    const result = await migrate("check", "--schema", changed);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(NOT_CARRIED);
    expect(result.stderr).toContain('CREATE TABLE "Widget"');
  });

  it("fails when a field has no migration", { timeout: 60_000 }, async () => {
    const changed = await schemaWith("new-field.prisma", (s) =>
      s.replace(/^model OutboxEmail \{\n/m, (m) => `${m}  cc        String?\n`),
    );
    const result = await migrate("check", "--schema", changed);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(NOT_CARRIED);
    expect(result.stderr).toMatch(/ALTER TABLE "OutboxEmail" ADD COLUMN +"cc" TEXT/);
  });
});

describe("migrate new", () => {
  it(
    "writes the migration that makes check pass, then refuses an empty one",
    { timeout: 120_000 },
    async () => {
      const migrations = path.join(dir, "migrations");
      await cp(migrationsDir, migrations, { recursive: true });
      const changed = await schemaWith("widget.prisma", withNewModel);
      const flags = ["--schema", changed, "--migrations-dir", migrations];

      const created = await migrate("new", "Add widget", ...flags);
      expect(created.code).toBe(0);
      const folder = (await readdir(migrations)).filter((f) => f.endsWith("_add_widget"));
      expect(folder).toHaveLength(1);
      const sql = await readFile(path.join(migrations, folder[0]!, "migration.sql"), "utf8");
      expect(sql).toContain('CREATE TABLE "Widget"');
      expect(sql).not.toContain('"Organization"');

      expect((await migrate("check", ...flags)).code).toBe(0);
      const again = await migrate("new", "again", ...flags);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toContain("No changes");
    },
  );
});

describe("embedded database defaults", () => {
  it("match lib/env.ts", () => {
    expect(embeddedDb.EMBEDDED_DB_PORT).toBe(EMBEDDED_DB_PORT);
    expect(embeddedDb.EMBEDDED_DB_URL).toBe(EMBEDDED_DB_URL);
  });
});
