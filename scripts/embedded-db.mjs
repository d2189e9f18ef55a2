#!/usr/bin/env node
// Embedded PostgreSQL: PGlite (Postgres compiled to WebAssembly) keeps its data in a folder and
// pglite-socket serves it on a real Postgres port, so Prisma, psql and the migration runner
// connect to it like to any server. `node scripts/embedded-db.mjs` runs it in the foreground.
import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeSync,
} from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { EMBEDDED_MAX_CONNECTIONS } from "../lib/db/connection-budget.mjs";

// Mirrors lib/env.ts (scripts stay plain Node, so they cannot import TypeScript).
export const EMBEDDED_DB_PORT = 54329;
export const EMBEDDED_DB_URL = `postgresql://postgres:postgres@127.0.0.1:${EMBEDDED_DB_PORT}/postgres`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Starts PGlite on `dataDir` (relative paths resolve against the repository root) and serves it
 * on host:port (0: any free port; the returned url has the real one). Resolves once the port
 * accepts connections. Call `stop()` before exiting so PGlite closes its folder cleanly (after a
 * kill the next start has to recover it).
 */
export async function startEmbeddedDb({
  dataDir = ".data/pglite",
  port = EMBEDDED_DB_PORT,
  host = "127.0.0.1",
  // Every connection shares PGlite's one backend, so more do not add throughput; they only let
  // several processes (app pool, import stager, seed, migrate, psql) connect at once. Connections
  // beyond the limit are dropped, so it is the sum of the budget in lib/db/connection-budget.mjs.
  maxConnections = EMBEDDED_MAX_CONNECTIONS,
} = {}) {
  const dir = path.resolve(root, dataDir);

  // Port 0 asks the OS for a free port (handy in tests), so there is nothing to probe.
  const answering = port === 0 ? null : await probePostgres(host, port);
  if (answering === "postgres") {
    throw Object.assign(
      new Error(
        `A PostgreSQL server already answers on ${host}:${port}, probably another embedded-db ` +
          `(node scripts/embedded-db.mjs). Use that one, stop it, or choose another port.`,
      ),
      { code: "EMBEDDED_DB_RUNNING", url: urlFor(host, port) },
    );
  }
  if (answering === "other") {
    throw Object.assign(new Error(`${host}:${port} is taken by something that is not PostgreSQL`), {
      code: "EADDRINUSE",
    });
  }

  mkdirSync(path.dirname(dir), { recursive: true });
  const releaseDir = lockDataDir(dir);
  // Loaded here so that importing this module for its constants stays cheap.
  const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite-socket"),
  ]).catch((error) => {
    releaseDir();
    throw error;
  });

  let db;
  let server;
  try {
    db = await PGlite.create(dir);
    server = new PGLiteSocketServer({ db, port, host, maxConnections });
    if (!("queryQueue" in server)) throw new Error("pglite-socket changed; review SessionQueue");
    server.queryQueue = new SessionQueue(db); // handlers pick it up when they connect
    await server.start();
  } catch (error) {
    await db?.close().catch(() => {});
    releaseDir();
    if (error.code === "EADDRINUSE") error.message = `Port ${host}:${port} was taken meanwhile`;
    throw error;
  }

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      try {
        await server.stop();
      } finally {
        await db.close();
        releaseDir();
      }
    })();
    return stopping;
  };
  return { url: urlFor(host, server.getServerConn().split(":").at(-1)), dataDir: dir, stop };
}

// pglite-socket 0.2.17 queues every protocol message on its own, and all connections share
// PGlite's single session. So between one client's Parse and its Sync another client's messages
// could run and replace its unnamed statement or portal ("portal \"\" does not exist" under a
// Prisma transaction next to concurrent reads). This queue (same interface) lends the session to
// one client from its first message until the server says ReadyForQuery "idle" to it, which also
// keeps it through a whole transaction.
class SessionQueue {
  #db;
  #waiting = [];
  #owner = null;
  #draining = false;

  constructor(db) {
    this.#db = db;
  }

