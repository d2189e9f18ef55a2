import "server-only";
import { PARAM, parseAnalyticsParams, parseTopProductMetric } from "@/lib/analytics/filters";
import type { SearchParamsInput } from "@/lib/analytics/filters";
import {
  getCategoryMix,
  getHourlySales,
  getKpis,
  getSalesSeries,
  getStaffing,
  getTopProducts,
  getWeekdaySales,
} from "@/lib/analytics/queries";
import { listCatalogOptions } from "@/lib/catalog/catalog-options";
import { CHANNEL_LABELS } from "@/lib/orders/labels";
import type { ReadScope } from "@/lib/scope";

export const TOP_PRODUCTS = 10;

/** Every number on /reports for one URL, read in parallel. */
export async function loadReport(scope: ReadScope, timezone: string, params: SearchParamsInput) {
  const parsed = parseAnalyticsParams(params, { timezone });
  const topMetric = parseTopProductMetric(params);
  const { filters, comparison, granularity } = parsed;
  const [options, kpis, series, previousSeries, top, weekdays, hours, categories, staffing] =
    await Promise.all([
      listCatalogOptions(scope),
      getKpis(scope, filters, comparison),
      getSalesSeries(scope, filters, granularity),
      comparison ? getSalesSeries(scope, comparison, granularity) : Promise.resolve(null),
      getTopProducts(scope, filters, topMetric, TOP_PRODUCTS),
      getWeekdaySales(scope, filters),
      getHourlySales(scope, filters),
      getCategoryMix(scope, filters),
      getStaffing(scope, filters),
    ]);
  return {
    ...parsed,
    topMetric,
    filterOptions: filterOptions(options),
    kpis,
    series,
    previousSeries,
    top,
    weekdays,
    hours,
    categories,
    staffing,
  };
}

export type ReportData = Awaited<ReturnType<typeof loadReport>>;

/** Choices for the filter bar; archived locations and categories stay, marked, for history. */
export function filterOptions(options: Awaited<ReturnType<typeof listCatalogOptions>>) {
  const label = (o: { name: string; archived: boolean }) =>
    o.archived ? `${o.name} (archived)` : o.name;
  return {
    locations: options.locations.map((l) => ({ value: l.id, label: label(l) })),
    categories: options.categories.map((c) => ({ value: c.id, label: label(c) })),
    channels: Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label })),
  };
}

/** The URL parameters that describe the period and slice, for links into drill-downs. */
export function filterQuery(params: SearchParamsInput): string {
  const keep = [
    PARAM.preset,
    PARAM.from,
    PARAM.to,
    PARAM.compare,
    PARAM.location,
    PARAM.category,
    PARAM.channel,
  ];
  const query = new URLSearchParams();
  for (const key of keep) {
    const raw = params instanceof URLSearchParams ? params.get(key) : params?.[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value) query.set(key, value);
  }
  return query.toString();
}
