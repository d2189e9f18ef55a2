import { CategoryMixChart } from "@/components/charts/category-mix-chart";
import { ChartCard } from "@/components/charts/chart-card";
import { HourlyChart } from "@/components/charts/hourly-chart";
import { SalesOverTimeChart } from "@/components/charts/sales-over-time-chart";
import { StaffingHeatmap } from "@/components/charts/staffing-heatmap";
import { TopProductsChart } from "@/components/charts/top-products-chart";
import { UrlToggle } from "@/components/charts/url-toggle";
import { WeekdayChart } from "@/components/charts/weekday-chart";
import { COMPARISON_LABELS, PARAM } from "@/lib/analytics/filters";
import { TOP_PRODUCTS, type ReportData } from "./load-report";

const GRANULARITY_OPTIONS = [
  { value: "day", label: "Day" },
  { value: "week", label: "Week" },
  { value: "month", label: "Month" },
] as const;

const TOP_METRIC_OPTIONS = [
  { value: "revenue", label: "Revenue" },
  { value: "units", label: "Units" },
  { value: "margin", label: "Margin" },
] as const;

const TOP_METRIC_WORDS = { revenue: "revenue", units: "units sold", margin: "gross margin" };

/** The charts of /reports, two to a row on wide screens. */
export function ReportCharts({
  report,
  currency,
  timezone,
  drillQuery,
}: {
  report: ReportData;
  currency: string;
  timezone: string;
  drillQuery: string;
}) {
  const zone = timezone.replaceAll("_", " ");
  return (
    <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
      <ChartCard
        id="chart-sales"
        className="xl:col-span-2"
        title="Sales over time"
        caption={
          report.comparison
            ? `Per ${report.granularity}, net of discounts; the dashed line is the ${COMPARISON_LABELS[report.mode].toLowerCase()}, bucket for bucket.`
            : `Per ${report.granularity}, net of discounts.`
        }
        actions={
          <UrlToggle
            name={PARAM.granularity}
            label="Group sales by"
            options={GRANULARITY_OPTIONS}
            value={report.granularity}
          />
        }
      >
        <SalesOverTimeChart
          current={report.series}
          previous={report.previousSeries}
          granularity={report.granularity}
          currency={currency}
          comparisonLabel={report.mode === "none" ? undefined : COMPARISON_LABELS[report.mode]}
        />
      </ChartCard>

      <ChartCard
        id="chart-top-products"
        title="Top products"
        caption={`The ${TOP_PRODUCTS} products with the most ${TOP_METRIC_WORDS[report.topMetric]} in the period. Pick one to see its daily trend.`}
        actions={
          <UrlToggle
            name={PARAM.topMetric}
            label="Rank products by"
            options={TOP_METRIC_OPTIONS}
            value={report.topMetric}
          />
        }
      >
        <TopProductsChart
          products={report.top}
          metric={report.topMetric}
          currency={currency}
          drillQuery={drillQuery}
        />
      </ChartCard>

      <ChartCard
        id="chart-category-mix"
        title="Category mix"
        caption="Each category's share of revenue in the period."
      >
        <CategoryMixChart shares={report.categories} currency={currency} />
      </ChartCard>

      <ChartCard
        id="chart-weekday"
        title="Weekdays and weekends"
        caption="Average revenue per calendar day of each weekday in the period; weekend days are highlighted."
      >
        <WeekdayChart points={report.weekdays} currency={currency} />
      </ChartCard>

      <ChartCard
        id="chart-hourly"
        title="Sales by hour"
        caption={`Revenue by the hour orders were placed, in ${zone} time.`}
      >
        <HourlyChart points={report.hours} currency={currency} />
      </ChartCard>

      <ChartCard
        id="chart-staffing"
        className="xl:col-span-2"
        title="Sales per labour hour"
        caption="Revenue divided by the hours staff were on shift, by weekday and hour. Darker cells earned more per person on the floor."
      >
        <StaffingHeatmap points={report.staffing} currency={currency} />
      </ChartCard>
    </div>
  );
}
