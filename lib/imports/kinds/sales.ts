import "server-only";
import type { ImportKindDefinition } from "./types";
import { classifySales } from "./sales/classify";
import { commitSales } from "./sales/commit";
import { salesFields } from "./sales/fields";
import { salesRowSchema, type SalesRow } from "./sales/row-schema";

/**
 * Sales lines from a till, web shop or spreadsheet: one row per order line. Lines sharing an
 * order reference become one fulfilled, paid order; stock leaves the shelf when it was sold.
 * A line is identified by its order and SKU, so importing the same file twice changes nothing.
 */
export const salesImport: ImportKindDefinition<SalesRow> = {
  kind: "SALES",
  label: "Sales lines",
  description:
    "Past sales from a till or web shop, one row per order line. Each order reference becomes a fulfilled, paid order and takes its stock.",
  fields: salesFields,
  rowSchema: salesRowSchema,
  // PostgreSQL text cannot hold NUL, so the unit separator joins the parts instead; a SKU never
  // contains it (letters, digits and - _ . / only), so the key stays unambiguous.
  naturalKey: (row) => `${row.orderRef}\u001f${row.sku}`,
  classify: classifySales,
  commit: commitSales,
  templateRows: [
    ["2026-03-01 14:05", "POS-10042", "TEE-BLK-M", "2", "24.00", "0", "MAIN", "in_store", ""],
    ["2026-03-01 14:05", "POS-10042", "MUG-WHT", "1", "9.50", "1.00", "MAIN", "in_store", ""],
    [
      "2026-03-01T16:40:00+01:00",
      "WEB-2291",
      "TEE-BLK-S",
      "1",
      "24.00",
      "",
      "Warehouse",
      "online",
      "ada@example.com",
    ],
  ],
};
