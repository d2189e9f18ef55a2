"use client";

import type { VariantOption } from "@/lib/catalog/search-variants";
import { formatMoney } from "@/lib/money";
import { SearchCombobox } from "./search-combobox";

const isExactCode = (v: VariantOption, q: string) =>
  v.sku.toUpperCase() === q.trim().toUpperCase() || v.barcode === q.trim();

/**
 * Adds a product to an order: search by name, SKU or option, or scan a barcode (an exact SKU
 * or barcode is added at once). Each result shows its price and stock at the order's location.
 */
export function VariantPicker({
  search,
  onSelect,
  currency,
  invalid,
}: {
  search: (q: string) => Promise<VariantOption[]>;
  onSelect: (variant: VariantOption) => void;
  currency: string;
  invalid?: boolean;
}) {
  return (
    <SearchCombobox
      label="Add a product"
      placeholder="Add a product: search name, SKU or scan a barcode"
      emptyText="No active product matches."
      search={search}
      onSelect={onSelect}
      getKey={(v) => v.id}
      invalid={invalid}
      isExactMatch={isExactCode}
      renderOption={(v) => (
        <span className="flex items-center justify-between gap-4">
          <span className="grid min-w-0">
            <span className="truncate font-medium">{v.label}</span>
            <span className="truncate font-mono text-xs text-muted-foreground">{v.sku}</span>
          </span>
          <span className="grid shrink-0 text-right tabular-nums">
            <span>{formatMoney(v.priceMinor, currency)}</span>
            <span
              className={
                v.available > 0 ? "text-xs text-muted-foreground" : "text-xs text-danger-foreground"
              }
            >
              {Math.max(v.available, 0)} available
              {v.available <= 0 && v.allowBackorder ? " · backorder" : ""}
            </span>
          </span>
        </span>
      )}
    />
  );
}
