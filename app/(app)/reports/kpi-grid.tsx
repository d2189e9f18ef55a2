import { formatCount, formatPct, money } from "@/components/charts/format";
import type { KpiComparison } from "@/lib/analytics/types";
import { KpiCard } from "./kpi-card";
import { changePct, pointsChange } from "./kpi-change";

export interface KpiGridProps {
  kpis: KpiComparison;
  currency: string;
  /** "vs previous period", or nothing when comparing is off. */
  changeLabel?: string;
  /** The location filter, carried into the inventory links. */
  locationId?: string;
}

/**
 * The dashboard's headline numbers in two rows: sales, then margin and stock. Stock-outs and
 * low stock are better when lower, so their changes are coloured the other way round.
 */
export function KpiGrid({ kpis, currency, changeLabel, locationId }: KpiGridProps) {
  const { current, previous } = kpis;
  const compare = changeLabel !== undefined;
  const change = (key: keyof typeof current) =>
    compare ? changePct(current[key], previous ? previous[key] : null) : undefined;
  const inventory = (stock: "low" | "out") =>
    `/inventory?stock=${stock}${locationId ? `&location=${encodeURIComponent(locationId)}` : ""}`;
  const marginPoints = compare
    ? pointsChange(current.grossMarginPct, previous ? previous.grossMarginPct : null)
    : undefined;

  return (
    <div className="grid gap-4">
      <section aria-label="Sales" className="grid grid-cols-2 gap-4 lg:grid-cols-4">
        <KpiCard
          kpi="revenue"
          label="Revenue"
          value={money(current.revenueMinor, currency)}
          changePct={change("revenueMinor")}
          changeLabel={changeLabel}
        />
        <KpiCard
          kpi="orders"
          label="Orders"
          value={formatCount(current.orders)}
          changePct={change("orders")}
          changeLabel={changeLabel}
        />
        <KpiCard
          kpi="units"
          label="Units sold"
          value={formatCount(current.units)}
          changePct={change("units")}
          changeLabel={changeLabel}
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
        />
      </section>
      <section
        aria-label="Margin and stock"
        className="grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-5"
      >
        <KpiCard
          kpi="margin"
          label="Gross margin"
          value={money(current.grossMarginMinor, currency)}
          changePct={change("grossMarginMinor")}
          changeLabel={changeLabel}
        />
        <KpiCard
          kpi="marginPct"
          label="Margin %"
          value={current.grossMarginPct === null ? "—" : formatPct(current.grossMarginPct)}
          hint={
            marginPoints
              ? `${marginPoints} ${changeLabel}`
              : compare
                ? "No data for previous period"
                : "Of revenue, after cost of goods"
          }
        />
        <KpiCard
          kpi="stockOutVariants"
          label="Out of stock"
          value={formatCount(current.stockOutVariants)}
          changePct={change("stockOutVariants")}
          changeLabel={changeLabel}
          invertColors
          hint={compare ? undefined : "Variants with none on hand at the end"}
          href={inventory("out")}
        />
        <KpiCard
          kpi="stockOutDays"
          label="Stock-out days"
          value={formatCount(current.stockOutDays)}
          changePct={change("stockOutDays")}
          changeLabel={changeLabel}
          invertColors
          hint={compare ? undefined : "Variant-location days without stock"}
        />
        <KpiCard
          kpi="lowStock"
          className="col-span-2 md:col-span-1"
          label="Low stock now"
          value={formatCount(current.lowStockVariants)}
          hint="At or under reorder point"
          href={inventory("low")}
        />
      </section>
    </div>
  );
}
