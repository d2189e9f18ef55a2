import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { BenchConfig } from "../config";
import type { GeneratedOrg } from "../generate/write-org";
import { verdict, type Report } from "../support/report";
import { ratio, seconds, timed } from "../support/stats";
import { timePlainCopy } from "./baseline";
import type { ImportChildResult } from "./import-child";
import { writeSalesCsv } from "./sales-csv";

const TARGET_RATIO = 2;
const TARGET_RSS_MB = 300;
/** Enough that no generated sale is refused for stock, however many files are imported. */
const BENCH_ON_HAND = 10_000_000;
const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), "import-child.ts");

type ImportResult = { lines: number; bytes: number; baselineMs: number } & (
  ({ timedOut: false } & ImportChildResult) | { timedOut: true }
);

/** An import still running after this long is stopped and reported as not finished. */
const IMPORT_TIMEOUT_MS = Number(process.env.BENCH_IMPORT_TIMEOUT_S ?? 1800) * 1000;

function runChild(
  file: string,
  orgId: string,
  url: string,
): Promise<ImportChildResult | "timeout"> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", CHILD, file, orgId],
      { env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, IMPORT_TIMEOUT_MS);
    let stdout = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (timedOut) return resolve("timeout");
      const last = stdout.trim().split("\n").at(-1) ?? "";
      if (code !== 0 || !last.startsWith("{")) {
        reject(new Error(`The import process failed (exit ${code}).\n${stdout.trim()}`));
        return;
      }
      resolve(JSON.parse(last) as ImportChildResult);
    });
  });
}

/**
 * A killed import leaves its statement running on the server; stop it so it does not slow the
 * next measurement. The bench database is ours alone, and the suite's own pooled connections
 * are idle at this point.
 */
async function stopLeftoverQueries(client: pg.Client) {
  await client.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
  );
}

async function benchOneFile(
  client: pg.Client,
  url: string,
  org: GeneratedOrg,
  lines: number,
  label: string,
): Promise<ImportResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backroom-bench-"));
  const file = path.join(dir, `sales-${label}.csv`);
  try {
    const written = await timed(() =>
      writeSalesCsv(client, org.orgId, file, lines, `BENCH-${label}`),
    );
    const bytes = fs.statSync(file).size;
    console.error(
      `[bench] ${label}: ${written.result} lines, ${(bytes / 1e6).toFixed(1)} MB written in ${seconds(written.ms)} s`,
    );
    const baselineMs = await timePlainCopy(client, url, file);
    const ours = await runChild(file, org.orgId, url);
    const sizes = { lines: written.result, bytes, baselineMs };
    if (ours !== "timeout") return { ...sizes, ...ours, timedOut: false };
    await stopLeftoverQueries(client);
    return { ...sizes, timedOut: true };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Sales imports of a large and a smaller file through the real import path, against psql's
 * \copy of the same file into a plain table.
 */
export async function runImportBench(
  url: string,
  org: GeneratedOrg,
  config: BenchConfig,
  report: Report,
) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const results: ImportResult[] = [];
  try {
    // Set directly rather than through the ledger: this is set-up, and it keeps the import's
    // stock checks from refusing lines, so every row is imported.
    await client.query(`UPDATE "InventoryLevel" SET "onHand" = $2 WHERE "orgId" = $1`, [
      org.orgId,
      BENCH_ON_HAND,
    ]);
    for (const [lines, label] of [
      [config.importLines, "large"],
      [config.importSmallLines, "small"],
    ] as const) {
      results.push(await benchOneFile(client, url, org, lines, label));
    }
  } finally {
    await client.end();
  }

  report.heading("Sales import");
  report.paragraph(
    `Baseline: psql \\copy of the file into a plain table (no constraints or checks). Ours: ` +
      `upload (stored in chunks) + dry run (parse, validate, stage with COPY, classify), then ` +
      `commit (one transaction), in a child process whose peak RSS is reported. Targets: ` +
      `(upload + dry run) / baseline ≤ ${TARGET_RATIO}, peak RSS < ${TARGET_RSS_MB} MB.`,
  );
  report.table(
    [
      "lines",
      "MB",
      "baseline s",
      "upload s",
      "dry run s",
      "ours s",
      "ratio",
      "commit s",
      "with commit s",
      "ratio with commit",
      "RSS at start MB",
      "peak RSS MB",
      "status",
      "valid",
      "invalid",
      "created",
    ],
    results.map((r) => {
      const sizes = [r.lines, (r.bytes / 1e6).toFixed(1), seconds(r.baselineMs)];
      if (r.timedOut) {
        return [
          ...sizes,
          `did not finish within ${seconds(IMPORT_TIMEOUT_MS)} s`,
          ...Array<string>(12).fill(""),
        ];
      }
      const ours = r.uploadMs + r.validateMs;
      const all = ours + r.commitMs;
      return [
        ...sizes,
        seconds(r.uploadMs),
        seconds(r.validateMs),
        seconds(ours),
        `${ratio(ours / r.baselineMs)} (${verdict(ours / r.baselineMs <= TARGET_RATIO)})`,
        seconds(r.commitMs),
        seconds(all),
        ratio(all / r.baselineMs),
        r.startRssMb.toFixed(0),
        `${r.peakRssMb.toFixed(0)} (${verdict(r.peakRssMb < TARGET_RSS_MB)})`,
        r.status,
        r.rowsValid,
        r.rowsInvalid,
        r.createdCount,
      ];
    }),
  );
  for (const r of results) {
    if (r.timedOut || !r.failureReason) continue;
    report.paragraph(`The ${r.lines}-line import ended ${r.status}: ${r.failureReason}`);
  }
}
