import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchConfig } from "./config";
import { runGeneration } from "./generate/run-generation";
import { runImportBench } from "./imports/run-import-bench";
import { runKpiBench } from "./kpis/run-kpi-bench";
import { Report } from "./support/report";

const SUITES = ["kpis", "imports"] as const;
type Suite = (typeof SUITES)[number];

const RESULTS_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "results",
  "latest.md",
);

function chooseSuites(requested: readonly string[]): Suite[] {
  const unknown = requested.filter((s) => !SUITES.includes(s as Suite));
  if (unknown.length > 0) {
    throw new Error(`Unknown suite(s) ${unknown.join(", ")}; choose from ${SUITES.join(", ")}.`);
  }
  return requested.length === 0 ? [...SUITES] : (requested as Suite[]);
}

/**
 * Generation first, then the dashboard queries on the untouched history, then the imports
 * (which add orders, so they go last).
 */
export async function runBench(url: string, requested: readonly string[]): Promise<void> {
  const suites = chooseSuites(requested);
  const report = new Report();
  report.paragraph(
    `# Backroom benchmark\n\nScale ${benchConfig.scale} (BENCH_SCALE), ${new Date().toISOString()}, ` +
      `Node ${process.version}.`,
  );
  const org = await runGeneration(url, benchConfig, report);
  if (suites.includes("kpis")) await runKpiBench(org, benchConfig, report);
  if (suites.includes("imports")) await runImportBench(url, org, benchConfig, report);
  report.write(RESULTS_FILE);
  console.log(`\nReport written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
}
