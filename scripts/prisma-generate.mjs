#!/usr/bin/env node
// `prisma generate` that also works offline (package.json postinstall and db:generate).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");

if (!existsSync(cli)) {
  console.error("prisma-generate: node_modules/prisma is missing; run npm install first.");
  process.exit(1);
}

const env = { ...process.env };
// The Prisma 7 CLI makes sure a native schema-engine binary exists before *any* command, and
// downloads one from binaries.prisma.sh when it does not, although generate never runs it.
// Offline that download fails, so name a file that exists; wherever someone sets the variable
// (a real binary), theirs wins.
env.PRISMA_SCHEMA_ENGINE_BINARY ||= stubEngineFile();
env.CHECKPOINT_DISABLE ??= "1"; // the CLI's update check is another network call
env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";

const args = [cli, "generate", ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { cwd: root, env, encoding: "utf8" });
const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
if (run.status !== 0) {
  process.stderr.write(output || `${run.error ?? "prisma generate failed"}\n`);
  process.exit(run.status ?? 1);
}
// Keep installs quiet: only the line that says what was generated.
console.log(output.match(/^.*Generated Prisma Client.*$/m)?.[0].trim() ?? output.trim());

function stubEngineFile() {
  try {
    // The wasm schema engine we migrate with; any existing file would do.
    const pkg = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    return path.join(pkg, "schema_engine_bg.wasm");
  } catch {
    return process.execPath;
  }
}
