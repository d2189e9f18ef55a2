import "server-only";
import { commitProductPlan } from "./product-commit";
import { productFields } from "./product-fields";
import { planProducts } from "./product-plan";
import { productRowSchema, type ProductRow } from "./product-row";
import { writeRowResults } from "./staged-rows";
import type { ImportKindDefinition } from "./types";

/**
 * The catalogue from a spreadsheet, one row per variant, matched by SKU. Rows sharing a
 * product name make one product; known SKUs are updated in place and every variant the file
 * does not mention is kept. Categories and suppliers are found by name, or created.
 */
export const productsImport: ImportKindDefinition<ProductRow> = {
  kind: "PRODUCTS",
  label: "Products",
  description:
    "Products and their variants, one row per SKU: options, price, cost, category, supplier and reorder settings. Known SKUs are updated; blank cells leave what is on record.",
  fields: productFields,
  rowSchema: productRowSchema,
  naturalKey: (row) => row.sku,

  async classify(ctx) {
    const plan = await planProducts(ctx);
    await writeRowResults(ctx, [
      ...plan.invalid,
      ...plan.products.flatMap((p) =>
        p.rows.map((r) => ({
          rowNumber: r.rowNumber,
          outcome: r.outcome,
          changes: r.changes,
          entityType: r.variant ? "variant" : null,
          entityId: r.variant?.id ?? null,
        })),
      ),
    ]);
  },

  async commit(ctx) {
    const plan = await planProducts(ctx);
    await writeRowResults(ctx, await commitProductPlan(ctx, plan));
  },

  // prettier-ignore
  templateRows: [
    ["Merino crew jumper", "P01-M-NAVY", "", "Size", "M", "Colour", "Navy", "", "", "89.00", "34.00", "Knitwear", "Northern Mills", "active", "4", "12"],
    ["Alpaca bobble hat", "HAT-ALP-RUST", "", "Colour", "Rust", "", "", "", "", "29.00", "11.00", "Accessories", "Northern Mills", "active", "3", "10"],
    ["Alpaca bobble hat", "HAT-ALP-TEAL", "", "Colour", "Teal", "", "", "", "", "29.00", "11.00", "Accessories", "Northern Mills", "active", "3", "10"],
  ],
};
