import { describe, expect, it } from "vitest";
import { productsImport } from "@/lib/imports/kinds/products";
import { issuesOf, rowOf } from "./row-cells";

const gbp = productsImport.rowSchema({ timezone: "Europe/London", currency: "GBP" });
const row = (cells: Record<string, string> = {}) =>
  rowOf(productsImport.fields, {
    product_name: " Merino crew jumper ",
    sku: "p01-m-navy",
    option1_name: "Size",
    option1_value: "M",
    option2_name: "Colour",
    option2_value: "Navy",
    price: "89.00",
    cost: "34",
    ...cells,
  });

describe("product rows", () => {
  it("reads one variant with its options, money in minor units and blanks as not given", () => {
    expect(gbp.parse(row())).toEqual({
      productName: "Merino crew jumper",
      sku: "P01-M-NAVY",
      barcode: null,
      optionNames: ["Size", "Colour"],
      optionValues: ["M", "Navy"],
      price: 8900,
      cost: 3400,
      category: null,
      supplier: null,
      status: null,
      reorderPoint: null,
      reorderQty: null,
    });
  });

  it("reads status, category, supplier and reorder settings", () => {
    const parsed = gbp.parse(
      row({
        status: "Archived",
        category: " Knitwear ",
        supplier: "Northern Mills",
        reorder_point: "4",
        reorder_qty: "12",
        barcode: "5012345000014",
      }),
    );
    expect(parsed).toMatchObject({
      status: "ARCHIVED",
      category: "Knitwear",
      supplier: "Northern Mills",
      reorderPoint: 4,
      reorderQty: 12,
      barcode: "5012345000014",
    });
  });

  it("takes money with the currency's decimals", () => {
    const yen = productsImport.rowSchema({ timezone: "Asia/Tokyo", currency: "JPY" });
    expect(yen.parse(row({ price: "1,200", cost: "500" })).price).toBe(1200);
    expect(issuesOf(yen.safeParse(row({ price: "12.50" }))).price).toEqual([
      "Enter an amount like 1250.",
    ]);
  });

  it("requires a name, a SKU, a price and a cost", () => {
    const issues = issuesOf(gbp.safeParse(row({ product_name: "", sku: "", price: "", cost: "" })));
    expect(issues.product_name).toEqual(["Name the product."]);
    expect(issues.sku).toEqual(["Enter a SKU."]);
    expect(issues.price).toEqual(["Enter an amount."]);
    expect(issues.cost).toEqual(["Enter an amount."]);
  });

  it("refuses bad money, barcodes, statuses and reorder numbers", () => {
    const issues = issuesOf(
      gbp.safeParse(
        row({
          price: "-1",
          cost: "abc",
          barcode: "50 12",
          status: "sold out",
          reorder_point: "-2",
          reorder_qty: "many",
        }),
      ),
    );
    expect(issues.price).toEqual(["Use zero or more."]);
    expect(issues.cost).toEqual(["Enter an amount like 12.50."]);
    expect(issues.barcode).toEqual(["Use letters, numbers and dashes only."]);
    expect(issues.status).toEqual(["Choose Active or Archived."]);
    expect(issues.reorder_point).toEqual(["Use 0 or more."]);
    expect(issues.reorder_qty).toEqual(["Enter a reorder quantity as a whole number."]);
  });

  it("needs option names and values in pairs, in order", () => {
    expect(issuesOf(gbp.safeParse(row({ option2_value: "" }))).option2_value).toEqual([
      "Give this variant's Colour.",
    ]);
    expect(issuesOf(gbp.safeParse(row({ option1_name: "" }))).option1_name).toEqual([
      "Name option 1, e.g. Size, or leave its value blank.",
    ]);
    expect(
      issuesOf(gbp.safeParse(row({ option1_name: "", option1_value: "" }))).option2_name,
    ).toEqual(["Fill option 1 before option 2."]);
  });

  it("applies the product form's option rules", () => {
    expect(issuesOf(gbp.safeParse(row({ option2_name: "size" }))).option2_name).toEqual([
      "Each option needs its own name.",
    ]);
    expect(issuesOf(gbp.safeParse(row({ option1_value: "x".repeat(61) }))).option1_value).toEqual([
      "Keep option values to 60 characters.",
    ]);
  });

  it("reads a product without options", () => {
    const parsed = gbp.parse(
      row({ option1_name: "", option1_value: "", option2_name: "", option2_value: "" }),
    );
    expect(parsed.optionNames).toEqual([]);
    expect(parsed.optionValues).toEqual([]);
  });

  it("keys a variant by SKU", () => {
    expect(productsImport.naturalKey(gbp.parse(row()))).toBe("P01-M-NAVY");
  });
});
