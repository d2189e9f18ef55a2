"use client";

import { useEffect, useId, useState } from "react";
import { Search } from "lucide-react";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";
import type { VariantOption } from "@/lib/inventory/search-variants";
import { formatMoney } from "@/lib/money";
import { searchVariantsAction } from "../actions";

/**
 * Search-as-you-type for a variant to add to a purchase order. The supplier's own
 * products are listed first; variants already on the order are left out.
 */
export function VariantPicker({
  supplierId,
  exclude,
  currency,
  onPick,
}: {
  supplierId: string;
  exclude: string[];
  currency: string;
  onPick: (variant: VariantOption) => void;
}) {
  const [q, setQ] = useState("");
  const [results, setResults] = useState<VariantOption[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [open, setOpen] = useState(false);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setLoading(true);
      const result = await searchVariantsAction({ q, supplierId: supplierId || undefined });
      if (cancelled) return;
      setLoading(false);
      setResults(result.ok ? result.data : []);
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [q, supplierId, open]);

  const shown = (results ?? []).filter((v) => !exclude.includes(v.id));
  return (
    <div
      className="relative"
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <Search
        aria-hidden
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
      />
      <Input
        type="search"
        aria-label="Add a product"
        aria-controls={listId}
        aria-expanded={open}
        placeholder="Add a product: search name or SKU"
        className="pl-8"
        value={q}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape") setOpen(false);
        }}
      />
      {open ? (
        <div
          id={listId}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-lg border border-border bg-card p-1 shadow-dialog"
        >
          {loading && results === null ? (
            <p className="flex items-center gap-2 px-3 py-2 text-sm text-muted-foreground">
              <Spinner size="sm" /> Searching…
            </p>
          ) : shown.length === 0 ? (
            <p className="px-3 py-2 text-sm text-muted-foreground">No matching products.</p>
          ) : (
            <ul>
              {shown.map((v) => (
                <li key={v.id}>
                  <button
                    type="button"
                    className="flex w-full items-center justify-between gap-3 rounded-md px-3 py-2 text-left text-sm hover:bg-subtle focus-visible:bg-subtle focus-visible:outline-none"
                    onClick={() => {
                      onPick(v);
                      setQ("");
                      setOpen(false);
                    }}
                  >
                    <span className="min-w-0">
                      <span className="block truncate font-medium">{v.name}</span>
                      <span className="font-mono text-xs text-muted-foreground">{v.sku}</span>
                    </span>
                    <span className="shrink-0 text-xs text-muted-foreground tabular-nums">
                      {formatMoney(v.costMinor, currency)}
                      {supplierId && !v.fromSupplier ? " · other supplier" : ""}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
