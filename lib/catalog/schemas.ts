import { z } from "zod";
import { optionalIdText, text } from "@/lib/validation/fields";
import { listParamsSchema } from "@/lib/list-params";
import {
  barcodeSchema,
  booleanishSchema,
  idSchema,
  moneySchema,
  optionalIdSchema,
  skuSchema,
} from "./fields";
import { parseOptionValues } from "./variant-grid";

export * from "./fields";

/*
 * The catalog's inputs, shared by the forms, the server actions, the REST API and CSV imports.
 * Every schema accepts its own output (forms submit already-parsed values, which the action
 * parses again), and string inputs are coerced so spreadsheet rows and form fields both work.
 */

export const PRODUCT_STATUSES = ["ACTIVE", "ARCHIVED"] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
export const productStatusSchema = z.enum(PRODUCT_STATUSES, {
  error: "Choose Active or Archived.",
});

/** Options a product's variants differ by (Size, Colour, Material). */
export const MAX_OPTIONS = 3;
export const MAX_VARIANTS = 100;

const optionNameSchema = text({ error: "Name the option." })
  .min(1, "Name the option, e.g. Size.")
  .max(40, "Keep option names to 40 characters.");

const optionValueSchema = text({ error: "Enter a value." })
  .min(1, "Enter a value.")
  .max(60, "Keep option values to 60 characters.");

// ─── Locations, categories, suppliers ───────────────────────────────────────

export const locationInputSchema = z.object({
  name: text().min(1, "Name the location.").max(80, "Keep it to 80 characters."),
  code: text()
    .toUpperCase()
    .min(1, "Give it a short code, e.g. MAIN.")
    .max(16, "Keep codes to 16 characters.")
    .regex(/^[A-Z0-9][A-Z0-9_-]*$/, "Use letters, numbers, - and _ only."),
  address: text({ multiline: true }).max(300, "Keep the address to 300 characters.").default(""),
});
export const updateLocationSchema = locationInputSchema.extend({ locationId: idSchema });
export const locationIdSchema = z.object({ locationId: idSchema });

export const categoryInputSchema = z.object({
  name: text().min(1, "Name the category.").max(60, "Keep it to 60 characters."),
});
export const updateCategorySchema = categoryInputSchema.extend({ categoryId: idSchema });
export const categoryIdSchema = z.object({ categoryId: idSchema });

export const supplierInputSchema = z.object({
  name: text().min(1, "Name the supplier.").max(120, "Keep it to 120 characters."),
  email: z
    .union([z.literal(""), z.email("Enter an email like orders@supplier.com.").max(254)])
    .nullable()
    .optional()
    .transform((v) => v?.toLowerCase() || null),
  phone: text()
    .max(40, "Keep the phone number to 40 characters.")
    .nullable()
    .optional()
    .transform((v) => v || null),
  leadTimeDays: z.coerce
    .number({ error: "Enter a number of days." })
    .int("Use whole days.")
    .min(0, "Use zero or more days.")
    .max(365, "Use at most 365 days.")
    .default(7),
  notes: text({ multiline: true, max: 2000 }).default(""),
});
export const updateSupplierSchema = supplierInputSchema.extend({ supplierId: idSchema });
export const supplierIdSchema = z.object({ supplierId: idSchema });

// ─── Products and variants ──────────────────────────────────────────────────

export const variantInputSchema = z.object({
  /** An existing variant of the product being updated; absent for a new one. */
  id: optionalIdText().optional(),
  sku: skuSchema,
  barcode: barcodeSchema,
  /** Values for the product's option names, in the same order. */
  optionValues: z.array(optionValueSchema).max(MAX_OPTIONS).default([]),
  price: moneySchema,
  cost: moneySchema,
  status: productStatusSchema.default("ACTIVE"),
});

const productFields = {
  name: text({ error: "Name the product." })
    .min(1, "Name the product.")
    .max(160, "Keep it to 160 characters."),
  description: text({ multiline: true, max: 5000 }).default(""),
  categoryId: optionalIdSchema,
  supplierId: optionalIdSchema,
  status: productStatusSchema.default("ACTIVE"),
  allowBackorder: booleanishSchema.default(false),
  variants: z
    .array(variantInputSchema)
    .min(1, "Add at least one variant.")
    .max(MAX_VARIANTS, `A product can have at most ${MAX_VARIANTS} variants.`),
};

type VariantLike = { sku?: unknown; barcode?: unknown; optionValues?: unknown; status?: unknown };

/**
 * Rules across fields: option names are distinct, each variant has one value per option, no two
 * active variants share the same values, and SKUs and barcodes are distinct within the product (the
 * database checks them against the rest of the organisation). Errors land on the exact field,
 * e.g. "variants.2.sku", so forms show them on the row.
 */
