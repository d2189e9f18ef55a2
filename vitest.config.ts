import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // `@/x` → `<repo>/x`, as in tsconfig.json's paths.
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside React Server Components; its own empty variant is what
      // the `react-server` condition resolves to.
      { find: /^server-only$/, replacement: path.join(root, "node_modules/server-only/empty.js") },
    ],
  },
  test: {
    env: { NODE_ENV: "test" },
    // next-auth imports `next/server` without an extension; inlining lets Vite resolve it.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: [
            "lib/**/*.test.{ts,tsx}",
            "components/**/*.test.{ts,tsx}",
            "emails/**/*.test.{ts,tsx}",
            "inngest/**/*.test.{ts,tsx}",
            "tests/unit/**/*.test.{ts,tsx}",
          ],
          exclude: ["**/node_modules/**", "lib/generated/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["tests/integration/**/*.test.ts"],
          // Provisions a fresh migrated database and sets DATABASE_URL before workers start.
          globalSetup: ["tests/integration/global-setup.ts"],
          // One file at a time: they share one database and the machine has 2 cores.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
