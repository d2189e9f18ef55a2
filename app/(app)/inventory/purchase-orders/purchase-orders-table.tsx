"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { formatCalendarDay, formatDay, formatQty } from "@/components/inventory/format";
import { PurchaseOrderStatusBadge } from "@/components/inventory/stock-badges";
import { DataTable, type ColumnDef } from "@/components/tables/data-table";
import type { PurchaseOrderRow } from "@/lib/inventory/list-purchase-orders";
import { formatMoney } from "@/lib/money";

export interface PurchaseOrdersTableProps {
  rows: PurchaseOrderRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: string;
  dir: "asc" | "desc";
  currency: string;
  timeZone: string;
  empty: ReactNode;
}

function columns(currency: string, timeZone: string): ColumnDef<PurchaseOrderRow, unknown>[] {
  return [
    {
      id: "number",
      header: "Number",
      cell: ({ row }) => (
        <Link
          href={`/inventory/purchase-orders/${row.original.id}`}
          className="font-medium text-accent-soft-foreground hover:underline"
        >
          PO-{row.original.number}
        </Link>
      ),
    },
    {
      id: "status",
      header: "Status",
      enableSorting: false,
      cell: ({ row }) => <PurchaseOrderStatusBadge status={row.original.status} />,
    },
    { id: "supplier", header: "Supplier", cell: ({ row }) => row.original.supplierName },
    {
      id: "location",
      header: "Deliver to",
      enableSorting: false,
      cell: ({ row }) => row.original.locationName,
    },
    {
      id: "received",
      header: "Received",
      enableSorting: false,
      cell: ({ row: { original: r } }) => (
        <span className={r.receivedQty === 0 ? "text-muted-foreground" : undefined}>
          {formatQty(r.receivedQty)} / {formatQty(r.orderedQty)}
        </span>
      ),
    },
    {
      id: "total",
      header: "Total",
      enableSorting: false,
      cell: ({ row }) => formatMoney(row.original.totalMinor, currency),
    },
    {
      id: "createdAt",
      header: "Created",
      cell: ({ row }) => (
        <span className="text-muted-foreground">{formatDay(row.original.createdAt, timeZone)}</span>
      ),
    },
    {
      id: "expectedAt",
      header: "Expected",
      cell: ({ row }) =>
        row.original.expectedAt ? (
          formatCalendarDay(row.original.expectedAt)
        ) : (
          <span className="text-muted-foreground">—</span>
        ),
    },
  ];
}

export function PurchaseOrdersTable(props: PurchaseOrdersTableProps) {
  return (
    <DataTable
      columns={columns(props.currency, props.timeZone)}
      rows={props.rows}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      pageCount={props.pageCount}
      sort={props.sort}
      dir={props.dir}
      empty={props.empty}
      getRowId={(r) => r.id}
      numeric={["received", "total"]}
    />
  );
}
