#!/usr/bin/env node
// Database migrations without Prisma's native schema engine (it cannot be downloaded here):
//   deploy            apply pending prisma/migrations to DATABASE_URL (default: embedded db)
//   new <name>        write the migration from the latest snapshot to prisma/schema.prisma
//   check             fail when prisma/schema.prisma has changes no migration carries
// Migrations stay in Prisma's folder format, so `prisma migrate deploy` can apply them too.
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { EMBEDDED_DB_URL } from "./embedded-db.mjs";
import {
  LOCK_FILE,
  LOCK_FILE_CONTENT,
  MIGRATION_FILE,
  SNAPSHOT_FILE,
  applyMigrations,
  diffSchemas,
  readMigrationsDir,
} from "./lib/schema-engine.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
let migrationsDir = path.join(root, "prisma", "migrations");
const defaultSchema = path.join(root, "prisma", "schema.prisma");

class UsageError extends Error {}

const usage = `Usage:
  node scripts/migrate.mjs deploy [--url <database-url>]
  node scripts/migrate.mjs new <name> [--empty] [--schema <path>]
  node scripts/migrate.mjs check [--schema <path>]
  (--migrations-dir <path> replaces prisma/migrations, for tests)`;

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: "string" },
      schema: { type: "string" },
      "migrations-dir": { type: "string" },
      empty: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help) return console.log(usage);
  const schemaPath = values.schema ? path.resolve(values.schema) : defaultSchema;
  if (values["migrations-dir"]) migrationsDir = path.resolve(values["migrations-dir"]);
  if (command === "deploy" && rest.length === 0) return deploy(values.url);
  if (command === "new" && rest.length === 1) return create(rest[0], schemaPath, values.empty);
  if (command === "check" && rest.length === 0) return check(schemaPath);
  throw new UsageError(usage);
}

async function deploy(urlOption) {
  const url = urlOption || process.env.DATABASE_URL || EMBEDDED_DB_URL;
  const source = urlOption ? "--url" : process.env.DATABASE_URL ? "DATABASE_URL" : "embedded";
  console.log(`Migrating ${redact(url)} (${source})`);
  const started = Date.now();
  let applied;
  try {
    applied = await applyMigrations(url, migrationsDir, {
      onApply: (name) => console.log(`  applying ${name}`),
    });
  } catch (error) {
    if (error.code === "ECONNREFUSED" && source === "embedded") {
      error.message +=
        "\nIs the embedded database running? Start it with: node scripts/embedded-db.mjs";
    }
    throw error;
  }
  const took = `${Date.now() - started} ms`;
  console.log(
    applied.length === 0
      ? `No pending migrations (${took}).`
      : `Applied ${applied.length} migration(s) in ${took}.`,
  );
}

async function create(rawName, schemaPath, empty) {
  const name = rawName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!name)
    throw new UsageError(`"${rawName}" gives an empty migration name; use letters or digits.`);

  const schema = await readFile(schemaPath, "utf8");
  const { latest, snapshot } = await latestSnapshot();
  let script;
  if (empty) {
    if (!latest)
      throw new UsageError("--empty needs an earlier migration to take the schema from.");
    script = "-- This is an empty migration. Write SQL that the schema diff cannot express.\n";
  } else {
    script = await diffSchemas(snapshot, schema);
    if (!script) {
      throw new UsageError(
        `No changes: ${display(schemaPath)} matches ${latest ? latest.name : "an empty database"}. ` +
          "Use --empty for a hand-written migration.",
      );
    }
  }

  const folder = `${nextTimestamp(latest?.name)}_${name}`;
  const dir = path.join(migrationsDir, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, MIGRATION_FILE), script);
  // An empty migration changes no schema, so it carries the previous snapshot: `check` then
  // still flags schema edits that wait for a real migration.
  if (empty) await copyFile(path.join(latest.dir, SNAPSHOT_FILE), path.join(dir, SNAPSHOT_FILE));
  else await writeFile(path.join(dir, SNAPSHOT_FILE), schema);
  const lockPath = path.join(migrationsDir, LOCK_FILE);
  if (!existsSync(lockPath)) await writeFile(lockPath, LOCK_FILE_CONTENT);

  console.log(`Created ${display(path.join(dir, MIGRATION_FILE))}`);
  const drops = script.match(/^(?:DROP TABLE|ALTER TABLE .* DROP COLUMN|DROP TYPE) .*$/gm) ?? [];
  if (drops.length > 0) {
    console.log(`Warning: it drops data; review before deploying:\n  ${drops.join("\n  ")}`);
  }
  console.log("Review it, then apply it with: npm run db:migrate");
}

async function check(schemaPath) {
  const schema = await readFile(schemaPath, "utf8");
  const { latest, snapshot } = await latestSnapshot();
  const pending = await diffSchemas(snapshot, schema);
  if (pending) {
    const preview = pending.trimEnd().split("\n");
    const shown = preview.slice(0, 30).map((l) => (l ? `  ${l}` : ""));
    if (preview.length > 30) shown.push(`  … ${preview.length - 30} more lines`);
    console.error(
      `${display(schemaPath)} has changes that no migration carries; ` +
        "run npm run db:migration:new <name>\n" +
        `Pending SQL since ${latest ? latest.name : "an empty database"}:\n${shown.join("\n")}`,
    );
    process.exitCode = 1;
    return;
  }
  console.log(`OK: ${display(schemaPath)} matches the latest migration (${latest?.name}).`);
}

/** The newest migration and the schema it leads to (null snapshot: no migration yet). */
async function latestSnapshot() {
  const migrations = await readMigrationsDir(migrationsDir);
  const latest = migrations.at(-1);
  if (!latest) return { latest: null, snapshot: null };
  const file = path.join(latest.dir, SNAPSHOT_FILE);
  if (!existsSync(file)) {
    throw new Error(
      `${display(latest.dir)} has no ${SNAPSHOT_FILE}, so the schema it leads to is unknown. ` +
        `Save the schema.prisma of that migration's commit there (git show <commit>:prisma/schema.prisma).`,
    );
  }
  return { latest, snapshot: await readFile(file, "utf8") };
}

// Prisma's UTC YYYYMMDDHHMMSS, nudged past the newest migration so that two migrations made
// within one second (or on a clock behind the last one's) still apply in creation order.
function nextTimestamp(latestName) {
  const stamp = (date) => date.toISOString().replace(/\D/g, "").slice(0, 14);
  let date = new Date();
  const last = /^\d{14}/.exec(latestName ?? "")?.[0];
  if (last && stamp(date) <= last) {
    const t = last.replace(/^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/, "$1-$2-$3T$4:$5:$6Z");
    date = new Date(Date.parse(t) + 1000);
  }
  return stamp(date);
}

const display = (p) => (p.startsWith(root + path.sep) ? path.relative(root, p) : p);

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<unparseable database url>";
  }
}

main(process.argv.slice(2)).catch((error) => {
  const usageError = error instanceof UsageError || error.code?.startsWith("ERR_PARSE_ARGS");
  console.error(usageError ? error.message : `Error: ${error.message}`);
  process.exitCode = usageError ? 2 : 1;
});
