"use client";

import { useEffect, useState } from "react";
import type { VariantAvailability } from "@/lib/orders/availability";

const EMPTY: ReadonlyMap<string, VariantAvailability> = new Map();

export type StockCheck = {
  byVariant: ReadonlyMap<string, VariantAvailability>;
  checking: boolean;
};

/**
 * Live stock of the order's variants at its location, fetched again (after a pause) whenever
 * the location or the set of variants changes. Advisory: the server checks under lock when the
 * order is placed.
 */
export function useStockCheck(
  locationId: string,
  variantIds: string[],
  fetch: (input: { locationId: string; variantIds: string[] }) => Promise<VariantAvailability[]>,
): StockCheck {
  // Kept with the location it belongs to, so a change of location never shows the old numbers.
  const [checked, setChecked] = useState<{
    locationId: string;
    byVariant: ReadonlyMap<string, VariantAvailability>;
  }>({ locationId: "", byVariant: new Map() });
  const [checking, setChecking] = useState(false);
  const key = [...new Set(variantIds)].sort().join(",");

  useEffect(() => {
    const ids = key ? key.split(",") : [];
    if (!locationId || ids.length === 0) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setChecking(true);
      try {
        const rows = await fetch({ locationId, variantIds: ids });
        if (!cancelled) {
          setChecked({ locationId, byVariant: new Map(rows.map((r) => [r.variantId, r])) });
        }
      } finally {
        if (!cancelled) setChecking(false);
      }
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [locationId, key, fetch]);

  const byVariant = checked.locationId === locationId ? checked.byVariant : EMPTY;
  return { byVariant, checking };
}
