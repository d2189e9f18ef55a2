"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useWatch, type UseFieldArrayReturn, type UseFormReturn } from "react-hook-form";
import type { ProductFormValues, ProductInput } from "@/lib/catalog/schemas";
import {
  buildVariantGrid,
  cartesian,
  parseOptionValues,
  resuggestSkus,
  type GridRow,
} from "@/lib/catalog/variant-grid";

export type ProductForm = UseFormReturn<ProductFormValues, unknown, ProductInput>;

export const comboKey = (values: string[]) =>
  JSON.stringify(values.map((v) => v.trim().toLowerCase()));

/**
 * Keeps the variant rows in step with the options: when option values change the grid is
 * rebuilt (rows that still match keep their edits), and suggested SKUs follow the product name.
 * Combinations the user leaves out stay out until they are added back.
 */
export function useVariantGrid({
  form,
  optionKeys,
  variants,
  initiallyExcluded,
}: {
  form: ProductForm;
  /** Stable ids of the option rows (useFieldArray's), so renaming an option keeps its values. */
  optionKeys: string[];
  variants: UseFieldArrayReturn<ProductFormValues, "variants">;
  initiallyExcluded: string[];
}) {
  const options = useWatch({ control: form.control, name: "options" });
  const name = useWatch({ control: form.control, name: "name" }) ?? "";
  const [excluded, setExcluded] = useState(() => new Set(initiallyExcluded));
  const suggested = useRef(new Set<string>());
  const builtFor = useRef<{ keys: string[]; signature: string } | null>(null);

  // Only options that already have values shape the grid; an option being typed waits.
  const valued = useMemo(
    () =>
      optionKeys
        .map((key, i) => ({ key, values: parseOptionValues(options?.[i]?.values ?? "") }))
        .filter((o) => o.values.length > 0),
    [optionKeys, options],
  );
  const signature = JSON.stringify([valued, [...excluded]]);
  const { replace } = variants;

  useEffect(() => {
    const keys = valued.map((o) => o.key);
    if (!builtFor.current) {
      builtFor.current = { keys, signature };
      return;
    }
    if (builtFor.current.signature === signature) return;
    const timer = setTimeout(() => {
      const current = (form.getValues("variants") ?? []) as GridRow[];
      const skus = new Set(current.map((r) => r.sku));
      const productName = form.getValues("name") ?? "";
      let rows = buildVariantGrid({
        productName,
        options: valued.map((o) => ({ name: o.key, values: o.values })),
        previous: { optionNames: builtFor.current!.keys, rows: current },
      }).filter((r) => r.id || !excluded.has(comboKey(r.optionValues)));
      for (const r of rows) if (!r.id && !skus.has(r.sku)) suggested.current.add(r.sku);
      rows = resuggestSkus(productName, rows, (sku) => suggested.current.has(sku));
      for (const r of rows) if (!r.id) suggested.current.add(r.sku);
      replace(rows);
      builtFor.current = { keys, signature };
    }, 250);
    return () => clearTimeout(timer);
  }, [signature, valued, excluded, form, replace]);

  // Suggested SKUs of new rows follow the product name as it is typed.
  useEffect(() => {
    if (!name.trim()) return;
    const timer = setTimeout(() => {
      const current = (form.getValues("variants") ?? []) as GridRow[];
      const next = resuggestSkus(name, current, (sku) => suggested.current.has(sku));
      next.forEach((row, i) => {
        if (row.sku === current[i]?.sku) return;
        suggested.current.add(row.sku);
        form.setValue(`variants.${i}.sku`, row.sku, { shouldDirty: true });
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [name, form]);

  const exclude = useCallback((optionValues: string[]) => {
    setExcluded((prev) => new Set(prev).add(comboKey(optionValues)));
  }, []);
  const includeAll = useCallback(() => setExcluded(new Set()), []);

  // Left-out combinations that the current options would still produce.
  const possible = new Set(cartesian(valued.map((o) => o.values)).map(comboKey));
  const excludedCount = [...excluded].filter((k) => possible.has(k)).length;

  return { exclude, includeAll, excludedCount, valuesByOption: valued };
}

/** Combinations of the starting options that no saved variant has, so editing adds none. */
export function missingCombos(
  options: { values: string }[],
  variants: { optionValues?: string[] }[],
): string[] {
  const lists = options.map((o) => parseOptionValues(o.values));
  if (lists.length === 0 || lists.some((l) => l.length === 0)) return [];
  const present = new Set(variants.map((v) => comboKey(v.optionValues ?? [])));
  return cartesian(lists)
    .map(comboKey)
    .filter((k) => !present.has(k));
}