  enqueue(handlerId, message, onData) {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ handlerId, message, onData, resolve, reject });
      void this.#drain();
    });
  }

  async #drain() {
    if (this.#draining) return;
    this.#draining = true;
    try {
      for (;;) {
        const owner = this.#owner;
        const i = owner === null ? 0 : this.#waiting.findIndex((q) => q.handlerId === owner);
        if (i < 0 || i >= this.#waiting.length) return;
        const [item] = this.#waiting.splice(i, 1);
        this.#owner = item.handlerId;
        let tail = Buffer.alloc(0); // the last 6 bytes sent back: where ReadyForQuery would be
        let bytes = 0;
        try {
          await this.#db.runExclusive(() =>
            this.#db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                tail = Buffer.concat([tail, data]).subarray(-6);
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          if (!this.#db.isInTransaction()) this.#owner = null;
          item.reject(error);
          continue;
        }
        // ReadyForQuery is 'Z', length 5, status: I(dle), T (in transaction) or E (failed one).
        const idle = tail.length === 6 && tail[0] === 0x5a && tail[5] === 0x49;
        if (idle || item.message[0] === 0x58 /* Terminate */) this.#owner = null;
        item.resolve(bytes);
      }
    } finally {
      this.#draining = false;
    }
  }

  getQueueLength() {
    return this.#waiting.length;
  }

  clearQueueForHandler(handlerId) {
    const gone = this.#waiting.filter((q) => q.handlerId === handlerId);
    this.#waiting = this.#waiting.filter((q) => q.handlerId !== handlerId);
    for (const q of gone) q.reject(new Error("Handler disconnected"));
  }

  // Called when a client disconnects: end what it left open so the others can go on.
  async clearTransactionIfNeeded(handlerId) {
    if (this.#owner !== handlerId) return;
    if (this.#db.isInTransaction()) await this.#db.exec("ROLLBACK").catch(() => {});
    this.#owner = null;
    void this.#drain();
  }
}

const urlFor = (host, port) => `postgresql://postgres:postgres@${host}:${port}/postgres`;

/** "postgres", "other" or null (nothing listening), by sending a Postgres SSLRequest. */
export function probePostgres(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done("other"));
    socket.once("error", () => done(null));
    socket.once("connect", () => {
      const request = Buffer.alloc(8);
      request.writeInt32BE(8, 0);
      request.writeInt32BE(80877103, 4); // SSLRequest; every Postgres answers one byte, S or N
      socket.write(request);
    });
    socket.once("data", (data) =>
      done(data[0] === 0x53 || data[0] === 0x4e ? "postgres" : "other"),
    );
  });
}

// Two PGlite processes on one folder corrupt it, and a second instance on another port would
// not be stopped by the port check, so hold a pid file beside the folder while it is open.
function lockDataDir(dir) {
  const file = `${dir}.pid`;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if (error.code !== "EEXIST" || attempt > 0) throw error;
      const pid = Number(readFileSync(file, "utf8"));
      if (isAlive(pid)) {
        throw Object.assign(new Error(`${dir} is in use by process ${pid} (${file})`), {
          code: "EMBEDDED_DB_LOCKED",
        });
      }
      rmSync(file, { force: true }); // left by a process that was killed
    }
  }
}

function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

function shortPath(p) {
  const relative = path.relative(process.cwd(), p);
  return relative && !relative.startsWith("..") ? relative : p;
}

async function runInForeground() {
  const { values } = parseArgs({
    options: { "data-dir": { type: "string" }, port: { type: "string" } },
  });
  // Listen before starting: a signal during the seconds PGlite takes to open must still close
  // it properly, not kill it half-open.
  let db;
  let signals = 0;
  const shutdown = async (signal) => {
    if (++signals > 1) {
      console.error("Forced exit; PGlite will recover the data folder on the next start.");
      process.exit(1);
    }
    console.log(`${signal}: closing the database…`);
    try {
      await (await db)?.stop();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  const started = Date.now();
  db = startEmbeddedDb({
    dataDir: values["data-dir"],
    port: values.port ? Number(values.port) : undefined,
  });
  const { url, dataDir } = await db;
  if (signals > 0) return;
  console.log(
    `Embedded PostgreSQL ready in ${Date.now() - started} ms at ${url}\n` +
      `Data: ${shortPath(dataDir)}  (Ctrl+C to stop)`,
  );
}

function invokedDirectly() {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? "")).href;
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  runInForeground().catch((error) => {
    console.error(`Error: ${error.message}`);
    process.exit(1);
  });
}
