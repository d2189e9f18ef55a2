/*
 * The variant grid of the product form: every combination of the options' values becomes a
 * variant with a suggested SKU. Pure functions, so the browser and the tests share them.
 */

import type { ProductStatus } from "./schemas";

export type GridOption = { name: string; values: string[] };

/** A variant row as the form holds it (money as typed, barcode "" for none). */
export type GridRow = {
  id?: string;
  sku: string;
  barcode: string;
  optionValues: string[];
  price: string;
  cost: string;
  status: ProductStatus;
  /** Archived by the grid because its values left the options (not by the user); form-only. */
  retired?: boolean;
};

const lower = (s: string) => s.trim().toLowerCase();

/** "S, M ,l,, M" → ["S", "M", "l"]: trimmed, empty parts dropped, duplicates (any case) once. */
export function parseOptionValues(text: string): string[] {
  const seen = new Set<string>();
  const values: string[] = [];
  for (const part of text.split(",")) {
    const value = part.trim();
    if (!value || seen.has(lower(value))) continue;
    seen.add(lower(value));
    values.push(value);
  }
  return values;
}

/** Each option's distinct values in the order variants use them, to refill the option rows. */
export function optionValuesFromVariants(
  optionNames: string[],
  variants: { optionValues: string[] }[],
): GridOption[] {
  return optionNames.map((name, i) => ({
    name,
    values: parseOptionValues(variants.map((v) => v.optionValues[i] ?? "").join(",")),
  }));
}

/** Every combination, first option varying slowest: [[S,M],[Black,White]] → S/Black, S/White, … */
export function cartesian(lists: string[][]): string[][] {
  return lists.reduce<string[][]>(
    (combos, values) => combos.flatMap((combo) => values.map((value) => [...combo, value])),
    [[]],
  );
}

const alnum = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();

/** "Linen shirt" → "LINEN-SHIRT"; long names shorten to the first letters of their first words. */
export function skuBase(productName: string): string {
  const words = alnum(productName).split(/\s+/).filter(Boolean);
  if (words.length === 0) return "SKU";
  const full = words.join("-");
  return full.length <= 16
    ? full
    : words
        .slice(0, 3)
        .map((w) => w.slice(0, 4))
        .join("-");
}

/** "S" → "S", "XL" → "XL", "Black" → "BLA", "Navy blue" → "NAV". */
function valuePart(value: string): string {
  const compact = alnum(value).replace(/\s+/g, "");
  return compact.length <= 4 ? compact : compact.slice(0, 3);
}

/** A SKU for a product and option values, made unique against `taken` with a -2, -3 … suffix. */
export function suggestSku(productName: string, values: string[], taken: Set<string>): string {
  const stem = [skuBase(productName), ...values.map(valuePart).filter(Boolean)].join("-");
  let sku = stem;
  for (let n = 2; taken.has(sku); n++) sku = `${stem}-${n}`;
  taken.add(sku);
  return sku;
}

export interface BuildGridInput {
  productName: string;
  options: GridOption[];
  /** The rows before this change and the option names they were built for. */
  previous: { optionNames: string[]; rows: GridRow[] };
}

/**
 * Rebuilds the rows for the options' values. Existing rows keep their SKU, barcode, prices and id
 * by matching option values (an option added later takes its first value on existing rows, a
 * removed option drops out). Options are matched by `name`, which may be any stable key (the
 * form passes its option rows' ids, so renaming an option keeps its values). Saved variants that
 * no longer match a combination are kept as archived, since their history must stay; unsaved
 * ones are dropped. New rows (and kept rows
 * without a SKU) get a suggested SKU; new rows copy the first row's price and cost.
 */
export function buildVariantGrid({ productName, options, previous }: BuildGridInput): GridRow[] {
  const names = options.map((o) => o.name);
  const remapped = previous.rows.map((row) => ({
    ...row,
    optionValues: names.map((name, i) => {
      const at = previous.optionNames.findIndex((n) => lower(n) === lower(name));
      return (at >= 0 ? row.optionValues[at] : undefined) ?? options[i]?.values[0] ?? "";
    }),
  }));
  const taken = new Set(previous.rows.map((r) => r.sku).filter(Boolean));
  const template = previous.rows[0];
  const claimed = new Set<GridRow>();
  const key = (values: string[]) => JSON.stringify(values.map(lower));

  const rows = cartesian(options.map((o) => o.values)).map((combo): GridRow => {
    const match =
      remapped.find(
        (r) => !claimed.has(r) && r.status === "ACTIVE" && key(r.optionValues) === key(combo),
      ) ?? remapped.find((r) => !claimed.has(r) && key(r.optionValues) === key(combo));
    if (match) {
      claimed.add(match);
      const sku = match.sku.trim() || suggestSku(productName, combo, taken);
      // A variant the grid retired comes back with its values; one the user archived stays so.
      const status = match.retired ? "ACTIVE" : match.status;
      return { ...match, sku, optionValues: combo, status, retired: false };
    }
    return {
      sku: suggestSku(productName, combo, taken),
      barcode: "",
      optionValues: combo,
      price: template?.price ?? "",
      cost: template?.cost ?? "",
      status: "ACTIVE",
    };
  });
  const retired = remapped
    .filter((r) => !claimed.has(r) && r.id)
    .map((r) => ({
      ...r,
      status: "ARCHIVED" as const,
      retired: r.retired || r.status === "ACTIVE",
    }));
  return [...rows, ...retired];
}

/**
 * New rows whose SKU was suggested (or left empty) follow the product name as it is typed;
 * SKUs the user typed, and saved variants, are left alone.
 */
export function resuggestSkus(
  productName: string,
  rows: GridRow[],
  isSuggested: (sku: string) => boolean,
): GridRow[] {
  const follows = (r: GridRow) => !r.id && (r.sku.trim() === "" || isSuggested(r.sku));
  const taken = new Set(rows.filter((r) => !follows(r)).map((r) => r.sku));
  return rows.map((r) =>
    follows(r) ? { ...r, sku: suggestSku(productName, r.optionValues, taken) } : r,
  );
}
