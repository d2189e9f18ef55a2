import { z } from "zod";
import { id as recordId, isoDaySchema, optionalIdText, text } from "@/lib/validation/fields";
import { listParamsSchema } from "@/lib/list-params";
import { moneyInputSchema } from "@/lib/money";
import { ORDER_STATUSES, PAYMENT_STATUSES, SALES_CHANNELS } from "./state-machine";

/**
 * Order inputs, shared by the forms (react-hook-form resolver), the server actions and later
 * the REST API and CSV imports. Form strings are coerced; money is a decimal string ("12.50")
 * or an integer of minor units, as everywhere in Backroom. Prices are deliberately absent:
 * the server prices lines from the variants, so a client cannot choose what it pays.
 */

const id = (message: string) => recordId(message);

/** Blank means "none": an empty select or text box becomes undefined. */
const optionalId = optionalIdText()
  .optional()
  .transform((v) => v || undefined);

const optionalText = (max: number) =>
  text({ max })
    .optional()
    .transform((v) => v || undefined);

/** A money amount that may be left blank (zero). */
const optionalMoney = z
  .union([z.literal("").transform(() => 0), moneyInputSchema])
  .optional()
  .transform((v) => v ?? 0);

const quantity = z.coerce
  .number<string | number>({ message: "Enter a quantity." })
  .int("Use whole units.")
  .min(1, "At least 1.")
  .max(100_000, "At most 100,000 per line.");

export const orderLineInputSchema = z.object({
  variantId: id("Choose a product."),
  quantity,
  /** A discount on the line, in money (not percent). */
  discount: optionalMoney,
});

export type OrderLineInput = z.output<typeof orderLineInputSchema>;

/**
 * One line per variant: the same variant entered twice is one line with the quantities (and
 * discounts) added, so stock is checked and reserved once per variant.
 */
export function mergeLines(lines: OrderLineInput[]): OrderLineInput[] {
  const merged = new Map<string, OrderLineInput>();
  for (const line of lines) {
    const seen = merged.get(line.variantId);
    if (seen) {
      seen.quantity += line.quantity;
      seen.discount += line.discount;
    } else {
      merged.set(line.variantId, { ...line });
    }
  }
  return [...merged.values()];
}

export const orderDraftSchema = z.object({
  customerId: optionalId,
  locationId: id("Choose the location the order ships from."),
  channel: z.enum(SALES_CHANNELS).default("IN_STORE"),
  notes: text({ multiline: true, max: 2000 }).default(""),
  /** An order-level discount, spread over the lines in proportion to their value. */
  discount: optionalMoney,
  lines: z
    .array(orderLineInputSchema)
    .min(1, "Add at least one item.")
    .max(250, "At most 250 lines per order.")
    .transform(mergeLines),
});

export type OrderDraftInput = z.output<typeof orderDraftSchema>;

export const orderIdSchema = z.object({ orderId: id("Order is required.") });

export const updateDraftSchema = orderDraftSchema.extend(orderIdSchema.shape);

export const markPaidSchema = orderIdSchema.extend({
  /** How it was paid, e.g. "Card, terminal 2" or an invoice number. */
  note: optionalText(200),
});

export const fulfilSchema = orderIdSchema.extend({
  carrier: optionalText(100),
  trackingNumber: optionalText(100),
  trackingUrl: z
    .union([
      z.literal("").transform(() => undefined),
      z
        .url({
          protocol: /^https$/,
          hostname: z.regexes.domain,
          message: "Use a full https:// link.",
        })
        .max(500, "Use at most 500 characters."),
    ])
    .optional(),
});

export const cancelSchema = orderIdSchema.extend({
  reason: optionalText(500),
  /** For a paid order: also record a refund of everything still refundable. */
  refund: z.boolean().default(false),
});

export const returnSchema = orderIdSchema.extend({
  reason: text({ multiline: true, max: 500 }).min(1, "Say why the items came back."),
  lines: z
    .array(
      z.object({
        orderLineId: id("Choose a line."),
        quantity: z.coerce
          .number<string | number>({ message: "Enter a quantity." })
          .int("Use whole units.")
          .min(0, "Use zero or more.")
          .max(100_000, "At most 100,000 per line."),
        /** Put the units back on the shelf (a RETURN stock movement), or write them off. */
        restock: z.boolean().default(true),
      }),
    )
    .max(250)
    // Lines left at zero are allowed (a form lists every line) and skipped.
    .refine((lines) => lines.some((l) => l.quantity > 0), "Choose at least one item to return.")
    .refine(
      (lines) => new Set(lines.map((l) => l.orderLineId)).size === lines.length,
      "Each line can appear once.",
    ),
});

export type ReturnInput = z.output<typeof returnSchema>;

export const refundSchema = orderIdSchema.extend({
  amount: moneyInputSchema.refine((v) => v > 0, "Enter an amount greater than zero."),
  reason: text({ multiline: true, max: 500 }).min(1, "Say why the money is going back."),
});

export type RefundInput = z.output<typeof refundSchema>;

export const availabilitySchema = z.object({
  locationId: id("Choose a location."),
  variantIds: z.array(recordId()).max(250),
});

export const orderSearchSchema = z.object({
  q: text({ max: 100 }).catch("").default(""),
  locationId: optionalId,
});

const day = isoDaySchema;

export const ORDER_SORTS = ["number", "date", "customer", "total", "status"] as const;

/**
 * The order list's URL state: paging, sort, search and filters. Unknown values fall back to
 * "all" rather than failing, because URLs get hand-edited and shared.
 */
export const orderListSchema = listParamsSchema({
  sortable: ORDER_SORTS,
  defaultSort: "number",
  defaultDir: "desc",
}).extend({
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  payment: z.enum(PAYMENT_STATUSES).optional().catch(undefined),
  channel: z.enum(SALES_CHANNELS).optional().catch(undefined),
  location: optionalIdText().optional().catch(undefined),
  customer: optionalIdText().optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
});

export type OrderListParams = z.output<typeof orderListSchema>;
