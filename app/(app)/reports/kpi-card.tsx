import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { StatCard, type StatCardProps } from "@/components/ui/stat-card";

export type KpiKey =
  | "revenue"
  | "units"
  | "orders"
  | "aov"
  | "margin"
  | "marginPct"
  | "stockOutVariants"
  | "stockOutDays"
  | "lowStock";

/** A StatCard tagged with its KPI key (tests read `kpi-<key>` and `kpi-<key>-value`). */
export function KpiCard({
  kpi,
  value,
  href,
  className,
  ...props
}: Omit<StatCardProps, "value"> & { kpi: KpiKey; value: string; href?: string }) {
  const card = (
    <StatCard
      {...props}
      value={<span data-testid={`kpi-${kpi}-value`}>{value}</span>}
      className={
        href
          ? "h-full transition-colors group-hover:border-border-strong group-hover:bg-muted/40"
          : "h-full"
      }
    />
  );
  return href ? (
    <Link
      href={href}
      data-testid={`kpi-${kpi}`}
      className={cn(
        "group block rounded-xl focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
        className,
      )}
    >
      {card}
    </Link>
  ) : (
    <div data-testid={`kpi-${kpi}`} className={className}>
      {card}
    </div>
  );
}
