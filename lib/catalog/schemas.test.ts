import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  booleanishSchema,
  locationInputSchema,
  normaliseSku,
  productFormSchema,
  productInputSchema,
  productListSchema,
  skuSchema,
  supplierInputSchema,
  updateProductSchema,
  variantInputSchema,
} from "./schemas";

const variant = (over: Record<string, unknown> = {}) => ({
  sku: "TEE-S",
  price: "12.50",
  cost: "5",
  optionValues: ["S"],
  ...over,
});

const product = (over: Record<string, unknown> = {}) => ({
  name: "Tee",
  optionNames: ["Size"],
  variants: [variant(), variant({ sku: "TEE-M", optionValues: ["M"] })],
  ...over,
});

/** Field path → first message, as forms and actions see them. */
function errors(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("SKU normalisation", () => {
  it("trims and upper-cases", () => {
    expect(skuSchema.parse("  tee-s/1 ")).toBe("TEE-S/1");
    expect(normaliseSku(" ab.c ")).toBe("AB.C");
  });
  it("refuses spaces, symbols and blanks with a readable message", () => {
    expect(skuSchema.safeParse("TEE S").error?.issues[0]?.message).toMatch(/without spaces/);
    expect(skuSchema.safeParse("-TEE").success).toBe(false);
    expect(skuSchema.safeParse("   ").error?.issues[0]?.message).toBe("Enter a SKU.");
    expect(skuSchema.safeParse("X".repeat(65)).success).toBe(false);
  });
});

describe("money through the variant schema", () => {
  it("turns typed decimals and minor units into integer minor units", () => {
    const v = variantInputSchema.parse(variant({ price: "1,299.99", cost: 450 }));
    expect(v.price).toBe(129999);
    expect(v.cost).toBe(450);
    expect(variantInputSchema.parse(variant({ price: "0.1" })).price).toBe(10);
  });
  it("is idempotent: the parsed output parses to itself (forms submit parsed values)", () => {
    const once = productInputSchema.parse(product());
    expect(productInputSchema.parse(once)).toEqual(once);
  });
  it("explains bad amounts instead of zod's generic union message", () => {
    expect(errors(variantInputSchema, variant({ price: "12.345" }))).toEqual({
      price: "Enter an amount like 12.50.",
    });
    expect(errors(variantInputSchema, variant({ price: "" }))).toEqual({
      price: "Enter an amount.",
    });
    expect(errors(variantInputSchema, variant({ cost: -1 }))).toEqual({
      cost: "Use zero or more.",
    });
    expect(errors(variantInputSchema, variant({ cost: "abc" }))).toEqual({
      cost: "Enter an amount like 12.50.",
    });
  });
});

describe("productInputSchema", () => {
  it("fills defaults and normalises fields", () => {
    const p = productInputSchema.parse(
      product({ categoryId: "", supplierId: null, allowBackorder: "yes" }),
    );
    expect(p).toMatchObject({
      description: "",
      status: "ACTIVE",
      categoryId: null,
      supplierId: null,
      allowBackorder: true,
    });
    expect(p.variants[0]).toMatchObject({ sku: "TEE-S", barcode: null, price: 1250, cost: 500 });
  });

  it("puts errors on the exact variant field", () => {
    expect(
      errors(
        productInputSchema,
        product({
          variants: [
            variant({ barcode: "123" }),
            variant({ sku: "tee-s", barcode: "123", optionValues: ["M"] }),
            variant({ sku: "TEE-L", optionValues: ["L", "Red"] }),
          ],
        }),
      ),
    ).toEqual({
      "variants.1.sku": "Another variant of this product has this SKU.",
      "variants.1.barcode": "Another variant of this product has this barcode.",
      "variants.2.optionValues": "Give a value for each option (Size).",
    });
  });

  it("requires distinct option values among active variants only", () => {
    const twins = [variant(), variant({ sku: "TEE-S2" })];
    expect(errors(productInputSchema, product({ variants: twins }))).toEqual({
      "variants.1.optionValues": "Another variant already has these options.",
    });
    const retired = [variant(), variant({ sku: "TEE-S2", status: "ARCHIVED" })];
    expect(productInputSchema.safeParse(product({ variants: retired })).success).toBe(true);
  });

  it("needs an option to tell several variants apart, and distinct option names", () => {
    expect(
      errors(
        productInputSchema,
        product({
          optionNames: [],
          variants: [variant({ optionValues: [] }), variant({ sku: "B", optionValues: [] })],
        }),
      ),
    ).toEqual({ variants: "Add an option such as Size so the variants can be told apart." });
    expect(
      errors(productInputSchema, product({ optionNames: ["Size", "size"] }))["optionNames.1"],
    ).toBe("Each option needs its own name.");
  });

  it("requires at least one variant and a name", () => {
    expect(errors(productInputSchema, product({ name: " ", variants: [] }))).toEqual({
      name: "Name the product.",
      variants: "Add at least one variant.",
    });
  });

  it("takes the product id for updates", () => {
    expect(updateProductSchema.parse({ ...product(), productId: "p1" }).productId).toBe("p1");
  });
});

describe("productFormSchema", () => {
  it("outputs a ProductInput with option names from the option rows", () => {
    const out = productFormSchema.parse({
      name: "Tee",
      options: [{ name: "Size", values: "S, M" }],
      variants: [variant(), variant({ sku: "TEE-M", optionValues: ["M"] })],
    });
    expect(out.optionNames).toEqual(["Size"]);
    expect("options" in out).toBe(false);
    expect(productInputSchema.parse(out)).toEqual(out);
  });
  it("asks for option values on the option row and skips row checks until they exist", () => {
    expect(
      errors(productFormSchema, {
        name: "Tee",
        options: [{ name: "Size", values: " , " }],
        variants: [variant({ optionValues: [] })],
      }),
    ).toEqual({ "options.0.values": "Add at least one value, e.g. S, M, L." });
  });
  it("reports a duplicate SKU alongside a bad price", () => {
    expect(
      errors(productFormSchema, {
        name: "Tee",
        options: [{ name: "Size", values: "S, M" }],
        variants: [variant({ price: "1.234" }), variant({ sku: "tee-s", optionValues: ["M"] })],
      }),
    ).toEqual({
      "variants.0.price": "Enter an amount like 12.50.",
      "variants.1.sku": "Another variant of this product has this SKU.",
    });
  });
  it("reports duplicate option names on the option row", () => {
    expect(
      errors(productFormSchema, {
        name: "Tee",
        options: [
          { name: "Size", values: "S" },
          { name: "SIZE", values: "M" },
        ],
        variants: [variant({ optionValues: ["S", "M"] })],
      }),
    ).toEqual({ "options.1.name": "Each option needs its own name." });
  });
});

describe("other inputs", () => {
  it("upper-cases location codes", () => {
    expect(locationInputSchema.parse({ name: "Main", code: " main-1 " }).code).toBe("MAIN-1");
    expect(errors(locationInputSchema, { name: "", code: "a b" })).toEqual({
      name: "Name the location.",
      code: "Use letters, numbers, - and _ only.",
    });
  });
  it("coerces supplier lead time and empties optional contacts", () => {
    expect(
      supplierInputSchema.parse({ name: "Acme", leadTimeDays: "14", email: "", phone: " " }),
    ).toEqual({ name: "Acme", leadTimeDays: 14, email: null, phone: null, notes: "" });
    expect(errors(supplierInputSchema, { name: "Acme", leadTimeDays: "1.5" })).toEqual({
      leadTimeDays: "Use whole days.",
    });
  });
  it("reads yes/no cells", () => {
    expect(booleanishSchema.parse("Yes")).toBe(true);
    expect(booleanishSchema.parse("0")).toBe(false);
    expect(booleanishSchema.safeParse("maybe").success).toBe(false);
  });
  it("falls back to defaults for malformed list URLs", () => {
    expect(
      productListSchema.parse({ sort: "drop table", status: "nope", page: "-3", category: "c1" }),
    ).toMatchObject({ sort: "name", status: "", page: 1, category: "c1", supplier: "" });
  });
});
