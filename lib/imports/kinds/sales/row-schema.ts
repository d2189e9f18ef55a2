import { z } from "zod";
import { skuSchema } from "@/lib/catalog/fields";
import { optionalEmailSchema } from "@/lib/customers/schemas";
import { minorDigits, parseMoney, toDecimalString, type Minor } from "@/lib/money";
import { MAX_MONEY_MINOR, MONEY_TOO_LARGE } from "@/lib/validation/fields";
import { orderLineInputSchema } from "@/lib/orders/schemas";
import { SALES_CHANNELS, type SalesChannel } from "@/lib/orders/state-machine";
import type { ImportContext } from "../types";
import { parseOccurredAt } from "./occurred-at";

/** One validated sales line, as stored in ImportRow.data (JSON-safe: the time is ISO UTC). */
export type SalesRow = {
  occurredAt: string;
  orderRef: string;
  sku: string;
  quantity: number;
  unitPriceMinor: Minor;
  discountMinor: Minor;
  /** The location's code or name as written in the file; resolved against the catalog later. */
  location: string;
  channel: SalesChannel;
  customerEmail: string | null;
};

/** Order totals are 32-bit integers in the database; a line beyond that cannot be recorded. */
const MAX_LINE_MINOR = 2_147_483_647;

/** Spellings tills and web shops use for our channels, beyond the names themselves. */
const CHANNEL_WORDS: Record<string, SalesChannel> = {
  INSTORE: "IN_STORE",
  STORE: "IN_STORE",
  SHOP: "IN_STORE",
  POS: "IN_STORE",
  RETAIL: "IN_STORE",
  WEB: "ONLINE",
  WEBSHOP: "ONLINE",
  WEBSITE: "ONLINE",
  ECOMMERCE: "ONLINE",
  TELEPHONE: "PHONE",
  MARKET_PLACE: "MARKETPLACE",
};

const channelSchema = z
  .string()
  .trim()
  .transform((value, ctx): SalesChannel => {
    if (value === "") return "IN_STORE";
    const key = value.toUpperCase().replace(/[\s-]+/g, "_");
    const channel = (SALES_CHANNELS as readonly string[]).includes(key)
      ? (key as SalesChannel)
      : (CHANNEL_WORDS[key.replace(/_/g, "")] ?? CHANNEL_WORDS[key]);
    if (channel) return channel;
    ctx.addIssue({
      code: "custom",
      message: "Use in_store, online, phone, marketplace or other.",
    });
    return z.NEVER;
  });

/**
 * An amount in the organisation's currency ("12.50", "1,299.99"; "1200" for yen), parsed by
 * lib/money without floating point, with the decimals the currency allows.
 */
function moneyCell(currency: string, { optional }: { optional: boolean }) {
  const digits = minorDigits(currency);
  const example = toDecimalString(1250 * 10 ** Math.max(digits - 2, 0), digits);
  return z
    .string()
    .trim()
    .transform((value, ctx): Minor => {
      if (value === "") {
        if (optional) return 0;
        ctx.addIssue({ code: "custom", message: "Enter an amount." });
        return z.NEVER;
      }
      const minor = parseMoney(value.replace(/^[^\d\-.,]+/, ""), digits);
      if (minor === null) {
        ctx.addIssue({
          code: "custom",
          message:
            digits === 0
              ? `Enter a whole amount in ${currency}, like ${example}.`
              : `Enter an amount in ${currency} like ${example}.`,
        });
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

/**
 * A cell checked by a schema the forms use (which also accept numbers, null…): its messages
 * are passed on as they are, so a CSV cell and a form field fail in the same words.
 */
function cellThrough<T>(schema: z.ZodType<T, unknown>) {
  return z.string().transform((value, ctx): T => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  });
}

/** Units on the line, with the order form's own rules (whole, 1 to 100,000). */
const quantitySchema = z
  .string()
  .trim()
  .refine((v) => v !== "", "Enter a quantity.")
  .pipe(cellThrough(orderLineInputSchema.shape.quantity));

/**
 * Validates one sales line. Every check that needs no database runs here, so the dry run can
 * report it per cell; checks against the catalog, stock and earlier imports are set-based in
 * classify.
 */
export function salesRowSchema(
  org: ImportContext["org"],
): z.ZodType<SalesRow, Record<string, string>> {
  return z
    .object({
      occurred_at: z.string().transform((value, ctx) => {
        const parsed = parseOccurredAt(value, org.timezone);
        if (!parsed.ok) {
          ctx.addIssue({ code: "custom", message: parsed.message });
          return z.NEVER;
        }
        // A day of slack for tills whose clock runs ahead or zones east of the server.
        if (parsed.at.getTime() > Date.now() + 86_400_000) {
          ctx.addIssue({ code: "custom", message: "That is in the future." });
          return z.NEVER;
        }
        return parsed.at.toISOString();
      }),
      order_ref: z
        .string()
        .trim()
        .min(1, "Enter the order reference.")
        .max(100, "Keep order references to 100 characters."),
      // Blank is reported once, not also as a SKU with the wrong characters.
      sku: z.string().trim().min(1, "Enter a SKU.").pipe(skuSchema),
      quantity: quantitySchema,
      unit_price: moneyCell(org.currency, { optional: false }),
      discount: moneyCell(org.currency, { optional: true }).default(0),
      location: z
        .string()
        .trim()
        .min(1, "Enter the location's code or name.")
        .max(100, "Keep locations to 100 characters."),
      channel: channelSchema.default("IN_STORE"),
      customer_email: cellThrough(optionalEmailSchema).default(null),
    })
    .superRefine((row, ctx) => {
      const gross = row.quantity * row.unit_price;
      if (gross > MAX_LINE_MINOR) {
        ctx.addIssue({
          code: "custom",
          path: ["unit_price"],
          message: "This line is worth more than one order line can hold.",
        });
      } else if (row.discount > gross) {
        ctx.addIssue({
          code: "custom",
          path: ["discount"],
          message: `The discount is more than the line is worth (${toDecimalString(
            gross,
            minorDigits(org.currency),
          )}).`,
        });
      }
    })
    .transform((row): SalesRow => ({
      occurredAt: row.occurred_at,
      orderRef: row.order_ref,
      sku: row.sku,
      quantity: row.quantity,
      unitPriceMinor: row.unit_price,
      discountMinor: row.discount,
      location: row.location,
      channel: row.channel,
      customerEmail: row.customer_email,
    }));
}
