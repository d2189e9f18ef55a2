import { describe, expect, it } from "vitest";
import {
  buildVariantGrid,
  cartesian,
  optionValuesFromVariants,
  parseOptionValues,
  resuggestSkus,
  skuBase,
  suggestSku,
  type GridRow,
} from "./variant-grid";

const row = (over: Partial<GridRow>): GridRow => ({
  sku: "",
  barcode: "",
  optionValues: [],
  price: "10.00",
  cost: "4.00",
  status: "ACTIVE",
  ...over,
});

describe("parseOptionValues", () => {
  it("splits on commas, trims, drops empties and repeats in any case", () => {
    expect(parseOptionValues(" S, M ,l,, m, L ")).toEqual(["S", "M", "l"]);
    expect(parseOptionValues("")).toEqual([]);
  });
});

describe("cartesian", () => {
  it("varies the first option slowest", () => {
    expect(
      cartesian([
        ["S", "M"],
        ["Black", "White"],
      ]),
    ).toEqual([
      ["S", "Black"],
      ["S", "White"],
      ["M", "Black"],
      ["M", "White"],
    ]);
  });
  it("gives one empty combination for no options, and none when an option has no values", () => {
    expect(cartesian([])).toEqual([[]]);
    expect(cartesian([["S"], []])).toEqual([]);
  });
});

describe("SKU suggestions", () => {
  it("builds a base from the product name", () => {
    expect(skuBase("Linen shirt")).toBe("LINEN-SHIRT");
    expect(skuBase("Organic cotton crew-neck T-shirt")).toBe("ORGA-COTT-CREW");
    expect(skuBase("  ")).toBe("SKU");
  });
  it("abbreviates long values and makes clashes unique", () => {
    const taken = new Set<string>();
    expect(suggestSku("Tee", ["XL", "Black"], taken)).toBe("TEE-XL-BLA");
    expect(suggestSku("Tee", ["XL", "Blanc"], taken)).toBe("TEE-XL-BLA-2");
    expect(suggestSku("Tee", [], taken)).toBe("TEE");
  });
});

