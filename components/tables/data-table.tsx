"use client";

import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { Pagination } from "./pagination";
import { useUrlState } from "./use-url-state";

export type { ColumnDef };

export interface DataTableProps<T> {
  columns: ColumnDef<T, unknown>[];
  rows: T[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  sort: string;
  dir: "asc" | "desc";
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  getRowId?: (row: T) => string;
  /** Column ids that hold numbers (right-aligned, tabular figures). */
  numeric?: string[];
  /**
   * Column ids the server can sort by. When given, it decides which headers are
   * sort buttons, whatever the column definitions say.
   */
  sortable?: string[];
}

/**
 * A table whose paging and sorting happen on the server: TanStack Table draws
 * it, the URL holds the state, and the page re-renders with the new rows.
 * Columns are sortable when their `id` is given and `enableSorting` is not false.
 */
export function DataTable<T>({
  columns,
  rows,
  total,
  page,
  pageSize,
  pageCount,
  sort,
  dir,
  empty,
  getRowId,
  numeric = [],
  sortable,
}: DataTableProps<T>) {
  const { update, isPending } = useUrlState();
  const sorting: SortingState = [{ id: sort, desc: dir === "desc" }];
  // TanStack Table v8 returns functions the React Compiler cannot memoise; the app does not
  // enable the compiler, and the table re-renders with its rows anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    pageCount,
    state: { sorting, pagination: { pageIndex: page - 1, pageSize } },
    getRowId,
  });

  if (rows.length === 0) return <>{empty}</>;

  return (
    <div className={cn("transition-opacity", isPending && "opacity-60")} aria-busy={isPending}>
      <Table>
        <THead>
          {table.getHeaderGroups().map((group) => (
            <TR key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id;
                const canSort = sortable ? sortable.includes(id) : header.column.getCanSort();
                const sorted = sort === id ? dir : false;
                const isNumeric = numeric.includes(header.column.id);
                return (
                  <TH
                    key={header.id}
                    numeric={isNumeric}
                    aria-sort={
                      sorted ? (sorted === "desc" ? "descending" : "ascending") : undefined
                    }
                  >
                    {header.isPlaceholder ? null : canSort ? (
                      <button
                        type="button"
                        onClick={() =>
                          update({
                            sort: id,
                            // A second click flips the direction; a new column starts ascending.
                            dir: sort === id && dir === "asc" ? "desc" : "asc",
                          })
                        }
                        className={cn(
                          "inline-flex items-center gap-1 rounded hover:text-foreground",
                          isNumeric && "flex-row-reverse",
                        )}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        {sorted === "asc" ? (
                          <ArrowUp aria-hidden className="size-3.5" />
                        ) : sorted === "desc" ? (
                          <ArrowDown aria-hidden className="size-3.5" />
                        ) : (
                          <ArrowUpDown aria-hidden className="size-3.5 opacity-40" />
                        )}
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </TH>
                );
              })}
            </TR>
          ))}
        </THead>
        <TBody>
          {table.getRowModel().rows.map((row) => (
            <TR key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <TD key={cell.id} numeric={numeric.includes(cell.column.id)}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </TD>
              ))}
            </TR>
          ))}
        </TBody>
      </Table>
      <Pagination page={page} pageSize={pageSize} pageCount={pageCount} total={total} />
    </div>
  );
}
