import type { Granularity } from "@/lib/analytics/types";
import { formatMoney, minorDigits } from "@/lib/money";

/**
 * Formatting shared by the charts: full values in tooltips and captions, compact ones on axes
 * where space is short ("£12K", "1.2M").
 */

const compactFormats = new Map<string, Intl.NumberFormat>();

/** "£12K" for axis ticks. */
export function compactMoney(minor: number, currency: string): string {
  let format = compactFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", {
      style: "currency",
      currency,
      notation: "compact",
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
    compactFormats.set(currency, format);
  }
  return format.format(minor / 10 ** minorDigits(currency));
}

const compactNumber = new Intl.NumberFormat("en-GB", {
  notation: "compact",
  maximumFractionDigits: 1,
});
const wholeNumber = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });

export const compactCount = (value: number) => compactNumber.format(value);
export const formatCount = (value: number) => wholeNumber.format(value);
export const formatDecimal = (value: number) => oneDecimal.format(value);
export const formatPct = (value: number) => `${oneDecimal.format(value)}%`;

/** Money with the currency, rounded to whole units for averages where pence are noise. */
export function money(minor: number, currency: string): string {
  return formatMoney(Math.round(minor), currency);
}

const dayLabel = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});
const dayYearLabel = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const monthLabel = new Intl.DateTimeFormat("en-GB", {
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** Axis label of a bucket ("3 Mar", "Mar 2026"); buckets are local days, shown as written. */
export function bucketTick(bucket: string, granularity: Granularity): string {
  return granularity === "month"
    ? monthLabel.format(asDate(bucket))
    : dayLabel.format(asDate(bucket));
}

/** Tooltip label of a bucket ("Week of 3 Mar 2026"). */
export function bucketLabel(bucket: string, granularity: Granularity): string {
  if (granularity === "month") return monthLabel.format(asDate(bucket));
  const day = dayYearLabel.format(asDate(bucket));
  return granularity === "week" ? `Week of ${day}` : day;
}

/** "3 Mar 2026" for a local day. */
export function formatLocalDay(day: string): string {
  return dayYearLabel.format(asDate(day));
}

/** "3 Mar – 9 Mar 2026", the year shown once when both ends share it. */
export function formatDayRange(from: string, to: string): string {
  if (from === to) return formatLocalDay(from);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${sameYear ? dayLabel.format(asDate(from)) : formatLocalDay(from)} – ${formatLocalDay(to)}`;
}

export const WEEKDAY_SHORT = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
export const WEEKDAY_LONG = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

/** ISO weekday (1 = Monday) to its name. */
export const weekdayShort = (weekday: number) => WEEKDAY_SHORT[weekday - 1] ?? String(weekday);
export const weekdayLong = (weekday: number) => WEEKDAY_LONG[weekday - 1] ?? String(weekday);

/** "09:00" for an hour of the day. */
export const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
