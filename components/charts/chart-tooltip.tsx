"use client";

import type { ReactNode } from "react";

export type TooltipRow = { label: string; value: ReactNode; colour?: string; faint?: boolean };

/**
 * The body of every chart tooltip: a heading and labelled, formatted values. Charts build the
 * rows themselves so each value carries its own unit (money, units, orders).
 */
export function ChartTooltipBox({ title, rows }: { title: ReactNode; rows: TooltipRow[] }) {
  return (
    <div className="min-w-40 rounded-lg border border-border bg-popover px-3 py-2 text-xs shadow-popover">
      <p className="mb-1.5 font-medium text-foreground">{title}</p>
      <dl className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1">
        {rows.map((row) => (
          <div key={row.label} className="contents">
            <dt className="flex items-center gap-1.5 text-muted-foreground">
              {row.colour ? (
                <span
                  aria-hidden
                  className="inline-block size-2 rounded-full"
                  style={{ background: row.colour, opacity: row.faint ? 0.5 : 1 }}
                />
              ) : null}
              {row.label}
            </dt>
            <dd className="text-right font-medium text-foreground tabular-nums">{row.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
