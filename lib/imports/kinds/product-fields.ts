import type { ImportField } from "./types";

const option = (n: 1 | 2 | 3) =>
  [
    {
      key: `option${n}_name`,
      label: `Option ${n} name`,
      required: false,
      aliases: [`option${n}_name`, `option ${n} name`, `option${n} name`, `option ${n}`],
      description:
        n === 1
          ? "What the variants of a product differ by, e.g. Size. Every row of a product names the same options in the same order; leave blank for a product without options."
          : `A further option, e.g. ${n === 2 ? "Colour" : "Material"}.`,
      example: n === 1 ? "Size" : n === 2 ? "Colour" : "",
    },
    {
      key: `option${n}_value`,
      label: `Option ${n} value`,
      required: false,
      aliases: [`option${n}_value`, `option ${n} value`, `option${n} value`],
      description: `This variant's value for option ${n}, e.g. ${n === 1 ? "M" : n === 2 ? "Navy" : "Wool"}.`,
      example: n === 1 ? "M" : n === 2 ? "Navy" : "",
    },
  ] as const satisfies readonly ImportField[];

const KEEP = "Blank keeps what is on record.";

/**
 * The columns of a products file: one row per variant (per SKU). Rows with the same product
 * name make one product; option columns come in name/value pairs, as Shopify-style sheets do.
 */
export const productFields = [
  {
    key: "product_name",
    label: "Product name",
    required: true,
    aliases: ["product_name", "product name", "product", "name", "title", "product title"],
    description:
      "The product this variant belongs to. Rows with the same name are one product; a new name makes a new product.",
    example: "Merino crew jumper",
  },
  {
    key: "sku",
    label: "SKU",
    required: true,
    aliases: ["sku", "variant sku", "sku code", "item code", "product code", "code"],
    description:
      "The variant's unique code (letters, numbers, - _ . /). A known SKU updates that variant; a new one adds a variant.",
    example: "P01-M-NAVY",
  },
  {
    key: "barcode",
    label: "Barcode",
    required: false,
    aliases: ["barcode", "ean", "upc", "gtin", "variant barcode"],
    description: `EAN, UPC or other barcode; no two variants may share one. ${KEEP}`,
    example: "5012345000014",
  },
  ...option(1),
  ...option(2),
  ...option(3),
  {
    key: "price",
    label: "Price",
    required: true,
    aliases: ["price", "variant price", "selling price", "retail price", "rrp", "unit price"],
    description: "Selling price in your currency, e.g. 89.00.",
    example: "89.00",
  },
  {
    key: "cost",
    label: "Cost",
    required: true,
    aliases: ["cost", "cost price", "unit cost", "variant cost", "buy price", "purchase price"],
    description: "What one unit costs you, e.g. 34.00.",
    example: "34.00",
  },
  {
    key: "category",
    label: "Category",
    required: false,
    aliases: ["category", "product category", "type", "product type", "department"],
    description: `Category by name; a new name creates the category. Same for every row of a product. ${KEEP}`,
    example: "Knitwear",
  },
  {
    key: "supplier",
    label: "Supplier",
    required: false,
    aliases: ["supplier", "vendor", "supplier name", "brand", "manufacturer"],
    description: `Supplier by name; a new name creates the supplier. Same for every row of a product. ${KEEP}`,
    example: "Northern Mills",
  },
  {
    key: "status",
    label: "Status",
    required: false,
    aliases: ["status", "variant status", "active"],
    description: `active or archived: whether this variant is still sold. Blank is active for a new variant. ${KEEP}`,
    example: "active",
  },
  {
    key: "reorder_point",
    label: "Reorder point",
    required: false,
    aliases: ["reorder_point", "reorder point", "reorder level", "min stock", "minimum stock"],
    description: `Reorder when stock falls to this many, at every active location. ${KEEP}`,
    example: "4",
  },
  {
    key: "reorder_qty",
    label: "Reorder quantity",
    required: false,
    aliases: ["reorder_qty", "reorder qty", "reorder quantity", "order quantity", "order qty"],
    description: `How many to order each time, at every active location. ${KEEP}`,
    example: "12",
  },
] as const satisfies readonly ImportField[];

export type ProductFieldKey = (typeof productFields)[number]["key"];
