import "server-only";
import type { ProductRow } from "./product-row";
import type { ImportContext } from "./types";

/*
 * How the rows of a products file find what they refer to: the product each group of rows
 * means, and whether a barcode is free. Conflicts are reported through `refuse`.
 */

/** Product names compare ignoring case and repeated spaces. */
export const nameKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();

export type Row = { rowNumber: number; data: ProductRow };

/**
 * Which product each group of rows (same product name) means: the product its known SKUs
 * belong to, else the one product with that name, else a new one. Rows that would pull one
 * product's variants into another, or name an ambiguous product, are refused.
 */
export async function targets(ctx: ImportContext, groups: Map<string, Row[]>, refuse: Refuse) {
  const skus = [...groups.values()].flat().map((r) => r.data.sku);
  const known = await ctx.db.variant.findMany({
    where: { orgId: ctx.orgId, sku: { in: skus } },
    select: { sku: true, productId: true, product: { select: { name: true } } },
  });
  const productOfSku = new Map(known.map((v) => [v.sku, v]));
  const unnamed = [...groups.keys()].filter((key) =>
    groups.get(key)!.every((r) => !productOfSku.has(r.data.sku)),
  );
  const byName = unnamed.length
    ? await ctx.db.$queryRaw<{ id: string; key: string }[]>`
        SELECT "id", lower(regexp_replace(btrim("name"), '\\s+', ' ', 'g')) AS "key"
        FROM "Product"
        WHERE "orgId" = ${ctx.orgId}
          AND lower(regexp_replace(btrim("name"), '\\s+', ' ', 'g')) = ANY(${unnamed})`
    : [];

  const target = new Map<string, string | null>();
  for (const [key, rows] of groups) {
    const owners = new Map<string, string>();
    for (const r of rows) {
      const v = productOfSku.get(r.data.sku);
      if (v) owners.set(v.productId, v.product.name);
    }
    if (owners.size > 1) {
      const names = [...owners.values()].map((n) => `“${n}”`).join(", ");
      for (const r of rows) {
        refuse(
          r,
          "product_name",
          `These SKUs belong to different products (${names}). Give each product its own name.`,
        );
      }
      continue;
    }
    if (owners.size === 1) {
      target.set(key, [...owners.keys()][0]!);
      continue;
    }
    const named = byName.filter((p) => p.key === key);
    if (named.length > 1) {
      for (const r of rows) {
        refuse(
          r,
          "product_name",
          `${named.length} products are called “${r.data.productName}”. Rename one, or use the SKUs of the one you mean.`,
        );
      }
      continue;
    }
    target.set(key, named[0]?.id ?? null);
  }
  // Two names reaching one product (renaming it while adding to it by its old name) is unclear.
  const claimed = new Map<string, string[]>();
  for (const [key, id] of target) if (id) claimed.set(id, [...(claimed.get(id) ?? []), key]);
  for (const keys of claimed.values()) {
    if (keys.length < 2) continue;
    for (const key of keys) {
      for (const r of groups.get(key)!) {
        refuse(
          r,
          "product_name",
          "Rows under different product names refer to the same product. Use one name for it.",
        );
      }
      target.delete(key);
    }
  }
  return target;
}

export type Refuse = (row: Row, column: string, message: string) => void;

/** The cell behind a column, for the error file ("option2_value" → the second option value). */
export function cellValue(row: ProductRow, column: string): unknown {
  const option = /^option(\d)_(name|value)$/.exec(column);
  if (option) {
    const list = option[2] === "name" ? row.optionNames : row.optionValues;
    return list[Number(option[1]) - 1];
  }
  const key = column === "product_name" ? "productName" : column;
  return (row as Record<string, unknown>)[key];
}

/** A barcode names one variant: refused when another SKU (in the file or the catalogue) has it. */
export async function checkBarcodes(ctx: ImportContext, rows: Row[], refuse: Refuse) {
  const barcodes = rows.map((r) => r.data.barcode).filter((b): b is string => Boolean(b));
  if (barcodes.length === 0) return;
  const holders = await ctx.db.variant.findMany({
    where: { orgId: ctx.orgId, barcode: { in: barcodes } },
    select: { sku: true, barcode: true },
  });
  const holderOf = new Map(holders.map((h) => [h.barcode!, h.sku]));
  // A holder that this file gives another barcode frees its old one.
  const newBarcodeOf = new Map(rows.map((r) => [r.data.sku, r.data.barcode]));
  const firstInFile = new Map<string, Row>();
  for (const r of rows) {
    const barcode = r.data.barcode;
    if (!barcode) continue;
    const earlier = firstInFile.get(barcode);
    if (earlier && earlier.data.sku !== r.data.sku) {
      refuse(
        r,
        "barcode",
        `Barcode ${barcode} is also given to ${earlier.data.sku} on row ${earlier.rowNumber}.`,
      );
      continue;
    }
    firstInFile.set(barcode, r);
    const holder = holderOf.get(barcode);
    const freed = holder && newBarcodeOf.has(holder) && newBarcodeOf.get(holder) !== barcode;
    if (holder && holder !== r.data.sku && !freed) {
      refuse(r, "barcode", `Barcode ${barcode} is already used by SKU ${holder}.`);
    }
  }
}
