"use client";

import { TableToolbar } from "@/components/tables/table-toolbar";

type Option = { value: string; label: string };

export function ReorderToolbar({
  locations,
  suppliers,
}: {
  locations: Option[];
  suppliers: Option[];
}) {
  return (
    <TableToolbar
      filters={[
        { name: "location", label: "Location", options: locations },
        { name: "supplier", label: "Supplier", options: suppliers },
      ]}
    />
  );
}
