"use client";

import { LEVEL_SORTS } from "@/lib/inventory/list-schemas";

import Link from "next/link";
import type { ReactNode } from "react";
import { formatQty } from "@/components/inventory/format";
import { StockStateBadge } from "@/components/inventory/stock-badges";
import { DataTable, type ColumnDef } from "@/components/tables/data-table";
import type { LevelRow } from "@/lib/inventory/list-levels";
import { LevelActions, type LocationOption, type SupplierOption } from "./level-actions";

export interface LevelsTableProps {
  rows: LevelRow[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: string;
  dir: "asc" | "desc";
  empty: ReactNode;
  canAdjust: boolean;
  locations: LocationOption[];
  suppliers: SupplierOption[];
}

function columns(props: LevelsTableProps): ColumnDef<LevelRow, unknown>[] {
  const cols: ColumnDef<LevelRow, unknown>[] = [
    {
      id: "product",
      header: "Product",
      cell: ({ row: { original: r } }) => (
        <div className="grid min-w-48 gap-0.5">
          <Link href={`/products/${r.productId}`} className="font-medium hover:underline">
            {r.productName}
          </Link>
          <span className="text-xs text-muted-foreground">
            {[r.optionValues.join(" / "), r.categoryName].filter(Boolean).join(" · ") || "—"}
          </span>
        </div>
      ),
    },
    {
      id: "sku",
      header: "SKU",
      cell: ({ row }) => <span className="font-mono text-xs">{row.original.sku}</span>,
    },
    { id: "location", header: "Location", cell: ({ row }) => row.original.locationName },
    { id: "onHand", header: "On hand", cell: ({ row }) => formatQty(row.original.onHand) },
    {
      id: "committed",
      header: "Committed",
      cell: ({ row }) => (
        <span className={row.original.committed ? undefined : "text-muted-foreground"}>
          {formatQty(row.original.committed)}
        </span>
      ),
    },
    {
      id: "available",
      header: "Available",
      cell: ({ row: { original: r } }) => (
        <span className="inline-flex items-center gap-2">
          <StockStateBadge available={r.available} reorderPoint={r.reorderPoint} />
          <span className="font-medium">{formatQty(r.available)}</span>
        </span>
      ),
    },
    {
      id: "reorderPoint",
      header: "Reorder at",
      cell: ({ row }) =>
        row.original.reorderPoint ? (
          formatQty(row.original.reorderPoint)
        ) : (
          <span className="text-muted-foreground">—</span>
        ),
    },
  ];
  cols.push({
    id: "actions",
    header: () => <span className="sr-only">Actions</span>,
    enableSorting: false,
    cell: ({ row }) => (
      <div className="text-right">
        <LevelActions
          level={row.original}
          canAdjust={props.canAdjust}
          locations={props.locations}
          suppliers={props.suppliers}
        />
      </div>
    ),
  });
  return cols;
}

export function LevelsTable(props: LevelsTableProps) {
  return (
    <DataTable
      columns={columns(props)}
      rows={props.rows}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      pageCount={props.pageCount}
      sort={props.sort}
      dir={props.dir}
      sortable={[...LEVEL_SORTS]}
      empty={props.empty}
      getRowId={(r) => `${r.variantId}:${r.locationId}`}
      numeric={["onHand", "committed", "available", "reorderPoint"]}
    />
  );
}
