"use client";

import { ORDER_SORTS } from "@/lib/orders/schemas";

import Link from "next/link";
import type { ReactNode } from "react";
import { OrderStatusBadge, PaymentStatusBadge } from "@/components/orders/order-badges";
import { DataTable, type ColumnDef } from "@/components/tables/data-table";
import { formatMoney } from "@/lib/money";
import { CHANNEL_LABELS } from "@/lib/orders/labels";
import type { OrderStatus, PaymentStatus, SalesChannel } from "@/lib/orders/state-machine";

export type OrderTableRow = {
  id: string;
  number: number;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  channel: SalesChannel;
  date: string;
  dateLabel: string;
  customer: { id: string; name: string; email: string | null } | null;
  locationName: string;
  units: number;
  totalMinor: number;
  refundedMinor: number;
  currency: string;
};

const columns: ColumnDef<OrderTableRow, unknown>[] = [
  {
    id: "number",
    header: "Order",
    cell: ({ row: { original: o } }) => (
      <Link
        href={`/orders/${o.id}`}
        className="font-medium tabular-nums hover:text-accent-soft-foreground hover:underline"
      >
        #{o.number}
      </Link>
    ),
  },
  {
    id: "date",
    header: "Date",
    cell: ({ row: { original: o } }) => (
      <time dateTime={o.date} className="text-muted-foreground">
        {o.dateLabel}
      </time>
    ),
  },
  {
    id: "customer",
    header: "Customer",
    cell: ({ row: { original: o } }) =>
      o.customer ? (
        <div className="grid min-w-0 gap-0.5">
          <span className="truncate">{o.customer.name}</span>
          {o.customer.email ? (
            <span className="truncate text-xs text-muted-foreground">{o.customer.email}</span>
          ) : null}
        </div>
      ) : (
        <span className="text-muted-foreground">Walk-in</span>
      ),
  },
  {
    id: "channel",
    header: "Channel",
    enableSorting: false,
    cell: ({ row: { original: o } }) => (
      <span className="text-muted-foreground">
        {CHANNEL_LABELS[o.channel]} · {o.locationName}
      </span>
    ),
  },
  {
    id: "status",
    header: "Status",
    cell: ({ row: { original: o } }) => <OrderStatusBadge status={o.status} />,
  },
  {
    id: "payment",
    header: "Payment",
    enableSorting: false,
    cell: ({ row: { original: o } }) => (
      <PaymentStatusBadge status={o.paymentStatus} orderStatus={o.status} />
    ),
  },
  {
    id: "units",
    header: "Items",
    enableSorting: false,
    cell: ({ row: { original: o } }) => o.units,
  },
  {
    id: "total",
    header: "Total",
    cell: ({ row: { original: o } }) => (
      <span className="font-medium">{formatMoney(o.totalMinor, o.currency)}</span>
    ),
  },
];

export function OrdersTable(props: {
  rows: OrderTableRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: string;
  dir: "asc" | "desc";
  empty: ReactNode;
}) {
  return (
    <DataTable
      columns={columns}
      getRowId={(row) => row.id}
      numeric={["units", "total"]}
      sortable={[...ORDER_SORTS]}
      {...props}
    />
  );
}
