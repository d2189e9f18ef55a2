"use client";

import { useState } from "react";
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Granularity, SalesPoint } from "@/lib/analytics/types";
import { ChartEmpty } from "./chart-empty";
import { ChartTooltipBox } from "./chart-tooltip";
import { bucketLabel, bucketTick, compactCount, compactMoney, formatCount, money } from "./format";
import { AXIS_PROPS, CHART } from "./palette";
import { SegmentedToggle } from "./segmented-toggle";

type Metric = "revenue" | "units" | "orders";

const METRICS = [
  { value: "revenue", label: "Revenue" },
  { value: "units", label: "Units" },
  { value: "orders", label: "Orders" },
] as const;

const valueOf = (point: SalesPoint, metric: Metric) =>
  metric === "revenue" ? point.revenueMinor : metric === "units" ? point.units : point.orders;

export interface SalesOverTimeChartProps {
  current: SalesPoint[];
  /** The comparison period's buckets, matched to the current ones by position. */
  previous: SalesPoint[] | null;
  granularity: Granularity;
  currency: string;
  /** "Previous period" or "Same period last year". */
  comparisonLabel?: string;
}

/** Sales per day, week or month, with the comparison period as a faint dashed line. */
export function SalesOverTimeChart({
  current,
  previous,
  granularity,
  currency,
  comparisonLabel = "Comparison",
}: SalesOverTimeChartProps) {
  const [metric, setMetric] = useState<Metric>("revenue");
  const hasData =
    current.some((p) => p.orders > 0 || p.revenueMinor !== 0) ||
    (previous ?? []).some((p) => p.orders > 0);
  if (!hasData) return <ChartEmpty height={288} />;

  const format = (value: number) =>
    metric === "revenue" ? money(value, currency) : formatCount(value);
  const data = current.map((point, i) => {
    const before = previous?.[i];
    return {
      bucket: point.bucket,
      value: valueOf(point, metric),
      previousBucket: before?.bucket ?? null,
      previousValue: before ? valueOf(before, metric) : null,
    };
  });

  return (
    <div className="grid gap-3">
      <SegmentedToggle
        label="Measure"
        options={METRICS}
        value={metric}
        onChange={(value) => setMetric(value as Metric)}
      />
      <div
        className="h-72"
        role="img"
        aria-label={`${METRICS.find((m) => m.value === metric)?.label} by ${granularity}`}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <defs>
              <linearGradient id="sales-fill" x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor={CHART.primary} stopOpacity={0.25} />
                <stop offset="100%" stopColor={CHART.primary} stopOpacity={0} />
              </linearGradient>
            </defs>
            <CartesianGrid vertical={false} stroke={CHART.grid} />
            <XAxis
              dataKey="bucket"
              {...AXIS_PROPS}
              tickFormatter={(bucket: string) => bucketTick(bucket, granularity)}
              minTickGap={24}
            />
            <YAxis
              {...AXIS_PROPS}
              width={56}
              tickFormatter={(value: number) =>
                metric === "revenue" ? compactMoney(value, currency) : compactCount(value)
              }
            />
            <Tooltip
              cursor={{ stroke: CHART.grid }}
              content={({ active, payload }) => {
                const row = payload?.[0]?.payload as (typeof data)[number] | undefined;
                if (!active || !row) return null;
                return (
                  <ChartTooltipBox
                    title={bucketLabel(row.bucket, granularity)}
                    rows={[
                      { label: "This period", value: format(row.value), colour: CHART.primary },
                      ...(row.previousValue !== null && row.previousBucket
                        ? [
                            {
                              label: `${comparisonLabel} (${bucketLabel(row.previousBucket, granularity)})`,
                              value: format(row.previousValue),
                              colour: CHART.comparison,
                              faint: true,
                            },
                          ]
                        : []),
                    ]}
                  />
                );
              }}
            />
            {previous ? (
              <Line
                type="monotone"
                dataKey="previousValue"
                name={comparisonLabel}
                stroke={CHART.comparison}
                strokeOpacity={0.55}
                strokeDasharray="4 4"
                strokeWidth={1.5}
                dot={false}
                isAnimationActive={false}
              />
            ) : null}
            <Area
              type="monotone"
              dataKey="value"
              name="This period"
              stroke={CHART.primary}
              strokeWidth={2}
              fill="url(#sales-fill)"
              dot={false}
              activeDot={{ r: 4 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {previous ? (
        <p className="flex flex-wrap items-center gap-4 text-xs text-muted-foreground">
          <span className="inline-flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-0.5 w-4 bg-accent" /> This period
          </span>
          <span className="inline-flex items-center gap-1.5">
            <span
              aria-hidden
              className="inline-block w-4 border-t-2 border-dashed border-muted-foreground/60"
            />
            {comparisonLabel}
          </span>
        </p>
      ) : null}
    </div>
  );
}
