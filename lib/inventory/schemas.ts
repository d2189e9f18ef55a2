import { z } from "zod";
import { id as recordId, instant, text } from "@/lib/validation/fields";

/**
 * Stock operations as forms, actions, the API and CSV imports send them. Numbers
 * arrive as strings from inputs ("12") or as numbers from the API; both parse.
 */

const id = (what: string) => recordId(`Choose a ${what}.`);

/** A whole number typed into a form or sent as a number. */
export function wholeNumber(options: { min?: number; max?: number; label?: string } = {}) {
  const { min, max = 1_000_000, label = "a quantity" } = options;
  let number = z.number({ error: `Enter ${label} as a whole number.` }).int(`Use a whole number.`);
  if (min !== undefined) number = number.min(min, `Use ${min} or more.`);
  number = number.max(max, `Use at most ${max.toLocaleString("en-GB")}.`);
  return z
    .union([z.number(), z.string().trim().min(1, `Enter ${label}.`).max(32)])
    .pipe(z.coerce.number<string | number>({ error: `Enter ${label} as a whole number.` }))
    .pipe(number);
}

const note = text({ multiline: true, max: 500 }).default("");

export const ADJUSTMENT_REASONS = ["damaged", "lost", "found", "correction", "other"] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];

export const ADJUSTMENT_REASON_LABELS: Record<AdjustmentReason, string> = {
  damaged: "Damaged",
  lost: "Lost or stolen",
  found: "Found",
  correction: "Correction",
  other: "Other",
};

/** Reasons that only make sense in one direction. */
const REASON_DIRECTION: Partial<Record<AdjustmentReason, "in" | "out">> = {
  damaged: "out",
  lost: "out",
  found: "in",
};

export const adjustStockSchema = z
  .object({
    variantId: id("variant"),
    locationId: id("location"),
    /** Signed: negative takes stock out. */
    quantity: wholeNumber({ min: -1_000_000 }).refine(
      (n) => n !== 0,
      "Enter a change other than 0.",
    ),
    reason: z.enum(ADJUSTMENT_REASONS, { error: "Choose a reason." }),
    note,
  })
  .superRefine((input, ctx) => {
    const direction = REASON_DIRECTION[input.reason];
    if (direction === "out" && input.quantity > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["quantity"],
        message: `${ADJUSTMENT_REASON_LABELS[input.reason]} stock is taken out: use a negative number.`,
      });
    }
    if (direction === "in" && input.quantity < 0) {
      ctx.addIssue({
        code: "custom",
        path: ["quantity"],
        message: "Found stock is added: use a positive number.",
      });
    }
    if (input.reason === "other" && !input.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "Say what happened." });
    }
  });

const stockLine = z.object({
  variantId: id("variant"),
  quantity: wholeNumber({ min: 1 }),
});

/** Lines naming the same variant twice are almost always a slip; refuse them. */
function uniqueVariants<T extends { variantId: string }>(lines: T[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    if (seen.has(line.variantId)) {
      ctx.addIssue({
        code: "custom",
        path: [i, "variantId"],
        message: "This variant is already listed.",
      });
    }
    seen.add(line.variantId);
  });
}

const lines = <T extends z.ZodType<{ variantId: string }>>(line: T) =>
  z
    .array(line)
    .min(1, "Add at least one line.")
    .max(500, "At most 500 lines at a time.")
    .superRefine(uniqueVariants);

/** Stock that arrives without a purchase order. */
export const receiveStockSchema = z.object({
  locationId: id("location"),
  lines: lines(stockLine),
  note,
});

export const transferStockSchema = z
  .object({
    fromLocationId: id("location to send from"),
    toLocationId: id("location to send to"),
    lines: lines(stockLine),
    note,
  })
  .refine((t) => t.fromLocationId !== t.toLocationId, {
    path: ["toLocationId"],
    message: "Choose a different location to send to.",
  });

/** A moment typed into a datetime input or sent as a Date / ISO string. */
const dateInput = instant("Enter when the count was made.").transform((date, ctx) => {
  if (!date) {
    ctx.addIssue({ code: "custom", message: "Enter when the count was made." });
    return z.NEVER;
  }
  return date;
});

export const stockCountSchema = z.object({
  locationId: id("location"),
  lines: lines(
    z.object({
      variantId: id("variant"),
      counted: wholeNumber({ min: 0, label: "the counted quantity" }),
    }),
  ),
  countedAt: dateInput
    // A few minutes of slack for clocks that disagree.
    .refine((d) => d.getTime() <= Date.now() + 5 * 60_000, "A count cannot be in the future."),
  note,
});

export const reorderSettingsSchema = z.object({
  variantId: id("variant"),
  locationId: id("location"),
  reorderPoint: wholeNumber({ min: 0, label: "a reorder point" }),
  reorderQty: wholeNumber({ min: 0, label: "a reorder quantity" }),
  safetyStock: wholeNumber({ min: 0, label: "a safety stock" }),
  /** Empty means "use the supplier's lead time". */
  leadTimeDays: z
    .union([z.number(), z.string().max(32), z.null()])
    .optional()
    .transform((v) =>
      v === undefined || v === null || (typeof v === "string" && !v.trim()) ? null : v,
    )
    .pipe(wholeNumber({ min: 0, max: 365, label: "days" }).nullable()),
});

export type AdjustStockInput = z.infer<typeof adjustStockSchema>;
export type ReceiveStockInput = z.infer<typeof receiveStockSchema>;
export type TransferStockInput = z.infer<typeof transferStockSchema>;
export type StockCountInput = z.infer<typeof stockCountSchema>;
export type ReorderSettingsInput = z.infer<typeof reorderSettingsSchema>;
