import { z } from "zod";
import { id, optionalIdText, text } from "@/lib/validation/fields";
import { moneyInputSchema } from "@/lib/money";

/* Field schemas the catalog's inputs are built from; re-exported by ./schemas. */

export const idSchema = id();

/** An id picked from a select; nothing picked ("" or null) becomes null. */
export const optionalIdSchema = optionalIdText()
  .nullable()
  .optional()
  .transform((v) => v || null);

const TRUE_WORDS = ["true", "yes", "y", "1", "on"];
const FALSE_WORDS = ["false", "no", "n", "0", "off", ""];

/** A checkbox (boolean), a form post ("on") or a spreadsheet cell ("yes", "FALSE"). */
export const booleanishSchema = z.union([
  z.boolean(),
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => TRUE_WORDS.includes(v) || FALSE_WORDS.includes(v), "Use yes or no.")
    .transform((v) => TRUE_WORDS.includes(v)),
]);

/** Issues of the union branch that matched the input's type, not zod's generic "Invalid input". */
function readableMessage(error: z.ZodError): string {
  for (const issue of error.issues) {
    if (issue.code !== "invalid_union") return issue.message;
    for (const branch of issue.errors) {
      const specific = branch.find((i) => i.code !== "invalid_type");
      if (specific) return specific.message;
    }
  }
  return "Enter an amount like 12.50.";
}

/** moneyInputSchema ("12.50" or minor units in, minor units out) with a readable error. */
export const moneySchema = z.union([z.number(), z.string().max(64)]).transform((value, ctx) => {
  const parsed = moneyInputSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  // `continue` lets the product's cross-field checks (duplicate SKUs) still report alongside.
  ctx.addIssue({ code: "custom", message: readableMessage(parsed.error), continue: true });
  return z.NEVER;
});

export const SKU_PATTERN = /^[A-Z0-9][A-Z0-9._/-]*$/;

/** SKUs compare exactly, so they are stored trimmed and upper-cased: " ab-1 " is "AB-1". */
export function normaliseSku(raw: string) {
  return raw.trim().toUpperCase();
}

export const skuSchema = z
  .string({ error: "Enter a SKU." })
  .trim()
  .toUpperCase()
  .min(1, "Enter a SKU.")
  .max(64, "Keep SKUs to 64 characters.")
  .regex(SKU_PATTERN, "Use letters, numbers and - _ . / only, without spaces.");

/** EAN/UPC/Code 128 style codes; empty means none. */
export const barcodeSchema = text()
  .max(64, "Keep barcodes to 64 characters.")
  .regex(/^[0-9A-Za-z-]*$/, "Use letters, numbers and dashes only.")
  .nullable()
  .optional()
  .transform((v) => v || null);
