#!/usr/bin/env node
// Development server with hot reload, on the same database set-up as `npm start`.
import {
  ensureAuthSecret,
  ensureDatabase,
  ensureDependencies,
  log,
  migrateAndSeed,
  onShutdown,
  startServer,
} from "./lib/app-runtime.mjs";

const port = Number(process.env.PORT ?? 3000);
const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;

await ensureDependencies();
const database = await ensureDatabase();
const env = {
  ...process.env,
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
await migrateAndSeed(env);
log(`Starting the development server on ${appUrl}…`);
server = await startServer(
  "node",
  ["node_modules/next/dist/bin/next", "dev", "-p", String(port)],
  env,
  appUrl,
  300_000,
);
server.on("exit", async (code) => {
  await database.stop();
  process.exit(code ?? 0);
});
