import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// eslint-config-next 16 exports flat-config arrays: `eslint-config-next` (base),
// `/core-web-vitals` (base + stricter Next rules) and `/typescript` (typescript-eslint).

/** Components render; they never reach the database directly (go through lib/ actions). */
const componentsMayNotUseDb = {
  patterns: [
    {
      regex: "^(@/|(\\.\\./)+)lib/(db|generated)(/|$)",
      message:
        "Components must not use the database or the generated Prisma client; call a lib/ function.",
    },
  ],
};

/** lib/ is the domain layer: it must not depend on the UI. */
const libMayNotUseUi = {
  patterns: [
    {
      regex: "^(@/|(\\.\\./)+)(app|components)(/|$)",
      message: "lib/ must not import from app/ or components/ (keep the domain layer UI-free).",
    },
  ],
};

const config = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "lib/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "blob-report/**",
      "coverage/**",
      "prisma/migrations/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Tool configs (postcss, next, vitest, playwright…) conventionally export an object literal.
    files: ["*.config.{js,mjs,cjs,ts}"],
    rules: { "import/no-anonymous-default-export": "off" },
  },
  {
    files: ["components/**/*.{js,jsx,ts,tsx,mjs}"],
    rules: { "no-restricted-imports": ["error", componentsMayNotUseDb] },
  },
  {
    files: ["lib/**/*.{js,jsx,ts,tsx,mjs}"],
    rules: { "no-restricted-imports": ["error", libMayNotUseUi] },
  },
];

export default config;
