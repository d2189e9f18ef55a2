#!/usr/bin/env node
// One command from a fresh clone to a running Backroom: installs dependencies,
// starts the embedded database, migrates, seeds the demo organisation, builds
// and serves on http://localhost:3000 (PORT to change it).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import {
  ensureAuthSecret,
  ensureDatabase,
  ensureDependencies,
  log,
  migrateAndSeed,
  onShutdown,
  root,
  run,
  startServer,
} from "./lib/app-runtime.mjs";

const port = Number(process.env.PORT ?? 3000);
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;

/** Newest modification time under the folders that go into the build. */
function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "emails", "inngest", "public"]) {
    if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  }
  for (const file of ["next.config.mjs", "package-lock.json", "instrumentation.ts"]) {
    if (existsSync(path.join(root, file)))
      newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
  }
  return newest;
}

async function buildIfStale(env) {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSource()) {
    log("Production build is up to date.");
    return;
  }
  log("Building for production (about a minute)…");
  await run("node", ["node_modules/next/dist/bin/next", "build"], env);
}

await ensureDependencies();
// Plain node cannot import TypeScript; tsx reads the demo accounts shared with the seed.
const { tsImport } = await import("tsx/esm/api");
const { DEMO_ACCOUNTS } = await tsImport("../prisma/demo-accounts.ts", import.meta.url);
const database = await ensureDatabase();
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: database.url,
  ...database.env,
  AUTH_SECRET: ensureAuthSecret(),
  APP_URL: appUrl,
  AUTH_URL: appUrl,
};
let server;
onShutdown(async () => {
  server?.kill("SIGTERM");
  await database.stop();
});
try {
  await migrateAndSeed(env);
  await buildIfStale(env);
  log(`Starting the server on ${appUrl}…`);
  server = await startServer(
    "node",
    ["node_modules/next/dist/bin/next", "start", "-p", String(port)],
    env,
    `${appUrl}/api/health`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await database.stop();
  process.exit(1);
}
const mail = process.env.RESEND_API_KEY
  ? "Emails are sent through Resend."
  : `Emails (magic links, invitations) land in the outbox: ${appUrl}/dev/outbox`;
console.log(`
  Backroom is running at ${appUrl}

  Sign in as the owner:    ${DEMO_ACCOUNTS.owner.email} / ${DEMO_ACCOUNTS.owner.password}
  or as the manager:       ${DEMO_ACCOUNTS.manager.email} / ${DEMO_ACCOUNTS.manager.password}
  ${mail}

  Press Ctrl-C to stop.
`);
server.on("exit", async (code) => {
  await database.stop();
  process.exit(code ?? 0);
});
