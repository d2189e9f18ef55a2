import "server-only";
import { EXPORT_LIMIT } from "@/lib/list-params";
import { minorDigits, toDecimalString } from "@/lib/money";
import type { ReadScope } from "@/lib/scope";
import { describeOptions } from "./labels";
import { listProductVariantsForExport } from "./list-products";

export const PRODUCT_EXPORT_COLUMNS = [
  "product",
  "product_status",
  "category",
  "supplier",
  "sku",
  "barcode",
  "options",
  "variant_status",
  "price",
  "cost",
  "on_hand",
];

/**
 * The products list's current view as CSV rows, one per variant. Money is a plain decimal in the
 * organisation's currency ("12.50"), so the file can be edited and imported again.
 */
export async function exportProducts(
  scope: ReadScope,
  params: Parameters<typeof listProductVariantsForExport>[1],
  currency: string,
) {
  const rows = await listProductVariantsForExport(scope, params);
  const digits = minorDigits(currency);
  const lines: unknown[][] = rows
    .slice(0, EXPORT_LIMIT)
    .map((r) => [
      r.productName,
      r.productStatus.toLowerCase(),
      r.categoryName ?? "",
      r.supplierName ?? "",
      r.sku,
      r.barcode ?? "",
      describeOptions(r.optionNames, r.optionValues),
      r.variantStatus.toLowerCase(),
      toDecimalString(r.priceMinor, digits),
      toDecimalString(r.costMinor, digits),
      r.onHand,
    ]);
  if (rows.length > EXPORT_LIMIT) {
    lines.push([`Stopped after ${EXPORT_LIMIT} rows: narrow the filters to export the rest.`]);
  }
  return lines;
}
