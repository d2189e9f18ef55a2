"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { formatPriceRange } from "@/components/catalog/money";
import { AvailableQuantity, formatCount } from "@/components/catalog/quantities";
import { ArchiveStatusBadge } from "@/components/catalog/status-badges";
import { DataTable, type ColumnDef } from "@/components/tables/data-table";

export type ProductTableRow = {
  id: string;
  name: string;
  archived: boolean;
  categoryName: string | null;
  supplierName: string | null;
  variantCount: number;
  firstSku: string | null;
  minPriceMinor: number | null;
  maxPriceMinor: number | null;
  onHand: number;
  available: number;
  updatedAt: string;
  /** Worded on the server so server and client render the same text. */
  updatedLabel: string;
};

const muted = (text: string | null) =>
  text ? <span>{text}</span> : <span className="text-muted-foreground">—</span>;

function columns(currency: string): ColumnDef<ProductTableRow, unknown>[] {
  return [
    {
      id: "name",
      header: "Product",
      accessorFn: (p) => p.name,
      cell: ({ row: { original: p } }) => (
        <div className="grid max-w-80 min-w-48 gap-0.5">
          <Link
            href={`/products/${p.id}`}
            className="truncate font-medium hover:text-accent-soft-foreground hover:underline"
          >
            {p.name}
          </Link>
          <span className="truncate font-mono text-xs text-muted-foreground">
            {p.firstSku ?? "No active variants"}
            {p.variantCount > 1 ? (
              <span className="font-sans"> and {p.variantCount - 1} more</span>
            ) : null}
          </span>
        </div>
      ),
    },
    {
      id: "status",
      header: "Status",
      enableSorting: false,
      cell: ({ row }) => <ArchiveStatusBadge archived={row.original.archived} />,
    },
    {
      id: "category",
      header: "Category",
      enableSorting: false,
      cell: ({ row }) => muted(row.original.categoryName),
    },
    {
      id: "supplier",
      header: "Supplier",
      enableSorting: false,
      cell: ({ row }) => muted(row.original.supplierName),
    },
    {
      id: "variants",
      header: "Variants",
      accessorFn: (p) => p.variantCount,
      cell: ({ row }) => formatCount(row.original.variantCount),
    },
    {
      id: "price",
      header: "Price",
      accessorFn: (p) => p.minPriceMinor,
      cell: ({ row: { original: p } }) =>
        formatPriceRange(p.minPriceMinor, p.maxPriceMinor, currency),
    },
    {
      id: "onHand",
      header: "On hand",
      accessorFn: (p) => p.onHand,
      cell: ({ row: { original: p } }) => (
        <div className="grid justify-items-end gap-0.5">
          <span>{formatCount(p.onHand)}</span>
          {p.available !== p.onHand ? (
            <span className="text-xs text-muted-foreground">
              <AvailableQuantity value={p.available} /> available
            </span>
          ) : null}
        </div>
      ),
    },
    {
      id: "updatedAt",
      header: "Updated",
      accessorFn: (p) => p.updatedAt,
      cell: ({ row: { original: p } }) => (
        <time
          dateTime={p.updatedAt}
          title={new Date(p.updatedAt).toUTCString()}
          className="text-muted-foreground"
        >
          {p.updatedLabel}
        </time>
      ),
    },
  ];
}

export function ProductsTable({
  currency,
  ...props
}: {
  rows: ProductTableRow[];
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
      numeric={["variants", "price", "onHand"]}
      {...props}
    />
  );
}
