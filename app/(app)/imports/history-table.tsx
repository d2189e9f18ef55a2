"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { ImportStatusBadge } from "@/components/imports/import-badges";
import { formatCount, formatDuration } from "@/components/imports/format";
import { DataTable, type ColumnDef } from "@/components/tables/data-table";
import type { ImportStatus } from "@/lib/imports/types";
import { IMPORT_RUN_SORTS } from "@/lib/imports/schemas";

export type ImportHistoryRow = {
  id: string;
  number: number;
  kindLabel: string;
  source: "UPLOAD" | "GOOGLE_SHEET";
  fileName: string;
  actorLabel: string;
  createdAt: string;
  createdLabel: string;
  status: ImportStatus;
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  durationMs: number | null;
};

const counted = (n: number) =>
  n === 0 ? <span className="text-muted-foreground">0</span> : formatCount(n);

const columns: ColumnDef<ImportHistoryRow, unknown>[] = [
  {
    id: "number",
    header: "Import",
    cell: ({ row: { original: r } }) => (
      <Link href={`/imports/${r.id}`} className="font-medium hover:underline">
        #{r.number}
      </Link>
    ),
  },
  { id: "kind", header: "Kind", cell: ({ row }) => row.original.kindLabel },
  {
    id: "file",
    header: "File",
    enableSorting: false,
    cell: ({ row: { original: r } }) => (
      <div className="grid max-w-56 min-w-0 gap-0.5">
        <span className="truncate" title={r.fileName}>
          {r.fileName}
        </span>
        <span className="text-xs text-muted-foreground">
          {r.source === "GOOGLE_SHEET" ? "Google Sheet" : "Upload"} · {r.actorLabel}
        </span>
      </div>
    ),
  },
  {
    id: "createdAt",
    header: "When",
    cell: ({ row: { original: r } }) => (
      <time dateTime={r.createdAt} title={new Date(r.createdAt).toUTCString()}>
        {r.createdLabel}
      </time>
    ),
  },
  {
    id: "status",
    header: "Status",
    cell: ({ row }) => <ImportStatusBadge status={row.original.status} />,
  },
  {
    id: "created",
    header: "New",
    enableSorting: false,
    cell: ({ row }) => counted(row.original.created),
  },
  {
    id: "updated",
    header: "Updated",
    enableSorting: false,
    cell: ({ row }) => counted(row.original.updated),
  },
  {
    id: "unchanged",
    header: "Unchanged",
    enableSorting: false,
    cell: ({ row }) => counted(row.original.unchanged),
  },
  {
    id: "errors",
    header: "Errors",
    enableSorting: false,
    cell: ({ row }) =>
      row.original.errors > 0 ? (
        <span className="font-medium text-danger-foreground">
          {formatCount(row.original.errors)}
        </span>
      ) : (
        counted(0)
      ),
  },
  {
    id: "duration",
    header: "Took",
    enableSorting: false,
    cell: ({ row }) =>
      row.original.durationMs === null ? (
        <span className="text-muted-foreground">—</span>
      ) : (
        formatDuration(row.original.durationMs)
      ),
  },
];

export function ImportHistoryTable(props: {
  rows: ImportHistoryRow[];
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
      numeric={["created", "updated", "unchanged", "errors", "duration"]}
      sortable={[...IMPORT_RUN_SORTS]}
      {...props}
    />
  );
}