function checkVariants(
  names: unknown[],
  namePath: (i: number) => (string | number)[],
  variants: VariantLike[],
  ctx: z.RefinementCtx,
) {
  const seenNames = new Map<string, number>();
  names.forEach((name, i) => {
    if (typeof name !== "string" || !name) return;
    const key = name.toLowerCase();
    if (seenNames.has(key)) {
      ctx.addIssue({
        code: "custom",
        message: "Each option needs its own name.",
        path: namePath(i),
      });
    } else seenNames.set(key, i);
  });
  if (!Array.isArray(variants)) return;
  if (names.length === 0 && variants.filter((v) => v?.status !== "ARCHIVED").length > 1) {
    ctx.addIssue({
      code: "custom",
      message: "Add an option such as Size so the variants can be told apart.",
      path: ["variants"],
    });
  }
  const combos = new Set<string>();
  const skus = new Set<string>();
  const barcodes = new Set<string>();
  variants.forEach((variant, i) => {
    const values = Array.isArray(variant.optionValues) ? variant.optionValues : [];
    if (values.length !== names.length) {
      ctx.addIssue({
        code: "custom",
        message:
          names.length === 0
            ? "This product has no options, so variants take no option values."
            : `Give a value for each option (${names.join(", ")}).`,
        path: ["variants", i, "optionValues"],
      });
    } else if (names.length > 0 && variant.status !== "ARCHIVED") {
      // Archived variants keep their old values for history, so only live ones must differ.
      const key = JSON.stringify(values.map((v) => String(v).toLowerCase()));
      if (combos.has(key)) {
        ctx.addIssue({
          code: "custom",
          message: "Another variant already has these options.",
          path: ["variants", i, "optionValues"],
        });
      }
      combos.add(key);
    }
    if (typeof variant.sku === "string" && variant.sku) {
      if (skus.has(variant.sku)) {
        ctx.addIssue({
          code: "custom",
          message: "Another variant of this product has this SKU.",
          path: ["variants", i, "sku"],
        });
      }
      skus.add(variant.sku);
    }
    if (typeof variant.barcode === "string" && variant.barcode) {
      if (barcodes.has(variant.barcode)) {
        ctx.addIssue({
          code: "custom",
          message: "Another variant of this product has this barcode.",
          path: ["variants", i, "barcode"],
        });
      }
      barcodes.add(variant.barcode);
    }
  });
}

/** A product with its variants, as the API, the CSV import and the actions take it. */
export const productInputSchema = z
  .object({
    ...productFields,
    optionNames: z
      .array(optionNameSchema)
      .max(MAX_OPTIONS, `Use at most ${MAX_OPTIONS} options.`)
      .default([]),
  })
  .superRefine((p, ctx) =>
    checkVariants(p.optionNames ?? [], (i) => ["optionNames", i], p.variants, ctx),
  );

export const updateProductSchema = productInputSchema.and(z.object({ productId: idSchema }));
export const productIdSchema = z.object({ productId: idSchema });

/**
 * The product form: the same fields, but options are rows of { name, values } (react-hook-form's
 * field arrays need objects, and the values seed the variant grid). It outputs a ProductInput,
 * so the form submits exactly what the action parses.
 */
export const productFormSchema = z
  .object({
    ...productFields,
    options: z
      .array(
        z.object({
          name: optionNameSchema,
          values: text({ max: 2000 }).refine(
            (v) => parseOptionValues(v).length > 0,
            "Add at least one value, e.g. S, M, L.",
          ),
        }),
      )
      .max(MAX_OPTIONS, `Use at most ${MAX_OPTIONS} options.`)
      .default([]),
  })
  .superRefine((p, ctx) => {
    const options = p.options ?? [];
    // Rows are built from the values, so until every option has some the rows say nothing.
    if (options.some((o) => typeof o?.values !== "string" || !parseOptionValues(o.values).length)) {
      return;
    }
    checkVariants(
      options.map((o) => o.name),
      (i) => ["options", i, "name"],
      p.variants,
      ctx,
    );
  })
  .transform(({ options, ...product }) => ({
    ...product,
    optionNames: options.map((o) => o.name),
  }));

export type LocationInput = z.infer<typeof locationInputSchema>;
export type CategoryInput = z.infer<typeof categoryInputSchema>;
export type SupplierInput = z.infer<typeof supplierInputSchema>;
export type VariantInput = z.infer<typeof variantInputSchema>;
export type ProductInput = z.infer<typeof productInputSchema>;
export type ProductFormValues = z.input<typeof productFormSchema>;

// ─── Lists and lookups ──────────────────────────────────────────────────────

export const PRODUCT_SORTS = ["name", "updatedAt", "variants", "price", "onHand"] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

/** Filters outside the URL's control fall back to "all" instead of failing. */
const filterId = optionalIdText().catch("").default("");

/**
 * The products list's URL state (and the export route's query): paging, sort, `q` over name,
 * SKU and barcode, and category / supplier ("none" for products without one) and status filters.
 */
export const productListSchema = listParamsSchema({
  sortable: PRODUCT_SORTS,
  defaultSort: "name",
}).extend({
  category: filterId,
  supplier: filterId,
  status: z
    .enum(["", ...PRODUCT_STATUSES])
    .catch("")
    .default(""),
});
export type ProductListParams = z.output<typeof productListSchema>;

/** A variant picker (order forms, stock forms): text to match and where stock is counted. */
export const variantSearchSchema = z.object({
  q: text({ max: 200 }).catch("").default(""),
  locationId: idSchema,
  limit: z.coerce.number().int().min(1).max(50).catch(20).default(20),
  /** Fetch these variants instead of searching (to redraw lines already picked). */
  ids: z.array(idSchema).max(200).optional(),
});
export type VariantSearchInput = z.input<typeof variantSearchSchema>;
