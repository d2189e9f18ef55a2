#!/usr/bin/env node
// Provisions a fresh, migrated PostgreSQL database for a test run and drops it afterwards.
//
// Which server:
//   1. TEST_DATABASE_URL, if set: a new database is created on that server (the URL's own
//      database is only used to connect as an administrator).
//   2. 127.0.0.1:5432 (TEST_PG_PROBE_PORT overrides the port), if it answers; users postgres
//      then root are tried (trust auth on this machine kind).
//   3. Otherwise a throwaway cluster from the installed PostgreSQL binaries
//      (/usr/lib/postgresql/<newest>/bin), on a free port in a temp dir, run as the `postgres`
//      user when we are root (postgres refuses to run as root); stopped and deleted at the end.
//
// The database (backroom_<prefix>_<timestamp>_<random>) is migrated with
// `node scripts/migrate.mjs deploy` and dropped by drop() unless KEEP_TEST_DB=1.
//
// Library:  const { url, drop } = await provisionTestDatabase({ prefix: "integration" });
// CLI:      node scripts/test-db.mjs run [--prefix p] [--no-migrate] -- <command> [args...]
//           node scripts/test-db.mjs create [--prefix p] [--no-migrate]   (prints the URL, keeps it)
//           node scripts/test-db.mjs drop <url>
//           node scripts/test-db.mjs prune [--older-than-hours 12]         (drops leftovers)

import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const NAME_RE = /^backroom_[a-z0-9]+(?:_[a-z0-9]+)*_(\d{14})_[a-z0-9]{6}$/;
const CLUSTER_DIR_PREFIX = "backroom-pg-";

const log = (...args) => console.error("[test-db]", ...args);
const verbose = process.env.TEST_DB_VERBOSE === "1";

// ─── small helpers ───────────────────────────────────────────────────────────

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

function redact(url) {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}

function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

function timestamp(d = new Date()) {
  return d.toISOString().replace(/[-:T]/g, "").slice(0, 14); // yyyymmddhhmmss (UTC)
}

function databaseName(prefix) {
  const clean =
    String(prefix || "test")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .slice(0, 30) || "test";
  return `backroom_${clean}_${timestamp()}_${randomBytes(4).toString("hex").slice(0, 6)}`;
}

