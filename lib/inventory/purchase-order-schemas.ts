import { z } from "zod";
import {
  id as recordId,
  isYearInRange,
  MAX_YEAR,
  MIN_YEAR,
  MONEY_TOO_LARGE,
  optionalIdText,
  parseIsoDay,
  text,
  YEAR_RANGE_MESSAGE,
} from "@/lib/validation/fields";
import { moneyInputSchema } from "@/lib/money";
import { wholeNumber } from "./schemas";

const id = (what: string) => recordId(`Choose a ${what}.`);

/** An optional day ("2026-03-01" from a date input, or a Date); empty means none. */
const optionalDay = z
  .union([z.date(), z.string().max(64), z.null()])
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === null || value === "") return null;
    if (value instanceof Date) {
      if (isYearInRange(value)) return value;
      ctx.addIssue({ code: "custom", message: YEAR_RANGE_MESSAGE });
      return z.NEVER;
    }
    const date = parseIsoDay(value.trim());
    if (!date) {
      ctx.addIssue({
        code: "custom",
        message: `Use a real date like 2026-01-31, between the years ${MIN_YEAR} and ${MAX_YEAR}.`,
      });
      return z.NEVER;
    }
    return date;
  });

/**
 * moneyInputSchema's parsing, with one clear message: as a bare union it reports the
 * number branch's "expected number" for a typed string such as "1.234".
 */
const unitCost = z.union([z.number(), z.string().max(64)]).transform((value, ctx) => {
  const parsed = moneyInputSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const tooLarge = parsed.error.issues.some((i) => i.message === MONEY_TOO_LARGE);
  ctx.addIssue({
    code: "custom",
    message: tooLarge
      ? MONEY_TOO_LARGE
      : typeof value === "number"
        ? "Use a whole number of minor units."
        : "Enter an amount like 12.50.",
  });
  return z.NEVER;
});

const lineSchema = z.object({
  variantId: id("variant"),
  quantity: wholeNumber({ min: 1 }),
  unitCost,
});

/** A draft purchase order as the form edits it: created, then replaced while still a draft. */
export const purchaseOrderInputSchema = z.object({
  supplierId: id("supplier"),
  locationId: id("location to deliver to"),
  expectedAt: optionalDay,
  notes: text({ multiline: true, max: 1000 }).default(""),
  lines: z
    .array(lineSchema)
    .min(1, "Add at least one line.")
    .max(500, "At most 500 lines per purchase order.")
    .superRefine((lines, ctx) => {
      const seen = new Set<string>();
      lines.forEach((line, i) => {
        if (seen.has(line.variantId)) {
          ctx.addIssue({
            code: "custom",
            path: [i, "variantId"],
            message: "This variant is already on the order.",
          });
        }
        seen.add(line.variantId);
      });
    }),
});

export const updatePurchaseOrderSchema = purchaseOrderInputSchema.extend({
  purchaseOrderId: id("purchase order"),
});
export const purchaseOrderIdSchema = z.object({ purchaseOrderId: id("purchase order") });

export const receivePurchaseOrderSchema = z.object({
  purchaseOrderId: id("purchase order"),
  lines: z
    .array(
      z.object({
        lineId: id("line"),
        quantity: wholeNumber({ min: 0, label: "the quantity received" }),
      }),
    )
    .min(1, "Nothing to receive.")
    .refine(
      (lines) => lines.some((l) => l.quantity > 0),
      "Enter a quantity for at least one line.",
    ),
  note: text({ multiline: true, max: 500 }).default(""),
});

export type PurchaseOrderInput = z.infer<typeof purchaseOrderInputSchema>;
export type ReceivePurchaseOrderInput = z.infer<typeof receivePurchaseOrderSchema>;

/** What a variant picker sends while someone types. */
export const variantSearchSchema = z.object({
  q: text({ max: 100 }).catch("").default(""),
  supplierId: optionalIdText().optional(),
});
