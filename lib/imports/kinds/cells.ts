import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { minorDigits, parseMoney } from "@/lib/money";
import {
  isYearInRange,
  MAX_MONEY_MINOR,
  MAX_YEAR,
  MIN_YEAR,
  MONEY_TOO_LARGE,
  YEAR_RANGE_MESSAGE,
} from "@/lib/validation/fields";

/*
 * Spreadsheet cells as import rows read them. The engine hands every field over as trimmed text
 * ("" when empty or unmapped), so each parser starts from a string and ends JSON-safe (dates as
 * ISO strings), ready to be stored as ImportRow.data.
 */

/**
 * The words of an issue: for a union (a field that takes a boolean or "yes"), the message of
 * the branch that matched the cell's type rather than zod's generic "Invalid input".
 */
export function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_union") {
    for (const branch of issue.errors) {
      const specific = branch.find((i) => i.code !== "invalid_type");
      if (specific) return issueMessage(specific);
    }
  }
  return issue.message;
}

/**
 * Puts the first issue of a failed inner parse on the cell being parsed, in its words. One
 * message per cell: a blank SKU is "Enter a SKU.", not that plus a pattern complaint.
 */
function reportIssues(error: z.ZodError, ctx: z.RefinementCtx) {
  const [issue] = error.issues;
  if (issue) ctx.addIssue({ code: "custom", message: issueMessage(issue) });
}

/**
 * A cell parsed by a schema that also takes other inputs (numbers from the API, say), with
 * that schema's own messages. Keeps the row schema's input plain text.
 */
export function cell<T>(schema: z.ZodType<T>) {
  return z.string().transform((value, ctx): T => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    reportIssues(parsed.error, ctx);
    return z.NEVER;
  });
}

/**
 * A cell that may be left blank: blank gives null, anything else must pass `schema`. In
 * imports, blank means "not given" (keep what is there, or the default for a new record), so
 * a column a spreadsheet lacks never erases data.
 */
export function optionalCell<T>(schema: z.ZodType<T>) {
  return z.string().transform((value, ctx): T | null => {
    if (value.trim() === "") return null;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    reportIssues(parsed.error, ctx);
    return z.NEVER;
  });
}

/**
 * An amount in the organisation's currency ("12.50", "1,299.99"; "1250" for yen) as minor units.
 * The rules of the forms' money field, but with the currency's own number of decimals.
 */
export function moneyCell(currency: string) {
  const digits = minorDigits(currency);
  const example = digits === 0 ? "1250" : `12.${"5".padEnd(digits, "0")}`;
  return z.string().transform((value, ctx) => {
    if (value.trim() === "") {
      ctx.addIssue({ code: "custom", message: "Enter an amount." });
      return z.NEVER;
    }
    const minor = parseMoney(value, digits);
    if (minor === null) {
      ctx.addIssue({ code: "custom", message: `Enter an amount like ${example}.` });
      return z.NEVER;
    }
    if (minor < 0) {
      ctx.addIssue({ code: "custom", message: "Use zero or more." });
      return z.NEVER;
    }
    if (minor > MAX_MONEY_MINOR) {
      ctx.addIssue({ code: "custom", message: MONEY_TOO_LARGE });
      return z.NEVER;
    }
    return minor;
  });
}

const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A date-time typed into a spreadsheet, as the instant it names in `timeZone`. Accepts
 * "2026-11-20 14:30", "2026-11-20T14:30:00", "20/11/2026 14:30" (day first, as shops outside
 * the US write it), a date alone (midnight), or an ISO instant with Z or an offset (taken as is).
 * Returns null when the text is not such a date, names an impossible one (31/02) or lies
 * outside the years the database and the shop can mean (see isYearInRange).
 */
export function parseLocalDateTime(text: string, timeZone: string): Date | null {
  const date = parseAnyLocalDateTime(text, timeZone);
  return date && isYearInRange(date) ? date : null;
}

/**
 * The message for a date cell that did not parse: the years allowed when that is what failed
 * (or `future`, for a field that may not lie ahead, when the year is past them), else `fallback`.
 */
export function dateCellMessage(text: string, fallback: string, future?: string): string {
  const year = Number(/(?:^|\D)(-?\d{4,})(?=\D|$)/.exec(text.trim())?.[1] ?? NaN);
  if (year > MAX_YEAR && future) return future;
  if (year < MIN_YEAR || year > MAX_YEAR) return YEAR_RANGE_MESSAGE;
  return fallback;
}

function parseAnyLocalDateTime(text: string, timeZone: string): Date | null {
  const value = text.trim();
  if (ISO_INSTANT.test(value)) {
    const date = new Date(value.replace(" ", "T"));
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const yearFirst = YEAR_FIRST.exec(value);
  const dayFirst = yearFirst ? null : DAY_FIRST.exec(value);
  if (!yearFirst && !dayFirst) return null;
  const [year, month, day, hour, minute, second] = yearFirst
    ? [yearFirst[1], yearFirst[2], yearFirst[3], yearFirst[4], yearFirst[5], yearFirst[6]]
    : [dayFirst![3], dayFirst![2], dayFirst![1], dayFirst![4], dayFirst![5], dayFirst![6]];
  const parts = [year, month, day, hour ?? "0", minute ?? "0", second ?? "0"].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = parts;
  // Date reads years 0–99 as 1900–1999, so the range is checked on the digits themselves.
  if (y < MIN_YEAR || y > MAX_YEAR) return null;
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return null;
  // Day 31 of a 30-day month would roll over into the next; a real calendar day does not.
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCDate() !== d || d < 1) return null;
  const instant = new TZDate(y, mo - 1, d, h, mi, s, timeZone);
  return Number.isNaN(instant.getTime()) ? null : new Date(instant.getTime());
}

const DATE_HINT = "like 2026-11-20 14:30";

/** A required local date-time cell, as an ISO instant. */
export function dateTimeCell(timeZone: string, label = "a date and time") {
  return z.string().transform((value, ctx) => {
    if (value.trim() === "") {
      ctx.addIssue({ code: "custom", message: `Enter ${label}.` });
      return z.NEVER;
    }
    const date = parseLocalDateTime(value, timeZone);
    if (!date) {
      ctx.addIssue({
        code: "custom",
        message: dateCellMessage(value, `Enter ${label} ${DATE_HINT}.`),
      });
      return z.NEVER;
    }
    return date.toISOString();
  });
}

/** Clocks disagree by a few minutes; "just now" typed on a till is not "in the future". */
export const CLOCK_SKEW_MS = 5 * 60_000;
