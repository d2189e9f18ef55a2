"use client";

import { TableToolbar } from "@/components/tables/table-toolbar";
import {
  PURCHASE_ORDER_STATUS_LABELS,
  PURCHASE_ORDER_STATUSES,
} from "@/lib/inventory/list-schemas";

type Option = { value: string; label: string };

export function PurchaseOrdersToolbar({
  suppliers,
  locations,
}: {
  suppliers: Option[];
  locations: Option[];
}) {
  return (
    <TableToolbar
      searchPlaceholder="Search PO number, supplier or notes"
      filters={[
        {
          name: "status",
          label: "Status",
          options: PURCHASE_ORDER_STATUSES.map((s) => ({
            value: s,
            label: PURCHASE_ORDER_STATUS_LABELS[s],
          })),
        },
        { name: "supplier", label: "Supplier", options: suppliers },
        { name: "location", label: "Deliver to", options: locations },
      ]}
    />
  );
}
