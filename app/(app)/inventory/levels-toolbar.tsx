"use client";

import { TableToolbar } from "@/components/tables/table-toolbar";

type Option = { value: string; label: string };

export function LevelsToolbar({
  locations,
  categories,
  suppliers,
}: {
  locations: Option[];
  categories: Option[];
  suppliers: Option[];
}) {
  return (
    <TableToolbar
      searchPlaceholder="Search product, SKU or barcode"
      exportHref="/inventory/export"
      filters={[
        { name: "location", label: "Location", options: locations },
        { name: "category", label: "Category", options: categories },
        { name: "supplier", label: "Supplier", options: suppliers },
        {
          name: "stock",
          label: "Stock",
          options: [
            { value: "low", label: "Low stock" },
            { value: "out", label: "Out of stock" },
          ],
        },
      ]}
    />
  );
}
