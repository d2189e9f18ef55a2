"use client";

import { useState } from "react";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ProductTrendDay } from "@/lib/analytics/types";
import { ChartEmpty } from "./chart-empty";
import { ChartTooltipBox } from "./chart-tooltip";
import { bucketLabel, bucketTick, compactCount, compactMoney, formatCount, money } from "./format";
import { AXIS_PROPS, CHART } from "./palette";
import { SegmentedToggle } from "./segmented-toggle";

type Measure = "revenue" | "units";

const MEASURES = [
  { value: "units", label: "Units" },
  { value: "revenue", label: "Revenue" },
] as const;

/**
 * One product's daily sales as bars, with stock on hand at the end of each day as a line on its
 * own axis: the place to see a stock-out flatten sales, or a delivery bring them back.
 */
export function ProductTrendChart({
  days,
  currency,
}: {
  days: ProductTrendDay[];
  currency: string;
}) {
  const [measure, setMeasure] = useState<Measure>("units");
  if (days.length === 0 || !days.some((d) => d.units !== 0 || d.onHand !== 0)) {
    return (
      <ChartEmpty
        height={320}
        title="Nothing sold or stocked in this period"
        description="Try a longer period, or another location."
      />
    );
  }
  const data = days.map((d) => ({ ...d, value: measure === "revenue" ? d.revenueMinor : d.units }));
  const measureLabel = measure === "revenue" ? "Revenue" : "Units sold";

  return (
    <div className="grid gap-3">
      <SegmentedToggle label="Bars show" options={MEASURES} value={measure} onChange={setMeasure} />
      <div className="h-80" role="img" aria-label={`${measureLabel} per day and stock on hand`}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 0, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke={CHART.grid} />
            <XAxis
              dataKey="day"
              {...AXIS_PROPS}
              tickFormatter={(day: string) => bucketTick(day, "day")}
              minTickGap={24}
            />
            <YAxis
              yAxisId="sales"
              {...AXIS_PROPS}
              width={56}
              allowDecimals={false}
              tickFormatter={(v: number) =>
                measure === "revenue" ? compactMoney(v, currency) : compactCount(v)
              }
            />
            <YAxis
              yAxisId="stock"
              orientation="right"
              {...AXIS_PROPS}
              width={48}
              allowDecimals={false}
              tickFormatter={compactCount}
            />
            <Tooltip
              cursor={{ fill: CHART.cursor }}
              content={({ active, payload }) => {
                const row = payload?.[0]?.payload as (typeof data)[number] | undefined;
                if (!active || !row) return null;
                return (
                  <ChartTooltipBox
                    title={bucketLabel(row.day, "day")}
                    rows={[
                      {
                        label: "Units sold",
                        value: formatCount(row.units),
                        colour: measure === "units" ? CHART.primary : undefined,
                      },
                      {
                        label: "Revenue",
                        value: money(row.revenueMinor, currency),
                        colour: measure === "revenue" ? CHART.primary : undefined,
                      },
                      {
                        label: "On hand (end of day)",
                        value: formatCount(row.onHand),
                        colour: CHART.highlight,
                      },
                    ]}
                  />
                );
              }}
            />
            <Bar
              yAxisId="sales"
              dataKey="value"
              name={measureLabel}
              fill={CHART.primary}
              radius={[3, 3, 0, 0]}
              maxBarSize={28}
              isAnimationActive={false}
            />
            <Line
              yAxisId="stock"
              type="stepAfter"
              dataKey="onHand"
              name="On hand"
              stroke={CHART.highlight}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p className="flex flex-wrap items-center gap-4 text-xs text-muted-foreground">
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden className="size-2.5 rounded-sm bg-accent" /> {measureLabel} (left axis)
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-0.5 w-4 bg-warning" /> On hand at end of day
          (right axis)
        </span>
      </p>
    </div>
  );
}
