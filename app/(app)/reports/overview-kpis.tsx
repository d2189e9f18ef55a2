import Link from "next/link";
import { ArrowRight } from "lucide-react";
import { formatCount, money } from "@/components/charts/format";
import { parseAnalyticsParams } from "@/lib/analytics/filters";
import { getKpis } from "@/lib/analytics/queries";
import type { ReadScope } from "@/lib/scope";
import { KpiCard } from "./kpi-card";
import { changePct } from "./kpi-change";

/** The overview's "Last 7 days" row: the headline numbers, each a way into /reports. */
export async function OverviewKpis({
  scope,
  currency,
  timezone,
}: {
  scope: ReadScope;
  currency: string;
  timezone: string;
}) {
  const { filters, comparison } = parseAnalyticsParams({ range: "7d" }, { timezone });
  const { current, previous } = await getKpis(scope, filters, comparison);
  const change = (key: keyof typeof current) =>
    changePct(current[key], previous ? previous[key] : null);
  const changeLabel = "vs previous 7 days";

  return (
    <section aria-labelledby="last-7-days" className="mb-6 grid gap-3">
      <div className="flex items-center justify-between gap-4">
        <h2 id="last-7-days" className="text-sm font-semibold">
          Last 7 days
        </h2>
        <Link
          href="/reports?range=7d"
          className="inline-flex items-center gap-1 text-sm text-accent-soft-foreground hover:underline"
        >
          All reports <ArrowRight aria-hidden className="size-4" />
        </Link>
      </div>
      <div className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <KpiCard
          kpi="revenue"
          label="Revenue"
          value={money(current.revenueMinor, currency)}
          changePct={change("revenueMinor")}
          changeLabel={changeLabel}
          href="/reports?range=7d"
        />
        <KpiCard
          kpi="orders"
          label="Orders"
          value={formatCount(current.orders)}
          changePct={change("orders")}
          changeLabel={changeLabel}
          href="/reports?range=7d"
        />
        <KpiCard
          kpi="aov"
          label="Average order value"
          value={
            current.averageOrderValueMinor === null
              ? "—"
              : money(current.averageOrderValueMinor, currency)
          }
          changePct={change("averageOrderValueMinor")}
          changeLabel={changeLabel}
          href="/reports?range=7d"
        />
        <KpiCard
          kpi="stockOutVariants"
          label="Out of stock"
          value={formatCount(current.stockOutVariants)}
          hint={`${formatCount(current.stockOutDays)} stock-out days this week`}
          href="/reports?range=7d"
        />
      </div>
    </section>
  );
}
