import { z } from "zod";
import { MAX_MONEY_MINOR, MONEY_TOO_LARGE } from "@/lib/validation/fields";

/**
 * Money is an integer number of minor units (cents, pence) of the organisation's
 * currency. Never a float: 0.1 + 0.2 is not 0.3.
 */
export type Minor = number;

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(minor: Minor, currency: string, locale = "en-GB"): string {
  const key = `${locale}:${currency}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, format);
  }
  return format.format(minor / 10 ** minorDigits(currency));
}

/** Decimal places of a currency (2 for GBP, 0 for JPY, 3 for KWD). */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  );
}

/**
 * Parses a decimal amount typed by a person ("12.5", "1,299.99") into minor
 * units without floating-point arithmetic. Returns null when it is not a number
 * or has more decimals than the currency allows.
 */
export function parseMoney(input: string, digits = 2): Minor | null {
  const cleaned = input.trim().replace(/[,\s]/g, "");
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(cleaned);
  if (!match) return null;
  const [, sign, whole, fraction = ""] = match;
  if (fraction.length > digits) return null;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
  if (!Number.isSafeInteger(minor)) return null;
  return sign ? -minor : minor;
}

/** Minor units back to a plain decimal string for form fields ("1299.99"). */
export function toDecimalString(minor: Minor, digits = 2): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const whole = Math.floor(abs / 10 ** digits);
  const fraction = String(abs % 10 ** digits).padStart(digits, "0");
  return `${sign}${whole}.${fraction}`;
}

/**
 * A non-negative amount typed as a decimal string ("12.50") or given as minor
 * units (1250), as minor units. One schema for forms, the API and CSV rows.
 */
export const moneyInputSchema = z
  .union([z.number(), z.string().max(64)], { error: "Enter an amount like 12.50." })
  .transform((value, ctx) => {
    const minor = typeof value === "number" ? value : parseMoney(value);
    if (typeof value === "string" && value.trim() === "") {
      ctx.addIssue({ code: "custom", message: "Enter an amount." });
      return z.NEVER;
    }
    if (minor === null || !Number.isSafeInteger(minor)) {
      ctx.addIssue({ code: "custom", message: "Enter an amount like 12.50." });
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

/**
 * `quantity × unit − discount`, with the discount never more than the gross.
 * All integers, so totals add up exactly.
 */
export function lineTotal(quantity: number, unitMinor: Minor, discountMinor: Minor = 0): Minor {
  const gross = quantity * unitMinor;
  return gross - Math.min(Math.max(discountMinor, 0), gross);
}

/**
 * Splits an amount across weights in proportion, distributing the rounding
 * remainder so the parts always add up to the whole (largest remainder method).
 */
export function allocate(amount: Minor, weights: number[]): Minor[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return weights.map(() => 0);
  const raw = weights.map((w) => (amount * w) / total);
  const parts = raw.map(Math.floor);
  let remainder = amount - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (remainder <= 0) break;
    parts[i]! += 1;
    remainder -= 1;
  }
  return parts;
}
