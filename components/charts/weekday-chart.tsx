"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { WeekdayPoint } from "@/lib/analytics/types";
import { ChartEmpty } from "./chart-empty";
import { ChartTooltipBox } from "./chart-tooltip";
import { compactMoney, formatDecimal, money, weekdayLong, weekdayShort } from "./format";
import { AXIS_PROPS, CHART } from "./palette";

/**
 * Average revenue per weekday, weekend days in a second colour. Averages, not totals: a period
 * can hold five Mondays and four Sundays.
 */
export function WeekdayChart({ points, currency }: { points: WeekdayPoint[]; currency: string }) {
  if (!points.some((p) => p.orders > 0)) return <ChartEmpty />;
  const data = [...points]
    .sort((a, b) => a.weekday - b.weekday)
    .map((p) => ({
      ...p,
      average: p.days > 0 ? p.revenueMinor / p.days : 0,
      averageOrders: p.days > 0 ? p.orders / p.days : 0,
    }));
  const mean = (rows: typeof data) => {
    const days = rows.reduce((n, p) => n + p.days, 0);
    return days > 0 ? rows.reduce((n, p) => n + p.revenueMinor, 0) / days : 0;
  };
  const weekdays = mean(data.filter((p) => !p.weekend));
  const weekend = mean(data.filter((p) => p.weekend));

  return (
    <div className="grid gap-3">
      <div className="h-56" role="img" aria-label="Average revenue per day of the week">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke={CHART.grid} />
            <XAxis dataKey="weekday" {...AXIS_PROPS} tickFormatter={weekdayShort} />
            <YAxis
              {...AXIS_PROPS}
              width={56}
              tickFormatter={(v: number) => compactMoney(v, currency)}
            />
            <Tooltip
              cursor={{ fill: CHART.cursor }}
              content={({ active, payload }) => {
                const row = payload?.[0]?.payload as (typeof data)[number] | undefined;
                if (!active || !row) return null;
                return (
                  <ChartTooltipBox
                    title={`${weekdayLong(row.weekday)}${row.weekend ? " (weekend)" : ""}`}
                    rows={[
                      { label: "Average revenue", value: money(row.average, currency) },
                      { label: "Average orders", value: formatDecimal(row.averageOrders) },
                      { label: "Days in period", value: String(row.days) },
                    ]}
                  />
                );
              }}
            />
            <Bar dataKey="average" radius={[4, 4, 0, 0]} maxBarSize={48} isAnimationActive={false}>
              {data.map((p) => (
                <Cell key={p.weekday} fill={p.weekend ? CHART.highlight : CHART.primary} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <dl className="grid grid-cols-2 gap-3 text-sm">
        <div className="flex items-center gap-2">
          <span aria-hidden className="size-2.5 rounded-sm bg-accent" />
          <dt className="text-muted-foreground">Weekday average</dt>
          <dd className="ml-auto font-medium tabular-nums">{money(weekdays, currency)}</dd>
        </div>
        <div className="flex items-center gap-2">
          <span aria-hidden className="size-2.5 rounded-sm bg-warning" />
          <dt className="text-muted-foreground">Weekend average</dt>
          <dd className="ml-auto font-medium tabular-nums">{money(weekend, currency)}</dd>
        </div>
      </dl>
    </div>
  );
}
