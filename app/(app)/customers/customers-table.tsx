"use client";

import { CUSTOMER_SORTS } from "@/lib/customers/list-schema";

import Link from "next/link";
import type { ReactNode } from "react";
import { ConsentBadge } from "@/components/customers/consent-badge";
import { TagList } from "@/components/customers/tag-list";
import { DataTable, type ColumnDef } from "@/components/tables/data-table";
import { formatMoney } from "@/lib/money";

export type CustomerTableRow = {
  id: string;
  name: string;
  email: string | null;
  company: string | null;
  tags: string[];
  orderCount: number;
  lifetimeValueMinor: number;
  marketingConsent: boolean;
  lastOrderAt: string | null;
  lastOrderLabel: string | null;
  createdLabel: string;
};

function columns(currency: string): ColumnDef<CustomerTableRow, unknown>[] {
  return [
    {
      id: "name",
      header: "Customer",
      cell: ({ row: { original: c } }) => (
        <div className="grid min-w-0 gap-0.5">
          <Link
            href={`/customers/${c.id}`}
            className="truncate font-medium hover:text-accent-soft-foreground hover:underline"
          >
            {c.name}
          </Link>
          <span className="truncate text-xs text-muted-foreground">
            {[c.email, c.company].filter((part) => part && part !== c.name).join(" · ") || "—"}
          </span>
        </div>
      ),
    },
    {
      id: "tags",
      header: "Tags",
      enableSorting: false,
      cell: ({ row }) => <TagList tags={row.original.tags} max={3} wrap={false} />,
    },
    {
      id: "orders",
      header: "Orders",
      cell: ({ row }) => row.original.orderCount,
    },
    {
      id: "lifetimeValue",
      header: "Lifetime value",
      cell: ({ row }) => formatMoney(row.original.lifetimeValueMinor, currency),
    },
    {
      id: "lastOrder",
      header: "Last order",
      cell: ({ row: { original: c } }) =>
        c.lastOrderAt ? (
          <time dateTime={c.lastOrderAt} title={new Date(c.lastOrderAt).toUTCString()}>
            {c.lastOrderLabel}
          </time>
        ) : (
          <span className="text-muted-foreground">Never</span>
        ),
    },
    {
      id: "consent",
      header: "Marketing",
      enableSorting: false,
      cell: ({ row }) => <ConsentBadge consent={row.original.marketingConsent} />,
    },
    {
      id: "created",
      header: "Added",
      cell: ({ row }) => <span className="text-muted-foreground">{row.original.createdLabel}</span>,
    },
  ];
}

export function CustomersTable({
  currency,
  ...props
}: {
  rows: CustomerTableRow[];
  currency: string;
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
      columns={columns(currency)}
      getRowId={(row) => row.id}
      numeric={["orders", "lifetimeValue"]}
      sortable={[...CUSTOMER_SORTS]}
      {...props}
    />
  );
}
