"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { PAGE_SIZES } from "@/lib/list-params";
import { useUrlState } from "./use-url-state";

const count = new Intl.NumberFormat("en-GB");

export function Pagination({
  page,
  pageSize,
  pageCount,
  total,
}: {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}) {
  const { update } = useUrlState();
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <nav
      aria-label="Pagination"
      className="flex flex-wrap items-center justify-between gap-3 border-t border-border px-4 py-3 text-sm"
    >
      <p className="text-muted-foreground">
        {count.format(first)}–{count.format(last)} of {count.format(total)}
      </p>
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-2 text-muted-foreground">
          Rows
          <select
            className="h-8 rounded-md border border-border-strong bg-card px-2 text-sm text-foreground"
            value={pageSize}
            onChange={(e) => update({ pageSize: e.target.value })}
          >
            {PAGE_SIZES.map((size) => (
              <option key={size}>{size}</option>
            ))}
          </select>
        </label>
        <Button
          variant="secondary"
          size="icon-sm"
          aria-label="Previous page"
          disabled={page <= 1}
          onClick={() => update({ page: page - 1 })}
        >
          <ChevronLeft />
        </Button>
        <span className="tabular-nums">
          {page} / {pageCount}
        </span>
        <Button
          variant="secondary"
          size="icon-sm"
          aria-label="Next page"
          disabled={page >= pageCount}
          onClick={() => update({ page: page + 1 })}
        >
          <ChevronRight />
        </Button>
      </div>
    </nav>
  );
}
