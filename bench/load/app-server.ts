/**
 * Starts Backroom the way `npm start` does — production build, migrations, demo data — on the
 * embedded database (PGlite in a temporary folder) or on a fresh PostgreSQL database, and
 * serves it on a free port of 127.0.0.1. Assumes `.next` is built (`npx next build`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureDatabase, migrateAndSeed, root } from "../../scripts/lib/app-runtime.mjs";
import { provisionTestDatabase } from "../../scripts/test-db.mjs";

export type DbMode = "embedded" | "postgres";

export type RunningApp = {
  base: string;
  logFile: string;
  stop(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export async function startApp(mode: DbMode, env: Record<string, string>): Promise<RunningApp> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npx next build` first.");
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), "backroom-load-"));
  let stopDb: () => Promise<void>;
  let url: string;
  let dbEnv: Record<string, string> = {};
  if (mode === "embedded") {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    const database = await ensureDatabase({ dataDir: path.join(dataDir, "pglite"), port: 0 });
    if (saved !== undefined) process.env.DATABASE_URL = saved;
    url = database.url;
    dbEnv = database.env;
    stopDb = database.stop;
  } else {
    const database = await provisionTestDatabase({ prefix: "load" });
    url = database.url;
    stopDb = database.drop;
  }

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const appEnv = {
    ...process.env,
    ...dbEnv,
    ...env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    APP_URL: base,
    AUTH_URL: base,
  } as NodeJS.ProcessEnv;
  await migrateAndSeed(appEnv);

  const logFile = path.join(dataDir, "server.log");
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"],
    { cwd: root, env: appEnv, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`next start exited (${child.exitCode}); see ${logFile}`);
    const answered = await fetch(`${base}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) throw new Error(`The server did not answer; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 500));
  }

  return {
    base,
    logFile,
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
      await stopDb();
      if (process.env.BENCH_KEEP_DB !== "1") rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
