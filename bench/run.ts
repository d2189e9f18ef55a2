/**
 * `npm run bench`: provisions a dedicated database, generates the benchmark organisation and
 * runs the suites, printing a report and writing it to bench/results/latest.md.
 *
 *   BENCH_SCALE=0.02 npm run bench          a quick run at 2% of the full sizes
 *   npm run bench -- kpis                   generation plus only the named suites (kpis, imports)
 *   BENCH_KEEP_DB=1 npm run bench           keep the database afterwards to explore it
 *   npm run bench -- load                   the load test of the running app (bench/load/)
 */
import { provisionTestDatabase } from "../scripts/test-db.mjs";

async function main() {
  const suites = process.argv.slice(2);
  // The load test runs the app as `npm start` does, with databases of its own (bench/load/).
  if (suites[0] === "load") {
    const { runLoadBench } = await import("./load/main");
    return runLoadBench();
  }
  const database = await provisionTestDatabase({ prefix: "bench" });
  // lib/db reads DATABASE_URL when first imported, so the suites load only after this.
  process.env.DATABASE_URL = database.url;
  try {
    const { runBench } = await import("./main");
    await runBench(database.url, suites);
  } finally {
    if (process.env.BENCH_KEEP_DB === "1") {
      console.error(`BENCH_KEEP_DB=1: kept ${database.name}`);
    } else {
      const { db } = await import("@/lib/db");
      await db.$disconnect();
      await database.drop();
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
