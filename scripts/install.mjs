#!/usr/bin/env node
// Installs dependencies with `npm ci` when node_modules is missing or older than the lockfile, so
// `npm run test:all` works on a fresh clone by itself, as `npm start` does.
import { ensureDependencies } from "./lib/app-runtime.mjs";

await ensureDependencies();
