import { z } from "zod";
import {
  MAX_OPTIONS,
  barcodeSchema,
  categoryInputSchema,
  productInputSchema,
  productStatusSchema,
  skuSchema,
  supplierInputSchema,
  type ProductStatus,
} from "@/lib/catalog/schemas";
import { wholeNumber } from "@/lib/inventory/schemas";
import { cell, moneyCell, optionalCell } from "./cells";
import { productFields, type ProductFieldKey } from "./product-fields";
import type { ImportContext } from "./types";

/** One variant as a products file describes it. null means the cell was blank. */
export type ProductRow = {
  productName: string;
  sku: string;
  barcode: string | null;
  optionNames: string[];
  optionValues: string[];
  /** Minor units. */
  price: number;
  cost: number;
  category: string | null;
  supplier: string | null;
  status: ProductStatus | null;
  reorderPoint: number | null;
  reorderQty: number | null;
};

const OPTION_NUMBERS = Array.from({ length: MAX_OPTIONS }, (_, i) => i + 1);

/**
 * Maps a path of the product schema back to the column it came from, for a one-variant
 * product built from a single row ("variants.0.sku" → sku, "optionNames.1" → option2_name).
 */
export function columnOfProductPath(path: PropertyKey[]): ProductFieldKey {
  const [first, second, third, fourth] = path;
  if (first === "optionNames" && typeof second === "number") {
    return `option${second + 1}_name` as ProductFieldKey;
  }
  if (first === "variants") {
    if (third === "optionValues") {
      return typeof fourth === "number"
        ? (`option${fourth + 1}_value` as ProductFieldKey)
        : "option1_value";
    }
    if (third === "sku" || third === "barcode" || third === "price" || third === "cost") {
      return third;
    }
    if (third === "status") return "status";
    return "sku";
  }
  return "product_name";
}

const statusCell = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .pipe(productStatusSchema);

/**
 * The row's cells parsed with the catalogue's field schemas, then checked as a one-variant
 * product by the product form's own schema (option names distinct and named, one value per
 * option, lengths), so the rules are the form's rules.
 */
export function productRowSchema(org: ImportContext["org"]) {
  const money = moneyCell(org.currency);
  const cells = z.object(
    Object.fromEntries(productFields.map((f) => [f.key, z.string()])) as Record<
      ProductFieldKey,
      z.ZodString
    >,
  );
  return cells
    .extend({
      product_name: cell(productInputSchema.shape.name),
      sku: cell(skuSchema),
      barcode: cell(barcodeSchema),
      price: money,
      cost: money,
      category: optionalCell(categoryInputSchema.shape.name),
      supplier: optionalCell(supplierInputSchema.shape.name),
      status: optionalCell(statusCell),
      reorder_point: optionalCell(wholeNumber({ min: 0, label: "a reorder point" })),
      reorder_qty: optionalCell(wholeNumber({ min: 0, label: "a reorder quantity" })),
    })
    .transform((c, ctx): ProductRow => {
      const optionNames: string[] = [];
      const optionValues: string[] = [];
      for (const n of OPTION_NUMBERS) {
        const name = c[`option${n}_name` as ProductFieldKey] as string;
        const value = c[`option${n}_value` as ProductFieldKey] as string;
        if (!name && !value) continue;
        if (!name || !value) {
          ctx.addIssue({
            code: "custom",
            path: [`option${n}_${name ? "value" : "name"}`],
            message: name
              ? `Give this variant's ${name}.`
              : `Name option ${n}, e.g. Size, or leave its value blank.`,
          });
          continue;
        }
        if (optionNames.length !== n - 1) {
          ctx.addIssue({
            code: "custom",
            path: [`option${n}_name`],
            message: `Fill option ${optionNames.length + 1} before option ${n}.`,
          });
          continue;
        }
        optionNames.push(name);
        optionValues.push(value);
      }
      const product = productInputSchema.safeParse({
        name: c.product_name,
        optionNames,
        variants: [
          {
            sku: c.sku,
            barcode: c.barcode,
            optionValues,
            price: c.price,
            cost: c.cost,
            status: c.status ?? "ACTIVE",
          },
        ],
      });
      if (!product.success) {
        for (const issue of product.error.issues) {
          ctx.addIssue({
            code: "custom",
            path: [columnOfProductPath(issue.path)],
            message: issue.message,
          });
        }
        return z.NEVER;
      }
      const p = product.data;
      const v = p.variants[0]!;
      return {
        productName: p.name,
        sku: v.sku,
        barcode: v.barcode,
        optionNames: p.optionNames,
        optionValues: v.optionValues,
        price: v.price,
        cost: v.cost,
        category: c.category,
        supplier: c.supplier,
        status: c.status,
        reorderPoint: c.reorder_point,
        reorderQty: c.reorder_qty,
      };
    });
}