describe("buildVariantGrid", () => {
  it("turns Size S,M,L × Colour Black,White into 6 variants with suggested SKUs", () => {
    const rows = buildVariantGrid({
      productName: "Linen shirt",
      options: [
        { name: "Size", values: ["S", "M", "L"] },
        { name: "Colour", values: ["Black", "White"] },
      ],
      previous: { optionNames: [], rows: [row({ sku: "", price: "39.00", cost: "12.00" })] },
    });
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.sku)).toEqual([
      "LINEN-SHIRT-S-BLA",
      "LINEN-SHIRT-S-WHI",
      "LINEN-SHIRT-M-BLA",
      "LINEN-SHIRT-M-WHI",
      "LINEN-SHIRT-L-BLA",
      "LINEN-SHIRT-L-WHI",
    ]);
    expect(rows.map((r) => r.optionValues.join("/"))).toContain("M/White");
    expect(rows.every((r) => r.price === "39.00" && r.cost === "12.00")).toBe(true);
  });

  it("keeps edited rows that still match and adds the new combinations", () => {
    const previous = {
      optionNames: ["Size"],
      rows: [
        row({ id: "v1", sku: "MY-S", barcode: "123", optionValues: ["S"], price: "9.99" }),
        row({ sku: "MY-M", optionValues: ["M"] }),
      ],
    };
    const rows = buildVariantGrid({
      productName: "Tee",
      options: [{ name: "size", values: ["s", "M", "L"] }],
      previous,
    });
    expect(rows.map((r) => [r.id, r.sku, r.optionValues[0]])).toEqual([
      ["v1", "MY-S", "s"],
      [undefined, "MY-M", "M"],
      [undefined, "TEE-L", "L"],
    ]);
    expect(rows[0]!.barcode).toBe("123");
    expect(rows[2]!.price).toBe("9.99");
  });

  it("gives existing rows the first value of an added option", () => {
    const rows = buildVariantGrid({
      productName: "Tee",
      options: [
        { name: "Size", values: ["S"] },
        { name: "Colour", values: ["Black", "White"] },
      ],
      previous: {
        optionNames: ["Size"],
        rows: [row({ id: "v1", sku: "T-S", optionValues: ["S"] })],
      },
    });
    expect(rows.map((r) => [r.id, r.sku, r.optionValues])).toEqual([
      ["v1", "T-S", ["S", "Black"]],
      [undefined, "TEE-S-WHI", ["S", "White"]],
    ]);
  });

  it("archives saved variants that no longer match and drops unsaved ones", () => {
    const rows = buildVariantGrid({
      productName: "Tee",
      options: [{ name: "Size", values: ["S"] }],
      previous: {
        optionNames: ["Size"],
        rows: [
          row({ id: "v1", sku: "T-S", optionValues: ["S"] }),
          row({ id: "v2", sku: "T-L", optionValues: ["L"] }),
          row({ sku: "T-XL", optionValues: ["XL"] }),
        ],
      },
    });
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ["v1", "ACTIVE"],
      ["v2", "ARCHIVED"],
    ]);
  });

  it("brings an archived variant back when its values return", () => {
    const rows = buildVariantGrid({
      productName: "Tee",
      options: [{ name: "Size", values: ["S", "L"] }],
      previous: {
        optionNames: ["Size"],
        rows: [
          row({ id: "v1", sku: "T-S", optionValues: ["S"] }),
          row({ id: "v2", sku: "T-L", optionValues: ["L"], status: "ARCHIVED", retired: true }),
          row({ id: "v3", sku: "T-XL", optionValues: ["XL"], status: "ARCHIVED" }),
        ],
      },
    });
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ["v1", "ACTIVE"],
      ["v2", "ACTIVE"],
      ["v3", "ARCHIVED"],
    ]);
  });

  it("keeps a variant the user archived archived while its values stay", () => {
    const rows = buildVariantGrid({
      productName: "Tee",
      options: [{ name: "Size", values: ["S", "M"] }],
      previous: {
        optionNames: ["Size"],
        rows: [
          row({ id: "v1", sku: "T-S", optionValues: ["S"] }),
          row({ id: "v2", sku: "T-M", optionValues: ["M"], status: "ARCHIVED" }),
        ],
      },
    });
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ["v1", "ACTIVE"],
      ["v2", "ARCHIVED"],
    ]);
  });

  it("maps values by option key, so renaming an option keeps them", () => {
    const rows = buildVariantGrid({
      productName: "Tee",
      options: [
        { name: "k2", values: ["Red"] },
        { name: "k1", values: ["S"] },
      ],
      previous: {
        optionNames: ["k1", "k2"],
        rows: [row({ id: "v1", sku: "T-S-R", optionValues: ["S", "Red"] })],
      },
    });
    expect(rows).toEqual([expect.objectContaining({ id: "v1", optionValues: ["Red", "S"] })]);
  });
});

describe("resuggestSkus", () => {
  it("renames suggested and empty SKUs of new rows, leaving typed and saved ones", () => {
    const rows = [
      row({ sku: "SKU-S", optionValues: ["S"] }),
      row({ sku: "", optionValues: ["M"] }),
      row({ sku: "MINE", optionValues: ["L"] }),
      row({ id: "v1", sku: "SKU-XL", optionValues: ["XL"] }),
    ];
    const out = resuggestSkus("Linen shirt", rows, (sku) => sku.startsWith("SKU"));
    expect(out.map((r) => r.sku)).toEqual(["LINEN-SHIRT-S", "LINEN-SHIRT-M", "MINE", "SKU-XL"]);
  });
});

describe("optionValuesFromVariants", () => {
  it("collects each option's values in the order variants use them", () => {
    expect(
      optionValuesFromVariants(
        ["Size", "Colour"],
        [
          { optionValues: ["M", "Blue"] },
          { optionValues: ["S", "Blue"] },
          { optionValues: ["M", "Red"] },
        ],
      ),
    ).toEqual([
      { name: "Size", values: ["M", "S"] },
      { name: "Colour", values: ["Blue", "Red"] },
    ]);
  });
});