/** Runs one statement on a short-lived connection. */
async function query(url, sql, params) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Resolves true when the URL accepts a connection, false when refused/unreachable. */
async function canConnect(url) {
  try {
    await query(url, "select 1");
    return true;
  } catch (err) {
    if (verbose) log(`probe ${redact(url)} failed: ${err.message}`);
    return false;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

// ─── throwaway cluster ───────────────────────────────────────────────────────

function findPgBin() {
  if (process.env.TEST_PG_BIN) return process.env.TEST_PG_BIN;
  const base = "/usr/lib/postgresql";
  let versions = [];
  try {
    versions = fs
      .readdirSync(base)
      .filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
  } catch {
    /* not installed */
  }
  if (versions.length === 0) return null;
  return path.join(base, versions[0], "bin");
}

/** The account the cluster runs as: ourselves, or `postgres`/`nobody` when we are root. */
function clusterUser() {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return null;
  for (const name of [process.env.TEST_PG_RUN_AS, "postgres", "nobody"].filter(Boolean)) {
    const r = spawnSync("id", ["-u", name], { encoding: "utf8" });
    if (r.status === 0) {
      const uid = Number(r.stdout.trim());
      const gid = Number(spawnSync("id", ["-g", name], { encoding: "utf8" }).stdout.trim());
      return { name, uid, gid };
    }
  }
  throw new Error("running as root and found no non-root user (postgres/nobody) to run PostgreSQL");
}

function asUser(user, cmd, args) {
  if (!user) return [cmd, args];
  if (fs.existsSync("/usr/sbin/runuser") || fs.existsSync("/sbin/runuser")) {
    return ["runuser", ["-u", user.name, "--", cmd, ...args]];
  }
  return ["setpriv", [`--reuid=${user.uid}`, `--regid=${user.gid}`, "--init-groups", cmd, ...args]];
}

function run(user, cmd, args, { timeout = 120_000 } = {}) {
  const [c, a] = asUser(user, cmd, args);
  const r = spawnSync(c, a, { encoding: "utf8", cwd: os.tmpdir(), timeout });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}`.trim();
    throw new Error(`${cmd} ${args.join(" ")} failed (exit ${r.status}):\n${out}`);
  }
  return r.stdout;
}

async function startThrowawayCluster() {
  const bin = findPgBin();
  if (!bin) {
    throw new Error(
      "no PostgreSQL server answers and no PostgreSQL binaries are installed " +
        "(/usr/lib/postgresql/*/bin). Set TEST_DATABASE_URL or `apt-get install -y postgresql`.",
    );
  }
  const user = clusterUser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), CLUSTER_DIR_PREFIX));
  if (user) fs.chownSync(dir, user.uid, user.gid);
  const dataDir = path.join(dir, "data");
  const started = Date.now();
  run(user, path.join(bin, "initdb"), [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "-A",
    "trust",
    "-E",
    "UTF8",
    "--locale=C",
    "--no-sync",
    "--no-instructions",
  ]);

  let lastError;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const opts = [
      `-p ${port}`,
      "-c listen_addresses=127.0.0.1",
      `-k ${dir}`,
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=100",
    ].join(" ");
    try {
      run(user, path.join(bin, "pg_ctl"), [
        "-D",
        dataDir,
        "-l",
        path.join(dir, "server.log"),
        "-o",
        opts,
        "-w",
        "-t",
        "60",
        "start",
      ]);
      const cluster = { bin, user, dir, dataDir, port, stopped: false };
      // Last-resort cleanup if the process dies without calling drop().
      const onExit = () => stopCluster(cluster);
      process.once("exit", onExit);
      cluster.offExit = () => process.off("exit", onExit);
      log(
        `started throwaway PostgreSQL cluster on 127.0.0.1:${port} (${dir}) in ${Date.now() - started} ms`,
      );
      return cluster;
    } catch (err) {
      lastError = err;
      try {
        log(
          fs.readFileSync(path.join(dir, "server.log"), "utf8").split("\n").slice(-10).join("\n"),
        );
      } catch {
        /* no log */
      }
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  throw lastError;
}

function stopCluster(cluster) {
  if (cluster.stopped) return;
  cluster.stopped = true;
  cluster.offExit?.();
  try {
    run(
      cluster.user,
      path.join(cluster.bin, "pg_ctl"),
      ["-D", cluster.dataDir, "-m", "immediate", "-w", "stop"],
      {
        timeout: 30_000,
      },
    );
  } catch (err) {
    log(`could not stop cluster in ${cluster.dir}: ${err.message}`);
  }
  fs.rmSync(cluster.dir, { recursive: true, force: true });
}

// ─── choosing a server ───────────────────────────────────────────────────────

/** Returns { adminUrl, cluster? } for a server we can create databases on. */
async function chooseServer() {
  if (process.env.TEST_DATABASE_URL) {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!(await canConnect(adminUrl))) {
      throw new Error(`TEST_DATABASE_URL (${redact(adminUrl)}) does not accept connections`);
    }
    return { adminUrl, source: "TEST_DATABASE_URL" };
  }
  const host = process.env.TEST_PG_PROBE_HOST || "127.0.0.1";
  const port = Number(process.env.TEST_PG_PROBE_PORT || 5432);
  for (const user of ["postgres", "root"]) {
    const adminUrl = `postgresql://${user}@${host}:${port}/postgres`;
    if (await canConnect(adminUrl)) return { adminUrl, source: `${host}:${port}` };
  }
  log(`nothing answers on ${host}:${port}; starting a throwaway cluster`);
  const cluster = await startThrowawayCluster();
  return {
    adminUrl: `postgresql://postgres@127.0.0.1:${cluster.port}/postgres`,
    source: `throwaway cluster :${cluster.port}`,
    cluster,
  };
}

// ─── migrations ──────────────────────────────────────────────────────────────

function migrate(url) {
  const script = path.join(ROOT, "scripts", "migrate.mjs");
  if (!fs.existsSync(script)) {
    return Promise.reject(
      new Error(`cannot migrate: ${path.relative(ROOT, script)} does not exist`),
    );
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, "deploy"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 300_000);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (verbose && output.trim()) log(output.trim());
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `node scripts/migrate.mjs deploy failed (${signal ?? `exit ${code}`}):\n${output.trim()}`,
          ),
        );
    });
  });
}

// ─── public API ──────────────────────────────────────────────────────────────

/**
 * Creates a uniquely named, migrated database.
 * @param {{ prefix?: string, migrate?: boolean }} [options]
 * @returns {Promise<{ url: string, name: string, source: string, drop: () => Promise<void> }>}
 */
export async function provisionTestDatabase({ prefix = "test", migrate: doMigrate = true } = {}) {
  const started = Date.now();
  const server = await chooseServer();
  const name = databaseName(prefix);
  const url = withDatabase(server.adminUrl, name);

  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    if (process.env.KEEP_TEST_DB === "1") {
      log(`KEEP_TEST_DB=1: keeping ${redact(url)}`);
      if (server.cluster) {
        server.cluster.offExit?.();
        log(
          `throwaway cluster left running; stop it with: ` +
            `${server.cluster.user ? `runuser -u ${server.cluster.user.name} -- ` : ""}` +
            `${path.join(server.cluster.bin, "pg_ctl")} -D ${server.cluster.dataDir} stop`,
        );
      }
      return;
    }
    if (server.cluster) {
      stopCluster(server.cluster); // the whole cluster goes, database included
      return;
    }
    try {
      await query(server.adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } catch (err) {
      log(`could not drop ${name}: ${err.message}`);
    }
  };

  try {
    await query(server.adminUrl, `CREATE DATABASE ${quoteIdent(name)}`);
    if (doMigrate) await migrate(url);
  } catch (err) {
    await drop();
    throw err;
  }
  log(
    `database ${name} ready on ${server.source}${doMigrate ? " (migrated)" : ""} in ${Date.now() - started} ms`,
  );
  return { url, name, source: server.source, drop };
}

