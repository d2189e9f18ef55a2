import { addDays, comparisonRange, defaultGranularity } from "@/lib/analytics/filters";
import {
  getCategoryMix,
  getHourlySales,
  getKpis,
  getSalesSeries,
  getStaffing,
  getTopProducts,
  getWeekdaySales,
} from "@/lib/analytics/queries";
import { getRawKpis } from "@/lib/analytics/raw-kpis";
import type { AnalyticsFilters } from "@/lib/analytics/types";
import { db } from "@/lib/db";
import type { ReadScope } from "@/lib/scope";
import type { BenchConfig } from "../config";
import type { GeneratedOrg } from "../generate/write-org";
import { verdict, type Report } from "../support/report";
import { millis, ratio } from "../support/stats";
import { measure, type Measurement } from "./measure";

const TARGET_P95_MS = 50;
/** Raw queries scan every line of the range; fewer runs keep the suite short at full scale. */
const RAW_RUNS = 10;
const RANGES = [30, 365] as const;

/** Every query a dashboard page runs, as the page runs them. */
function dashboardQueries(scope: ReadScope, filters: AnalyticsFilters) {
  const comparison = comparisonRange(filters, "previous");
  return {
    getKpis: () => getKpis(scope, filters, comparison),
    "getSalesSeries (day)": () => getSalesSeries(scope, filters, "day"),
    "getSalesSeries (week)": () => getSalesSeries(scope, filters, "week"),
    "getSalesSeries (month)": () => getSalesSeries(scope, filters, "month"),
    "getTopProducts (revenue, 10)": () => getTopProducts(scope, filters, "revenue", 10),
    getWeekdaySales: () => getWeekdaySales(scope, filters),
    getHourlySales: () => getHourlySales(scope, filters),
    getCategoryMix: () => getCategoryMix(scope, filters),
    getStaffing: () => getStaffing(scope, filters),
  };
}

/** The reports page: all of its queries at once, with the series at the range's granularity. */
function wholeDashboard(scope: ReadScope, filters: AnalyticsFilters) {
  const comparison = comparisonRange(filters, "previous");
  return () =>
    Promise.all([
      getKpis(scope, filters, comparison),
      getSalesSeries(scope, filters, defaultGranularity(filters.from, filters.to)),
      getTopProducts(scope, filters, "revenue", 10),
      getWeekdaySales(scope, filters),
      getHourlySales(scope, filters),
      getCategoryMix(scope, filters),
      getStaffing(scope, filters),
    ]);
}

/**
 * Dashboard queries (reading the rollups) against the same figures computed from the raw
 * order lines, for ranges of 30 and 365 days ending today.
 */
export async function runKpiBench(org: GeneratedOrg, config: BenchConfig, report: Report) {
  const scope: ReadScope = { db, orgId: org.orgId };
  const options = { warmups: config.kpiWarmups, runs: config.kpiRuns };
  report.heading("Dashboard queries");
  report.paragraph(
    `Each query ${options.warmups} times unmeasured, then ${options.runs} measured runs one after ` +
      `another; "whole dashboard" runs the page's queries together (Promise.all). Raw KPIs ` +
      `(lib/analytics/raw-kpis.ts, from the order lines) take 1 warm-up and ${RAW_RUNS} runs. ` +
      `Target: p95 under ${TARGET_P95_MS} ms.`,
  );

  for (const days of RANGES) {
    const filters: AnalyticsFilters = { from: addDays(org.today, -(days - 1)), to: org.today };
    const results: Measurement[] = [];
    for (const [name, fn] of Object.entries(dashboardQueries(scope, filters))) {
      results.push(await measure(name, fn, options));
    }
    const dashboard = await measure("whole dashboard", wholeDashboard(scope, filters), options);
    const rollupKpis = await measure(
      "getKpis (current only)",
      () => getKpis(scope, filters, null),
      options,
    );
    const raw = await measure("getRawKpis", () => getRawKpis(scope, filters), {
      warmups: 1,
      runs: RAW_RUNS,
    });
    const agree = await figuresAgree(scope, filters);

    report.paragraph(`**Last ${days} days** (${filters.from} – ${filters.to})`);
    report.table(
      ["query", "p50 ms", "p95 ms", `p95 < ${TARGET_P95_MS} ms`],
      [...results, dashboard, rollupKpis, raw].map((m) => [
        m.name,
        millis(m.p50),
        millis(m.p95),
        m.name === "getRawKpis" ? "baseline" : verdict(m.p95 < TARGET_P95_MS),
      ]),
    );
    report.paragraph(
      `Raw / rollup (p50, getRawKpis vs getKpis without comparison): ` +
        `${ratio(raw.p50 / rollupKpis.p50)}×. Revenue, units and orders from both ` +
        `${agree ? "agree" : "DISAGREE"}.`,
    );
  }
}

/** The rollups must say what the raw lines say, or their speed means nothing. */
async function figuresAgree(scope: ReadScope, filters: AnalyticsFilters): Promise<boolean> {
  const [{ current }, raw] = await Promise.all([
    getKpis(scope, filters, null),
    getRawKpis(scope, filters),
  ]);
  return (
    current.revenueMinor === raw.revenueMinor &&
    current.units === raw.units &&
    current.orders === raw.orders
  );
}
