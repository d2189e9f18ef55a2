"use client";

import { TableToolbar } from "@/components/tables/table-toolbar";
import { useUrlState } from "@/components/tables/use-url-state";
import { Input } from "@/components/ui/input";
import { MOVEMENT_TYPE_LABELS, MOVEMENT_TYPES } from "@/lib/inventory/list-schemas";

export function MovementsToolbar({ locations }: { locations: { value: string; label: string }[] }) {
  const { searchParams, update } = useUrlState();
  return (
    <TableToolbar
      searchPlaceholder="Search product or SKU"
      exportHref="/inventory/movements/export"
      filters={[
        { name: "location", label: "Location", options: locations },
        {
          name: "type",
          label: "Type",
          options: MOVEMENT_TYPES.map((t) => ({ value: t, label: MOVEMENT_TYPE_LABELS[t] })),
        },
      ]}
    >
      <div className="flex items-center gap-1.5 text-sm text-muted-foreground">
        <Input
          type="date"
          aria-label="From date"
          className="h-9 w-auto"
          value={searchParams.get("from") ?? ""}
          max={searchParams.get("to") ?? undefined}
          onChange={(e) => update({ from: e.target.value })}
        />
        <span aria-hidden>–</span>
        <Input
          type="date"
          aria-label="To date"
          className="h-9 w-auto"
          value={searchParams.get("to") ?? ""}
          min={searchParams.get("from") ?? undefined}
          onChange={(e) => update({ to: e.target.value })}
        />
      </div>
    </TableToolbar>
  );
}