/** Drops a database by URL (CLI `drop`); stops its throwaway cluster if it is ours. */
export async function dropTestDatabase(url) {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!NAME_RE.test(name)) throw new Error(`refusing to drop ${name}: not a test database name`);
  const clusterDir = fs
    .readdirSync(os.tmpdir())
    .filter((d) => d.startsWith(CLUSTER_DIR_PREFIX))
    .map((d) => path.join(os.tmpdir(), d))
    .find((d) => {
      try {
        const pid = fs.readFileSync(path.join(d, "data", "postmaster.pid"), "utf8").split("\n");
        return pid[3]?.trim() === u.port;
      } catch {
        return false;
      }
    });
  if (clusterDir) {
    const bin = findPgBin();
    stopCluster({
      bin,
      user: clusterUser(),
      dir: clusterDir,
      dataDir: path.join(clusterDir, "data"),
    });
    log(`stopped throwaway cluster ${clusterDir}`);
    return;
  }
  await query(
    withDatabase(url, "postgres"),
    `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`,
  );
  log(`dropped ${name}`);
}

/** Drops leftover test databases (from crashed or KEEP_TEST_DB runs) older than `hours`. */
export async function pruneTestDatabases({ hours = 12 } = {}) {
  const server = await chooseServer();
  try {
    const { rows } = await query(
      server.adminUrl,
      "select datname from pg_database where datname like 'backroom\\_%'",
    );
    const cutoff = timestamp(new Date(Date.now() - hours * 3600_000));
    for (const { datname } of rows) {
      const m = NAME_RE.exec(datname);
      if (m && m[1] < cutoff) {
        await query(server.adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(datname)} WITH (FORCE)`);
        log(`dropped ${datname}`);
      }
    }
  } finally {
    if (server.cluster) stopCluster(server.cluster);
  }
}

// ─── CLI ─────────────────────────────────────────────────────────────────────

async function cli(argv) {
  const [command, ...rest] = argv;
  const sep = rest.indexOf("--");
  const flags = sep === -1 ? rest : rest.slice(0, sep);
  const tail = sep === -1 ? [] : rest.slice(sep + 1);
  const flag = (name) => {
    const i = flags.indexOf(name);
    return i === -1 ? undefined : flags[i + 1];
  };
  const prefix = flag("--prefix") ?? "cli";
  const doMigrate = !flags.includes("--no-migrate");

  switch (command) {
    case "create": {
      process.env.KEEP_TEST_DB = "1";
      const db = await provisionTestDatabase({ prefix, migrate: doMigrate });
      await db.drop(); // with KEEP_TEST_DB=1 this only detaches the exit hook
      console.log(db.url);
      return 0;
    }
    case "drop": {
      const url = flags[0];
      if (!url) throw new Error("usage: test-db.mjs drop <url>");
      await dropTestDatabase(url);
      return 0;
    }
    case "prune": {
      await pruneTestDatabases({ hours: Number(flag("--older-than-hours") ?? 12) });
      return 0;
    }
    case "run": {
      if (tail.length === 0)
        throw new Error(
          "usage: test-db.mjs run [--prefix p] [--no-migrate] -- <command> [args...]",
        );
      const db = await provisionTestDatabase({ prefix, migrate: doMigrate });
      const child = spawn(tail[0], tail.slice(1), {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: db.url },
      });
      const forward = (sig) => child.kill(sig);
      process.on("SIGINT", forward);
      process.on("SIGTERM", forward);
      const code = await new Promise((resolve) => {
        child.on("error", (err) => {
          log(err.message);
          resolve(127);
        });
        child.on("exit", (c, s) => resolve(c ?? (s ? 128 + (os.constants.signals[s] ?? 0) : 1)));
      });
      await db.drop();
      return code;
    }
    default:
      console.error(
        [
          "usage:",
          "  node scripts/test-db.mjs run [--prefix p] [--no-migrate] -- <command> [args...]",
          "  node scripts/test-db.mjs create [--prefix p] [--no-migrate]",
          "  node scripts/test-db.mjs drop <url>",
          "  node scripts/test-db.mjs prune [--older-than-hours 12]",
        ].join("\n"),
      );
      return command ? 2 : 0;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      log(err.message);
      process.exit(1);
    },
  );
}
