// What `npm start` and `npm run dev` share: dependencies, a persistent auth
// secret, the database (embedded unless DATABASE_URL is set), migrations and demo data.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EMBEDDED_BUDGET } from "../../lib/db/connection-budget.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function log(message) {
  console.log(`\x1b[36m[backroom]\x1b[0m ${message}`);
}

/** Installs dependencies on a fresh clone, or when package-lock.json changed since the last install. */
export async function ensureDependencies() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log("Installing dependencies…");
  // `npm ci` installs exactly the lockfile and never rewrites it, so a fresh clone stays clean.
  await run("npm", ["ci", "--no-audit", "--no-fund"]);
}

/** AUTH_SECRET from the environment, or one generated once and kept under .data/. */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

/**
 * The database URL to use: DATABASE_URL when set, otherwise the embedded
 * PostgreSQL (PGlite, data under .data/pglite) started in this process. `env` holds what the
 * app and scripts need to stay within the embedded server's connection budget.
 */
export async function ensureDatabase(options = {}) {
  if (process.env.DATABASE_URL) {
    log("Using the PostgreSQL server in DATABASE_URL.");
    return { url: process.env.DATABASE_URL, env: {}, stop: async () => {} };
  }
  const { startEmbeddedDb } = await import("../embedded-db.mjs");
  log(`Starting the embedded PostgreSQL (data in ${options.dataDir ?? ".data/pglite"})…`);
  const database = await startEmbeddedDb(options);
  return { ...database, env: embeddedAppEnv() };
}

/**
 * The app's pool on the embedded server, from lib/db/connection-budget.mjs: the app sees a
 * DATABASE_URL like any server's, so it is told the size rather than left to its server default.
 */
export function embeddedAppEnv() {
  return { DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? String(EMBEDDED_BUDGET.appPool) };
}

export async function migrateAndSeed(env) {
  log("Applying migrations…");
  await run("node", ["scripts/migrate.mjs", "deploy"], env);
  log("Loading demo data…");
  await run("node", ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], env);
}

/**
 * Runs a command to completion. Asynchronous on purpose: the embedded database
 * is served from this process, and a blocking spawn would starve it.
 */
export function run(command, args, env = process.env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(" ")} failed (exit ${code ?? signal})`)),
    );
  });
}

/** Starts a long-running child and resolves when `url` answers. */
export async function startServer(command, args, env, url, timeoutMs = 120_000) {
  const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${command} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url, { redirect: "manual" });
      if (response.status < 500) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

/** Stops the children and the embedded database once, on Ctrl-C or termination. */
export function onShutdown(cleanup) {
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    log(`Stopping (${signal})…`);
    try {
      await cleanup();
    } finally {
      process.exit(0);
    }
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
