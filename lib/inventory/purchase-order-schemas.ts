import { z } from "zod";
import { moneyInputSchema } from "@/lib/money";
import { wholeNumber } from "./schemas";

const id = (what: string) => z.string().trim().min(1, `Choose a ${what}.`).max(64);

/** An optional day ("2026-03-01" from a date input, or a Date); empty means none. */
const optionalDay = z
  .union([z.date(), z.string(), z.null()])
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === null || value === "") return null;
    if (value instanceof Date) return value;
    const day = value.trim();
    const date = new Date(`${day}T00:00:00Z`);
    // Date rolls impossible days over (2026-02-31 becomes 3 March), so round-trip instead.
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
      Number.isNaN(date.getTime()) ||
      date.toISOString().slice(0, 10) !== day
    ) {
      ctx.addIssue({ code: "custom", message: "Use a real date like 2026-01-31." });
      return z.NEVER;
    }
    return date;
  });

/**
 * moneyInputSchema's parsing, with one clear message: as a bare union it reports the
 * number branch's "expected number" for a typed string such as "1.234".
 */
const unitCost = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const parsed = moneyInputSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  ctx.addIssue({
    code: "custom",
    message:
      typeof value === "number"
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
  notes: z.string().trim().max(1000, "Keep the notes under 1,000 characters.").default(""),
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
  note: z.string().trim().max(500).default(""),
});

export type PurchaseOrderInput = z.infer<typeof purchaseOrderInputSchema>;
export type ReceivePurchaseOrderInput = z.infer<typeof receivePurchaseOrderSchema>;

/** What a variant picker sends while someone types. */
export const variantSearchSchema = z.object({
  q: z.string().max(100).default(""),
  supplierId: z.string().max(64).optional(),
});
