"use client";

import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import type { CategoryShare } from "@/lib/analytics/types";
import { ChartEmpty } from "./chart-empty";
import { ChartTooltipBox } from "./chart-tooltip";
import { formatCount, formatPct, money } from "./format";
import { categoryColour } from "./palette";

/** Beyond this many categories the smallest are grouped, so the donut stays readable. */
const MAX_SLICES = 7;

/** Share of revenue per category as a donut, with the shares listed beside it. */
export function CategoryMixChart({
  shares,
  currency,
}: {
  shares: CategoryShare[];
  currency: string;
}) {
  const positive = shares
    .filter((s) => s.revenueMinor > 0)
    .sort((a, b) => b.revenueMinor - a.revenueMinor);
  const total = positive.reduce((n, s) => n + s.revenueMinor, 0);
  if (total <= 0) return <ChartEmpty />;

  const head = positive.slice(0, MAX_SLICES);
  const rest = positive.slice(MAX_SLICES);
  const slices = [
    ...head.map((s) => ({
      key: s.categoryId ?? "none",
      name: s.name,
      revenueMinor: s.revenueMinor,
      units: s.units,
    })),
    ...(rest.length > 0
      ? [
          {
            key: "other",
            name: `${rest.length} other${rest.length === 1 ? "" : "s"}`,
            revenueMinor: rest.reduce((n, s) => n + s.revenueMinor, 0),
            units: rest.reduce((n, s) => n + s.units, 0),
          },
        ]
      : []),
  ].map((s, i) => ({ ...s, share: (s.revenueMinor / total) * 100, colour: categoryColour(i) }));

  return (
    <div className="grid items-center gap-4 sm:grid-cols-[minmax(0,13rem)_1fr]">
      <div
        className="mx-auto aspect-square w-full max-w-52"
        role="img"
        aria-label="Share of revenue by category"
      >
        <ResponsiveContainer width="100%" height="100%">
          <PieChart>
            <Pie
              data={slices}
              dataKey="revenueMinor"
              nameKey="name"
              innerRadius="60%"
              outerRadius="100%"
              paddingAngle={1}
              stroke="var(--card)"
              isAnimationActive={false}
            >
              {slices.map((s) => (
                <Cell key={s.key} fill={s.colour} />
              ))}
            </Pie>
            <Tooltip
              content={({ active, payload }) => {
                const row = payload?.[0]?.payload as (typeof slices)[number] | undefined;
                if (!active || !row) return null;
                return (
                  <ChartTooltipBox
                    title={row.name}
                    rows={[
                      {
                        label: "Revenue",
                        value: money(row.revenueMinor, currency),
                        colour: row.colour,
                      },
                      { label: "Share", value: formatPct(row.share) },
                      { label: "Units", value: formatCount(row.units) },
                    ]}
                  />
                );
              }}
            />
          </PieChart>
        </ResponsiveContainer>
      </div>
      <ul className="grid gap-1.5 text-sm">
        {slices.map((s) => (
          <li key={s.key} className="flex items-center gap-2">
            <span
              aria-hidden
              className="size-2.5 shrink-0 rounded-sm"
              style={{ background: s.colour }}
            />
            <span className="min-w-0 truncate">{s.name}</span>
            <span className="ml-auto shrink-0 text-muted-foreground tabular-nums">
              {money(s.revenueMinor, currency)}
            </span>
            <span className="w-12 shrink-0 text-right font-medium tabular-nums">
              {formatPct(s.share)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
