"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { formatDateTime, formatQty } from "@/components/inventory/format";
import { MovementTypeBadge, QuantityChange } from "@/components/inventory/stock-badges";
import { DataTable, type ColumnDef } from "@/components/tables/data-table";
import type { MovementRow } from "@/lib/inventory/list-movements";
import { ADJUSTMENT_REASON_LABELS, type AdjustmentReason } from "@/lib/inventory/schemas";

export interface MovementsTableProps {
  rows: MovementRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: string;
  dir: "asc" | "desc";
  timeZone: string;
  empty: ReactNode;
}

/** Where a movement came from, linked when it has a page of its own. */
function Reference({ row }: { row: MovementRow }) {
  if (row.referenceType === "purchase_order" && row.referenceId) {
    return (
      <Link href={`/inventory/purchase-orders/${row.referenceId}`} className="hover:underline">
        Purchase order
      </Link>
    );
  }
  if (row.referenceType === "order" && row.referenceId) {
    return (
      <Link href={`/orders/${row.referenceId}`} className="hover:underline">
        Order
      </Link>
    );
  }
  const labels: Record<string, string> = {
    transfer: "Transfer",
    count: "Stock count",
    import: "Import",
  };
  return <>{row.referenceType ? (labels[row.referenceType] ?? row.referenceType) : ""}</>;
}

function details(row: MovementRow) {
  const reason =
    row.reason && row.reason in ADJUSTMENT_REASON_LABELS
      ? ADJUSTMENT_REASON_LABELS[row.reason as AdjustmentReason]
      : null;
  return [reason, row.note].filter(Boolean).join(" — ");
}

function columns(timeZone: string): ColumnDef<MovementRow, unknown>[] {
  return [
    {
      id: "createdAt",
      header: "When",
      cell: ({ row }) => (
        <time dateTime={row.original.createdAt.toISOString()} className="text-muted-foreground">
          {formatDateTime(row.original.createdAt, timeZone)}
        </time>
      ),
    },
    {
      id: "type",
      header: "Type",
      enableSorting: false,
      cell: ({ row }) => <MovementTypeBadge type={row.original.type} />,
    },
    {
      id: "product",
      header: "Product",
      enableSorting: false,
      cell: ({ row: { original: r } }) => (
        <div className="grid gap-0.5">
          <Link
            href={`/inventory/movements?variant=${r.variantId}`}
            className="font-medium hover:underline"
          >
            {r.variantName}
          </Link>
          <span className="font-mono text-xs text-muted-foreground">{r.sku}</span>
        </div>
      ),
    },
    {
      id: "location",
      header: "Location",
      enableSorting: false,
      cell: ({ row }) => row.original.locationName,
    },
    {
      id: "quantity",
      header: "Change",
      cell: ({ row }) => <QuantityChange value={row.original.quantity} />,
    },
    {
      id: "balanceAfter",
      header: "On hand after",
      enableSorting: false,
      cell: ({ row }) => formatQty(row.original.balanceAfter),
    },
    {
      id: "details",
      header: "Reason / note",
      enableSorting: false,
      cell: ({ row }) => (
        <span className="line-clamp-2 max-w-72 text-xs whitespace-normal text-muted-foreground">
          {details(row.original) || "—"}
        </span>
      ),
    },
    {
      id: "reference",
      header: "Source",
      enableSorting: false,
      cell: ({ row }) => <Reference row={row.original} />,
    },
    {
      id: "actor",
      header: "By",
      enableSorting: false,
      cell: ({ row }) => <span className="text-muted-foreground">{row.original.actorLabel}</span>,
    },
  ];
}

export function MovementsTable(props: MovementsTableProps) {
  return (
    <DataTable
      columns={columns(props.timeZone)}
      rows={props.rows}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      pageCount={props.pageCount}
      sort={props.sort}
      dir={props.dir}
      sortable={["createdAt", "quantity"]}
      empty={props.empty}
      getRowId={(r) => r.id}
      numeric={["quantity", "balanceAfter"]}
    />
  );
}
