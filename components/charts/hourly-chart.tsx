"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { HourPoint } from "@/lib/analytics/types";
import { ChartEmpty } from "./chart-empty";
import { ChartTooltipBox } from "./chart-tooltip";
import { compactMoney, formatCount, hourLabel, money } from "./format";
import { AXIS_PROPS, CHART } from "./palette";

/** Revenue by hour of the day (local time), all 24 hours so quiet hours show as gaps. */
export function HourlyChart({ points, currency }: { points: HourPoint[]; currency: string }) {
  if (!points.some((p) => p.orders > 0)) return <ChartEmpty />;
  const byHour = new Map(points.map((p) => [p.hour, p]));
  const data = Array.from({ length: 24 }, (_, hour) => ({
    hour,
    revenueMinor: byHour.get(hour)?.revenueMinor ?? 0,
    units: byHour.get(hour)?.units ?? 0,
    orders: byHour.get(hour)?.orders ?? 0,
  }));
  return (
    <div className="h-56" role="img" aria-label="Revenue by hour of the day">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={CHART.grid} />
          <XAxis
            dataKey="hour"
            {...AXIS_PROPS}
            tickFormatter={(hour: number) => String(hour).padStart(2, "0")}
            interval={2}
          />
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
                  title={`${hourLabel(row.hour)}–${hourLabel((row.hour + 1) % 24)}`}
                  rows={[
                    { label: "Revenue", value: money(row.revenueMinor, currency) },
                    { label: "Orders", value: formatCount(row.orders) },
                    { label: "Units", value: formatCount(row.units) },
                  ]}
                />
              );
            }}
          />
          <Bar
            dataKey="revenueMinor"
            fill={CHART.primary}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
