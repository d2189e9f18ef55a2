import { describe, expect, it } from "vitest";
import { inventoryCountsImport } from "@/lib/imports/kinds/inventory-counts";
import { issuesOf, rowOf } from "./row-cells";

const london = { timezone: "Europe/London", currency: "GBP" };
const schema = inventoryCountsImport.rowSchema(london);
const row = (cells: Record<string, string> = {}) =>
  rowOf(inventoryCountsImport.fields, {
    sku: " p01-m-navy ",
    location: "SHOP",
    on_hand: "12",
    ...cells,
  });

describe("inventory count rows", () => {
  it("normalises the SKU and leaves the count time to the import when blank", () => {
    expect(schema.parse(row())).toEqual({
      sku: "P01-M-NAVY",
      location: "SHOP",
      onHand: 12,
      countedAt: null,
    });
  });

  it("reads the count time in the shop's zone", () => {
    expect(schema.parse(row({ counted_at: "2026-07-01 18:00" })).countedAt).toBe(
      "2026-07-01T17:00:00.000Z",
    );
  });

  it("requires a SKU, a location and a whole count of zero or more", () => {
    const issues = issuesOf(schema.safeParse(row({ sku: "", location: "", on_hand: "" })));
    expect(issues.sku).toEqual(["Enter a SKU."]);
    expect(issues.location).toEqual(["Enter the location's code or name, e.g. SHOP."]);
    expect(issues.on_hand).toEqual(["Enter the counted quantity."]);
    expect(issuesOf(schema.safeParse(row({ on_hand: "-1" }))).on_hand).toEqual(["Use 0 or more."]);
    expect(issuesOf(schema.safeParse(row({ on_hand: "2.5" }))).on_hand).toEqual([
      "Use a whole number.",
    ]);
    expect(issuesOf(schema.safeParse(row({ on_hand: "lots" }))).on_hand).toEqual([
      "Enter the counted quantity as a whole number.",
    ]);
    expect(schema.parse(row({ on_hand: "0" })).onHand).toBe(0);
  });

  it("refuses SKUs with spaces", () => {
    expect(issuesOf(schema.safeParse(row({ sku: "P01 M" }))).sku).toEqual([
      "Use letters, numbers and - _ . / only, without spaces.",
    ]);
  });

  it("refuses count times that are not dates or lie in the future", () => {
    expect(issuesOf(schema.safeParse(row({ counted_at: "yesterday" }))).counted_at).toEqual([
      "Enter when it was counted, like 2026-11-20 18:00.",
    ]);
    expect(issuesOf(schema.safeParse(row({ counted_at: "2999-01-01 09:00" }))).counted_at).toEqual([
      "A count cannot be in the future.",
    ]);
  });

  it("keys a count by SKU and location, whatever their case", () => {
    const a = schema.parse(row());
    const b = schema.parse(row({ sku: "P01-M-NAVY", location: " shop ", on_hand: "3" }));
    expect(inventoryCountsImport.naturalKey(a)).toBe(inventoryCountsImport.naturalKey(b));
  });
});
