/**
 * `npm run bench -- load`: the embedded default (and, with BENCH_LOAD_DB=postgres, a PostgreSQL
 * server) under a small shop's day — see scenario.ts. Reports errors (the target is 0),
 * throughput, p50/p99 per kind of request and health-check latency while a large import saves.
 *
 *   BENCH_LOAD_DB=embedded|postgres|both   which database (default embedded)
 *   BENCH_LOAD_SECONDS=60                  how long the mix runs
 *   BENCH_LOAD_USERS=10                    people signed in at once
 *   BENCH_LOAD_LARGE_ROWS=100000           rows of the large import
 *   BENCH_LOAD_SIGNUPS=16                  concurrent sign-up requests in the flood
 *
 * Needs a production build (`npx next build`); traffic goes only to 127.0.0.1.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "../../scripts/lib/app-runtime.mjs";
import { percentile } from "../support/stats";
import { loadActionIds } from "./client";
import { startApp, type DbMode } from "./app-server";
import { runScenario, type ScenarioResult } from "./scenario";

const int = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

function report(mode: DbMode, result: ScenarioResult, serverLog: string): string {
  const { recorder, durationMs, healthDuringCommit, large } = result;
  const kinds = [...new Set(recorder.samples.map((s) => s.kind))].sort();
  const errors = recorder.samples.filter((s) => !s.ok);
  const lines = [
    `### ${mode === "embedded" ? "Embedded database (PGlite, as \`npm start\`)" : "PostgreSQL 15"}`,
    "",
    `Mix ran ${(durationMs / 1000).toFixed(1)} s; ${recorder.samples.length} requests ` +
      `(${(recorder.samples.length / (durationMs / 1000)).toFixed(1)}/s); **errors: ${errors.length}**.`,
    "",
    "| kind | requests | errors | p50 ms | p99 ms | max ms |",
    "| ---- | -------: | -----: | -----: | -----: | -----: |",
  ];
  for (const kind of kinds) {
    const samples = recorder.samples.filter((s) => s.kind === kind);
    const ms = samples.map((s) => s.ms);
    lines.push(
      `| ${kind} | ${samples.length} | ${samples.filter((s) => !s.ok).length} | ` +
        `${percentile(ms, 50).toFixed(0)} | ${percentile(ms, 99).toFixed(0)} | ${Math.max(...ms).toFixed(0)} |`,
    );
  }
  const within = healthDuringCommit.filter((ms) => ms <= 400).length;
  lines.push(
    "",
    `Large import: ${large.rows.toLocaleString("en")} rows, ended ${large.status}; check ` +
      `${large.checkMs === null ? "–" : (large.checkMs / 1000).toFixed(1) + " s"}, save ` +
      `${large.saveMs === null ? "–" : (large.saveMs / 1000).toFixed(1) + " s"}.`,
    healthDuringCommit.length
      ? `Health checks while it saved: ${within} of ${healthDuringCommit.length} within 400 ms ` +
          `(p50 ${percentile(healthDuringCommit, 50).toFixed(0)} ms, max ${Math.max(...healthDuringCommit).toFixed(0)} ms).`
      : "Health checks while it saved: none (the save finished between two checks).",
    `Server log: ${serverLog}`,
  );
  if (errors.length) {
    lines.push("", "First failures:", "");
    for (const f of recorder.failures.slice(0, 10)) {
      lines.push(`- ${f.kind} → ${f.status}: ${f.detail.replace(/\s+/g, " ").slice(0, 200)}`);
    }
  }
  return lines.join("\n");
}

/** Lines of the server log that say a request or job broke. */
function serverErrors(logFile: string): string {
  const text = readFileSync(logFile, "utf8");
  const broken = text
    .split("\n")
    .filter((l) => /Connection terminated|unexpected error|⨯|Error:/.test(l));
  return broken.length
    ? `${broken.length} error lines, first: ${broken[0]!.slice(0, 160)}`
    : "no errors";
}

export async function runLoadBench() {
  const which = process.env.BENCH_LOAD_DB ?? "embedded";
  const modes: DbMode[] = which === "both" ? ["embedded", "postgres"] : [which as DbMode];
  const actions = loadActionIds(root);
  const sections: string[] = [];
  for (const mode of modes) {
    console.error(`[load] starting the app on the ${mode} database…`);
    const app = await startApp(mode, {
      // Every measured sign-in comes from 127.0.0.1; the per-IP limit would count them all.
      AUTH_RATE_LIMIT_PER_IP: "100000",
    });
    try {
      console.error(`[load] ${app.base}: running the mix…`);
      const result = await runScenario({
        base: app.base,
        actions,
        users: int("BENCH_LOAD_USERS", 10),
        durationMs: int("BENCH_LOAD_SECONDS", 60) * 1000,
        largeRows: int("BENCH_LOAD_LARGE_ROWS", 100_000),
        signUpFlood: int("BENCH_LOAD_SIGNUPS", 16),
      });
      const section = report(mode, result, serverErrors(app.logFile));
      console.log(`${section}\n`);
      sections.push(section);
    } finally {
      await app.stop();
    }
  }
  const out = path.join(root, "bench/results/load.md");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `# Load test ${new Date().toISOString()}\n\n${sections.join("\n\n")}\n`);
  console.error(`[load] report written to ${path.relative(root, out)}`);
}
