"use client";

import { Download, Search } from "lucide-react";
import Link from "next/link";
import { useEffect, useState, type ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useUrlState } from "./use-url-state";

export interface ToolbarFilter {
  /** The URL parameter, e.g. "status". */
  name: string;
  label: string;
  options: { value: string; label: string }[];
}

/**
 * Search, filters and CSV export above a DataTable. Everything is URL state;
 * the export link carries the same query, so it downloads exactly this view.
 */
export function TableToolbar({
  searchPlaceholder,
  filters = [],
  exportHref,
  children,
}: {
  searchPlaceholder?: string;
  filters?: ToolbarFilter[];
  /** Path of the CSV route for this list; the current query string is appended. */
  exportHref?: string;
  children?: ReactNode;
}) {
  const { searchParams, update } = useUrlState();
  const [q, setQ] = useState(searchParams.get("q") ?? "");

  // Typing updates the URL once the user pauses, not on every key.
  useEffect(() => {
    const current = searchParams.get("q") ?? "";
    if (q === current) return;
    const timer = setTimeout(() => update({ q }), 300);
    return () => clearTimeout(timer);
  }, [q, searchParams, update]);

  const exportQuery = new URLSearchParams(searchParams.toString());
  exportQuery.delete("page");
  exportQuery.delete("pageSize");

  return (
    <div className="mb-4 flex flex-wrap items-center gap-2">
      {searchPlaceholder ? (
        <div className="relative min-w-56 flex-1 sm:max-w-xs">
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
          />
          <Input
            type="search"
            aria-label="Search"
            placeholder={searchPlaceholder}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            className="pl-8"
          />
        </div>
      ) : null}
      {filters.map((filter) => (
        <select
          key={filter.name}
          aria-label={filter.label}
          value={searchParams.get(filter.name) ?? ""}
          onChange={(e) => update({ [filter.name]: e.target.value })}
          className="h-9 rounded-md border border-border-strong bg-card px-2.5 text-sm shadow-xs"
        >
          <option value="">{filter.label}: all</option>
          {filter.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ))}
      {children}
      {exportHref ? (
        <Link
          href={`${exportHref}?${exportQuery}`}
          prefetch={false}
          className={buttonClasses({ variant: "secondary", className: "ml-auto" })}
        >
          <Download aria-hidden /> Export CSV
        </Link>
      ) : null}
    </div>
  );
}
