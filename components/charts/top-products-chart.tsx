"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TopProduct, TopProductMetric } from "@/lib/analytics/types";
import { ChartEmpty } from "./chart-empty";
import { ChartTooltipBox } from "./chart-tooltip";
import { compactCount, compactMoney, formatCount, money } from "./format";
import { AXIS_PROPS, CHART } from "./palette";

export interface TopProductsChartProps {
  products: TopProduct[];
  metric: TopProductMetric;
  currency: string;
  /** Query string carried into the drill-down so it opens on the same period and filters. */
  drillQuery: string;
}

const valueOf = (p: TopProduct, metric: TopProductMetric) =>
  metric === "revenue" ? p.revenueMinor : metric === "units" ? p.units : p.grossMarginMinor;

const NAME_CHARS = 22;
const shorten = (name: string) =>
  name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1).trimEnd()}…` : name;

/**
 * Best sellers as horizontal bars. Each bar and each product name opens the product's sales
 * trend; the names are real links, so the drill-down works from the keyboard too.
 */
export function TopProductsChart({
  products,
  metric,
  currency,
  drillQuery,
}: TopProductsChartProps) {
  const router = useRouter();
  if (products.length === 0) return <ChartEmpty height={320} />;

  const href = (productId: string) =>
    `/reports/products/${productId}${drillQuery ? `?${drillQuery}` : ""}`;
  const isMoney = metric !== "units";
  const data = products.map((p) => ({ ...p, value: valueOf(p, metric) }));
  const byId = new Map(data.map((p) => [p.productId, p]));

  return (
    <div style={{ height: Math.max(160, data.length * 36 + 32) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
          barCategoryGap={6}
        >
          <CartesianGrid horizontal={false} stroke={CHART.grid} />
          <XAxis
            type="number"
            {...AXIS_PROPS}
            tickFormatter={(value: number) =>
              isMoney ? compactMoney(value, currency) : compactCount(value)
            }
          />
          <YAxis
            type="category"
            dataKey="productId"
            width={168}
            {...AXIS_PROPS}
            tick={({ x, y, payload }) => {
              const product = byId.get(String(payload.value));
              if (!product) return <g />;
              return (
                <g transform={`translate(${x},${y})`}>
                  <Link
                    href={href(product.productId)}
                    aria-label={`${product.name}: sales trend`}
                    className="outline-none focus-visible:underline"
                  >
                    <title>{product.name}</title>
                    <text
                      x={-8}
                      dy={4}
                      textAnchor="end"
                      fontSize={12}
                      fill="var(--foreground)"
                      className="cursor-pointer hover:underline"
                    >
                      {shorten(product.name)}
                    </text>
                  </Link>
                </g>
              );
            }}
          />
          <Tooltip
            cursor={{ fill: CHART.cursor }}
            content={({ active, payload }) => {
              const row = payload?.[0]?.payload as (typeof data)[number] | undefined;
              if (!active || !row) return null;
              return (
                <ChartTooltipBox
                  title={row.name}
                  rows={[
                    { label: "Revenue", value: money(row.revenueMinor, currency) },
                    { label: "Units", value: formatCount(row.units) },
                    { label: "Gross margin", value: money(row.grossMarginMinor, currency) },
                  ]}
                />
              );
            }}
          />
          <Bar
            dataKey="value"
            fill={CHART.primary}
            radius={[0, 4, 4, 0]}
            maxBarSize={24}
            className="cursor-pointer"
            isAnimationActive={false}
            onClick={(entry) => {
              const id = (entry.payload as { productId?: string } | undefined)?.productId;
              if (id) router.push(href(id));
            }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
