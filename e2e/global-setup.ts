import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { FullConfig } from "@playwright/test";
import { E2E_BASE_URL, E2E_PORT } from "../playwright.config";
import { provisionTestDatabase } from "../scripts/test-db.mjs";

/**
 * Playwright global setup. Playwright starts `webServer` *before* globalSetup (checked in
 * @playwright/test 1.65), so this does everything itself:
 *   1. a fresh, migrated database (scripts/test-db.mjs), seeded with prisma/seed.ts;
 *   2. the fake Resend server (tests/support/fake-resend.ts) on a free port;
 *   3. the production build (`next start`, built beforehand by `next build`) on 127.0.0.1:3100
 *      (E2E_PORT overrides), with APP_URL/AUTH_URL = http://localhost:3100 (see playwright.config).
 * It exports to the test workers (which fork later and inherit process.env):
 *   E2E_DATABASE_URL, FAKE_RESEND_URL.
 * The function it returns is the teardown: stop the server, the fake, drop the database.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PORT = E2E_PORT;
const APP_URL = E2E_BASE_URL;
const SERVER_LOG = path.join(ROOT, "test-results", "next-server.log");

type FakeResend = { url: string; port: number; stop: () => unknown };
type Cleanup = () => Promise<void> | void;

const log = (msg: string) => console.log(`[e2e] ${msg}`);

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function tail(file: string, lines = 40) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

function seed(databaseUrl: string) {
  const seedFile = path.join(ROOT, "prisma", "seed.ts");
  if (!fs.existsSync(seedFile)) {
    console.warn(
      "[e2e] WARNING: prisma/seed.ts not found; the e2e database is migrated but not seeded",
    );
    return;
  }
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", seedFile],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
      timeout: 180_000,
    },
  );
  if (r.status !== 0) {
    throw new Error(
      `seeding failed (${r.signal ?? `exit ${r.status}`}):\n${r.stdout ?? ""}${r.stderr ?? ""}${r.error ?? ""}`,
    );
  }
  log(`seeded in ${Date.now() - started} ms`);
}

async function startFakeResend(): Promise<FakeResend | null> {
  const file = path.join(ROOT, "tests", "support", "fake-resend.ts");
  if (!fs.existsSync(file)) {
    console.warn(
      "[e2e] WARNING: tests/support/fake-resend.ts not found; emails go to the app outbox",
    );
    return null;
  }
  const mod = (await import(pathToFileURL(file).href)) as {
    startFakeResend: (opts: { port: number }) => FakeResend | Promise<FakeResend>;
  };
  const fake = await mod.startFakeResend({ port: await freePort() });
  log(`fake Resend at ${fake.url}`);
  return fake;
}

async function startNext(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  fs.mkdirSync(path.dirname(SERVER_LOG), { recursive: true });
  const out = fs.openSync(SERVER_LOG, "w");
  // The pid is the server itself (`npx next start` would orphan next-server on kill).
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, "node_modules/next/dist/bin/next"),
      "start",
      "-p",
      String(PORT),
      "-H",
      "127.0.0.1",
    ],
    { cwd: ROOT, env, stdio: ["ignore", out, out] },
  );
  fs.closeSync(out);
  const started = Date.now();
  let exited: string | null = null;
  child.once("exit", (code, signal) => (exited = signal ?? `exit ${code}`));

  // Ready when it answers HTTP at all (any status): the route under test may not exist yet.
  while (Date.now() - started < 90_000) {
    if (exited)
      throw new Error(`next start died (${exited}). Log ${SERVER_LOG}:\n${tail(SERVER_LOG)}`);
    try {
      await fetch(`${APP_URL}/api/health`, { signal: AbortSignal.timeout(5_000) });
      log(
        `next start ready on ${APP_URL} in ${Date.now() - started} ms (log: ${path.relative(ROOT, SERVER_LOG)})`,
      );
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  child.kill("SIGKILL");
  throw new Error(`next start did not answer within 90 s. Log ${SERVER_LOG}:\n${tail(SERVER_LOG)}`);
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

export default async function globalSetup(_config: FullConfig) {
  const started = Date.now();
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
    throw new Error(
      "no production build in .next: run `npx next build` first (scripts/test-all.sh does)",
    );
  }
  if (await portAnswers(PORT)) {
    throw new Error(
      `port ${PORT} is already in use (a leftover \`next start\`?); free it and retry`,
    );
  }

  const cleanups: Cleanup[] = [];
  const teardown = async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (err) {
        console.error("[e2e] teardown step failed:", err);
      }
    }
  };

  try {
    const db = await provisionTestDatabase({ prefix: "e2e" });
    cleanups.push(() => db.drop());
    seed(db.url);

    const fake = await startFakeResend();
    if (fake) cleanups.push(async () => void (await fake.stop()));

    const server = await startNext({
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: db.url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      APP_URL,
      AUTH_URL: APP_URL,
      AUTH_TRUST_HOST: "true",
      // Every spec signs in from 127.0.0.1; the per-email limit keeps its real default of 5.
      AUTH_RATE_LIMIT_PER_IP: "500",
      ...(fake ? { RESEND_API_KEY: "re_test_fake", RESEND_BASE_URL: fake.url } : {}),
    });
    const killOnExit = () => server.kill("SIGKILL");
    process.once("exit", killOnExit);
    cleanups.push(async () => {
      process.off("exit", killOnExit);
      await stopProcess(server);
    });

    process.env.E2E_DATABASE_URL = db.url;
    if (fake) process.env.FAKE_RESEND_URL = fake.url;
    log(`environment ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
