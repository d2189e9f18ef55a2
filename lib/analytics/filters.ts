import { SalesChannel } from "@/lib/generated/prisma/enums";
import type { AnalyticsFilters, ComparisonMode, Granularity, TopProductMetric } from "./types";

/**
 * The dashboards' URL state: which period, what to compare it with, and which slice of the
 * shop. Everything lives in the query string so a view can be bookmarked and shared; anything
 * malformed falls back to a sensible default instead of failing the page, because URLs get
 * hand-edited. A custom range that cannot be used is reported in `problem` so the page can say
 * why it shows the default period instead.
 */

export const PRESETS = ["7d", "30d", "90d", "12m", "mtd", "ytd", "custom"] as const;
export type Preset = (typeof PRESETS)[number];

export const PRESET_LABELS: Record<Preset, string> = {
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "12m": "Last 12 months",
  mtd: "Month to date",
  ytd: "Year to date",
  custom: "Custom range",
};

export const COMPARISON_MODES = ["previous", "year", "none"] as const satisfies ComparisonMode[];

export const COMPARISON_LABELS: Record<ComparisonMode, string> = {
  previous: "Previous period",
  year: "Same period last year",
  none: "No comparison",
};

export const GRANULARITIES = ["day", "week", "month"] as const satisfies Granularity[];

export const TOP_PRODUCT_METRICS = [
  "revenue",
  "units",
  "margin",
] as const satisfies TopProductMetric[];

export const DEFAULT_PRESET = "30d" satisfies Preset;

/** Longest custom range: enough for multi-year trends, small enough for a daily chart. */
export const MAX_RANGE_DAYS = 3 * 366;

/** The URL parameters, in one place for the filter bar, the links and the parser. */
export const PARAM = {
  preset: "range",
  from: "from",
  to: "to",
  compare: "compare",
  location: "location",
  category: "category",
  channel: "channel",
  granularity: "by",
  topMetric: "top",
} as const;

export type SearchParamsInput =
  URLSearchParams | Record<string, string | string[] | undefined> | undefined;

export type ParsedAnalyticsParams = {
  filters: AnalyticsFilters;
  /** The comparison period with the same slice filters, or null when comparing is off. */
  comparison: AnalyticsFilters | null;
  mode: ComparisonMode;
  preset: Preset;
  granularity: Granularity;
  /** Why a custom range in the URL was not used; the default period is shown instead. */
  problem?: string;
};

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const CHANNELS = new Set<string>(Object.values(SalesChannel));

export function parseAnalyticsParams(
  searchParams: SearchParamsInput,
  options: { timezone: string; today?: Date },
): ParsedAnalyticsParams {
  const get = reader(searchParams);
  const today = localDay(options.today ?? new Date(), options.timezone);

  const from = get(PARAM.from);
  const to = get(PARAM.to);
  const rawPreset = get(PARAM.preset);
  // A from/to pair without a preset is a custom range (a link written by hand or by a chart).
  const asked: Preset = isOneOf(PRESETS, rawPreset)
    ? rawPreset
    : from || to
      ? "custom"
      : DEFAULT_PRESET;

  let preset = asked;
  let range: { from: string; to: string };
  let problem: string | undefined;
  if (asked === "custom") {
    const custom = customRange(from, to, today);
    if ("problem" in custom) {
      problem = custom.problem;
      preset = DEFAULT_PRESET;
      range = presetRange(DEFAULT_PRESET, today);
    } else {
      range = custom;
    }
  } else {
    range = presetRange(asked, today);
  }

  const slice: Omit<AnalyticsFilters, "from" | "to"> = {};
  const location = get(PARAM.location);
  if (location && ID.test(location)) slice.locationId = location;
  const category = get(PARAM.category);
  if (category && ID.test(category)) slice.categoryId = category;
  const channel = get(PARAM.channel);
  if (channel && CHANNELS.has(channel)) slice.channel = channel as SalesChannel;

  const rawMode = get(PARAM.compare);
  const mode: ComparisonMode = isOneOf(COMPARISON_MODES, rawMode) ? rawMode : "previous";
  const rawGranularity = get(PARAM.granularity);
  const granularity: Granularity = isOneOf(GRANULARITIES, rawGranularity)
    ? rawGranularity
    : defaultGranularity(range.from, range.to);

  const filters: AnalyticsFilters = { ...range, ...slice };
  const compared = comparisonRange(range, mode);
  return {
    filters,
    comparison: compared ? { ...compared, ...slice } : null,
    mode,
    preset,
    granularity,
    ...(problem ? { problem } : {}),
  };
}

/** The top-products metric from the URL; revenue unless another is asked for. */
export function parseTopProductMetric(searchParams: SearchParamsInput): TopProductMetric {
  const value = reader(searchParams)(PARAM.topMetric);
  return isOneOf(TOP_PRODUCT_METRICS, value) ? value : "revenue";
}

/** The local calendar day of an instant in `timezone` (UTC when the zone is unknown). */
export function localDay(at: Date, timezone: string): string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone: timezone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
  } catch {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone: "UTC",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
  }
  const parts = format.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** Days in an inclusive range of local dates. */
export function daysInRange(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS) + 1;
}

export function presetRange(preset: Exclude<Preset, "custom">, today: string) {
  switch (preset) {
    case "7d":
      return { from: addDays(today, -6), to: today };
    case "30d":
      return { from: addDays(today, -29), to: today };
    case "90d":
      return { from: addDays(today, -89), to: today };
    case "12m":
      // Twelve whole months back to the day after today's date a year ago: 2026-11-21 starts
      // on 2025-11-22, so no day is counted twice when comparing with the year before.
      return { from: addDays(addMonths(today, -12), 1), to: today };
    case "mtd":
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case "ytd":
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/**
 * The period a range is compared with. "previous" is the same number of days just before it;
 * "year" is the same calendar dates a year earlier, where 29 February becomes the 28th.
 */
export function comparisonRange(
  range: { from: string; to: string },
  mode: ComparisonMode,
): { from: string; to: string } | null {
  if (mode === "none") return null;
  if (mode === "year") return { from: addMonths(range.from, -12), to: addMonths(range.to, -12) };
  const length = daysInRange(range.from, range.to);
  return { from: addDays(range.from, -length), to: addDays(range.from, -1) };
}

/** Days for a month, weeks up to about half a year, months beyond. */
export function defaultGranularity(from: string, to: string): Granularity {
  const days = daysInRange(from, to);
  if (days <= 62) return "day";
  if (days <= 190) return "week";
  return "month";
}

function customRange(
  from: string | undefined,
  to: string | undefined,
  today: string,
): { from: string; to: string } | { problem: string } {
  if (!from) return { problem: "Choose a start date for the custom range." };
  if (!isDay(from)) return { problem: `"${from}" is not a date; use YYYY-MM-DD.` };
  const end = to || today;
  if (!isDay(end)) return { problem: `"${end}" is not a date; use YYYY-MM-DD.` };
  if (end < from) return { problem: "The custom range ends before it starts." };
  if (daysInRange(from, end) > MAX_RANGE_DAYS)
    return { problem: "Custom ranges can cover at most three years." };
  return { from, to: end };
}

function reader(searchParams: SearchParamsInput) {
  return (key: string): string | undefined => {
    if (!searchParams) return undefined;
    const raw = searchParams instanceof URLSearchParams ? searchParams.get(key) : searchParams[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
}

function isOneOf<T extends string>(values: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (values as readonly string[]).includes(value);
}

function isDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const time = toTime(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  return new Date(toTime(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar months, keeping the day but clamping to the month's last (31 Mar − 1 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(date, last))).toISOString().slice(0, 10);
}
