import pg from "pg";
import { rebuildSalesRollups, SALES_ROLLUP_TABLES } from "@/lib/analytics/rollups";
import { db } from "@/lib/db";
import type { BenchConfig } from "../config";
import type { Report } from "../support/report";
import { seconds, timed } from "../support/stats";
import { writeBenchOrg, type GeneratedOrg } from "./write-org";

const GENERATED_TABLES = [
  "Organization",
  "Location",
  "Category",
  "Product",
  "Variant",
  "InventoryLevel",
  "StockOutPeriod",
  "Customer",
  "StaffShift",
  "Order",
  "OrderLine",
  "Sequence",
] as const;

/** A rebuild over two million lines takes longer than the app's default 30-second transaction. */
const REBUILD_TIMEOUT_MS = 30 * 60_000;

/** Generates the benchmark organisation, builds its rollups and reports how long each took. */
export async function runGeneration(
  url: string,
  config: BenchConfig,
  report: Report,
): Promise<GeneratedOrg> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const load = await timed(() => writeBenchOrg(client, config, new Date()));
    // Fresh statistics, or the planner guesses at empty tables for every query that follows.
    // Only the tables written here: analysing the empty import tables too would hand the
    // planner "no rows" statistics that a real database, with its history of imports, lacks.
    const analyze = await timed(() =>
      client.query(`ANALYZE ${GENERATED_TABLES.map((t) => `"${t}"`).join(", ")}`),
    );
    const org = load.result;
    const rollups = await timed(() =>
      db.$transaction((tx) => rebuildSalesRollups(tx, org.orgId), {
        timeout: REBUILD_TIMEOUT_MS,
        maxWait: 60_000,
      }),
    );
    await client.query(`ANALYZE ${SALES_ROLLUP_TABLES.map((t) => `"${t}"`).join(", ")}`);

    const c = org.counts;
    report.heading("Benchmark organisation");
    report.paragraph(
      `Two years of history ending ${org.today} (${config.timezone}), generated with seed ${config.seed}.`,
    );
    report.table(
      [
        "products",
        "variants",
        "locations",
        "customers",
        "orders",
        "order lines",
        "shifts",
        "stock-out periods",
      ],
      [
        [
          c.products,
          c.variants,
          c.locations,
          c.customers,
          c.orders,
          c.lines,
          c.staffShifts,
          c.stockOutPeriods,
        ],
      ],
    );
    report.table(
      ["step", "seconds"],
      [
        ["write rows with COPY", seconds(load.ms)],
        ["ANALYZE", seconds(analyze.ms)],
        ["rebuildSalesRollups", seconds(rollups.ms)],
      ],
    );
    return org;
  } finally {
    await client.end();
  }
}
