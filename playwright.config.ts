import { defineConfig } from "@playwright/test";

const CI = !!process.env.CI;

/** Where e2e/global-setup.ts starts the production server (`next start`); E2E_PORT overrides
 * it so two checkouts can run e2e at once. */
export const E2E_PORT = Number(process.env.E2E_PORT || 3100);
// `localhost`, not 127.0.0.1: Next's NextURL rewrites 127.x.x.x hosts to "localhost", so Auth.js
// would redirect a 127.0.0.1 browser to localhost, where its session cookie does not apply.
// The server still listens on 127.0.0.1 only (localhost resolves there on this machine kind).
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;

// Debian's Chromium (`apt-get install -y chromium`); `npx playwright install` cannot download
// here. The flags keep it from phoning home, which this machine's closed network refuses.
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  // Provisions + seeds a database, starts the fake Resend server and `next start`, and returns
  // the teardown. It does this itself (not `webServer`) because Playwright starts webServer
  // before globalSetup, and the server needs the database globalSetup creates.
  globalSetup: "./e2e/global-setup.ts",
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  // 2 cores, shared with the Next server and Chromium.
  workers: CI ? 1 : 2,
  fullyParallel: false,
  // Generous: scrypt hashing and production rendering share 2 cores with Chromium.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: E2E_BASE_URL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  projects: [
    // HTTP-level specs with the `request` fixture; no page is opened, so no browser starts.
    { name: "api", testDir: "./e2e/api", testMatch: "**/*.spec.ts" },
    {
      name: "ui",
      testDir: "./e2e/ui",
      testMatch: "**/*.spec.ts",
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 } },
    },
  ],
});
