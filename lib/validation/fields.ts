import { z } from "zod";

/*
 * The builders every input schema's fields start from, so forms, server actions, route handlers
 * and import rows all refuse what the database cannot store: control characters and broken
 * Unicode in text, years PostgreSQL rejects (or that no shop means), numbers wider than the
 * column, ids of any length. Browser-safe: forms validate with the same schemas.
 */

export const UNSTORABLE_TEXT =
  "Contains a character that can't be stored. Remove it and try again.";

// PostgreSQL refuses NUL outright; the other C0 controls (and DEL) are invisible in every
// screen and export, so they only ever arrive by accident or attack.
const SINGLE_LINE_CONTROLS = /[\u0000-\u001F\u007F]/;
const MULTI_LINE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Text the database stores exactly as given: no control characters (tab and line breaks only
 * in multi-line text) and no lone UTF-16 surrogates (which UTF-8 cannot encode).
 */
export function isStorableText(value: string, multiline = false): boolean {
  const controls = multiline ? MULTI_LINE_CONTROLS : SINGLE_LINE_CONTROLS;
  return !controls.test(value) && value.isWellFormed();
}

/** Longest text any field takes unless it says otherwise; the largest ones (notes) say 5,000. */
export const DEFAULT_TEXT_MAX = 1000;

type TextOptions = {
  /** Tab and line breaks allowed (notes, descriptions, addresses typed in a text area). */
  multiline?: boolean;
  max?: number;
  /** Shown when the value is missing or not text. */
  error?: string;
};

/**
 * A trimmed string that refuses characters the database cannot store and is at most `max`
 * characters. Chain `.min()`, `.max()`, `.regex()` as with `z.string()`.
 */
export function text(options: TextOptions = {}) {
  const { multiline = false, max = DEFAULT_TEXT_MAX, error } = options;
  return z
    .string(error ? { error } : undefined)
    .trim()
    .max(max, `Use at most ${max.toLocaleString("en-GB")} characters.`)
    .refine((v) => isStorableText(v, multiline), UNSTORABLE_TEXT);
}

/** `text()` without trimming, for secrets and tokens whose every character counts. */
export function rawText(options: { max: number; error?: string }) {
  return z
    .string(options.error ? { error: options.error } : undefined)
    .max(options.max, `Use at most ${options.max.toLocaleString("en-GB")} characters.`)
    .refine((v) => isStorableText(v), UNSTORABLE_TEXT);
}

/** Ids are cuids (25 lower-case letters and digits); older and test rows use up to 64 of these. */
const ID_PATTERN = /^[A-Za-z0-9_-]*$/;
export const ID_MAX = 64;

/** A record id: 1–64 letters, digits, `-` or `_`. */
export function id(missing = "Missing id.") {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(ID_MAX, "That id is not valid.")
    .regex(ID_PATTERN, "That id is not valid.");
}

/** An id that may be absent or blank (an empty select); blank stays "" for callers to map. */
export function optionalIdText() {
  return z
    .string()
    .trim()
    .max(ID_MAX, "That id is not valid.")
    .regex(ID_PATTERN, "That id is not valid.");
}

// ─── Dates ──────────────────────────────────────────────────────────────────

/**
 * Years a shop's records may name. PostgreSQL has no year 0 and JavaScript writes years
 * beyond 9999 in a form PostgreSQL cannot read, and no sale, count or delivery of a small
 * shop lies outside these.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;
export const YEAR_RANGE_MESSAGE = `Use a date between the years ${MIN_YEAR} and ${MAX_YEAR}.`;

export function isYearInRange(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * "2026-01-31" as midnight UTC, or null when it is not a real calendar day within the years
 * above (Date rolls 2026-02-31 over to 3 March, so the parse must round-trip).
 */
export function parseIsoDay(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return null;
  return isYearInRange(date) ? date : null;
}

/** A "YYYY-MM-DD" day as a string (URL filters keep it as text). */
export const isoDaySchema = z
  .string()
  .refine((v) => parseIsoDay(v) !== null, "Use a real date like 2026-01-31.");

/**
 * A moment typed into a datetime input, or sent as a Date or ISO string; blank or absent is
 * `undefined` so each field decides what that means.
 */
export function instant(message = "Enter a date and time.") {
  return z
    .union([z.date(), z.string().max(64)])
    .nullish()
    .transform((value, ctx) => {
      if (value == null || (typeof value === "string" && value.trim() === "")) return undefined;
      const date = value instanceof Date ? value : new Date(value.trim());
      if (Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      if (!isYearInRange(date)) {
        ctx.addIssue({ code: "custom", message: YEAR_RANGE_MESSAGE });
        return z.NEVER;
      }
      return date;
    });
}

// ─── Numbers ────────────────────────────────────────────────────────────────

/** The largest value of a PostgreSQL `integer` column (Prisma `Int`). */
export const INT4_MAX = 2_147_483_647;

/**
 * The largest single amount in minor units (10 million in a two-decimal currency). Amounts are
 * `Int` columns, and totals of several such amounts must still fit in one.
 */
export const MAX_MONEY_MINOR = 1_000_000_000;
export const MONEY_TOO_LARGE = "That amount is too large.";
