import type { ReactNode } from "react";
import { ArrowDownRight, ArrowUpRight, Minus } from "lucide-react";
import { cn } from "./cn";
import { Skeleton } from "./skeleton";

export interface StatCardProps {
  label: ReactNode;
  /** Already formatted for display, e.g. "£12,430" or "1,204". */
  value: ReactNode;
  /**
   * Change against the previous period in percent (12.5 means +12.5 %). `null` means there is
   * no previous period to compare with; omit to show no comparison at all.
   */
  changePct?: number | null;
  /** Text after the change, e.g. "vs last 30 days". */
  changeLabel?: string;
  /** For metrics where down is good (stock-outs, returns): a fall is shown in green. */
  invertColors?: boolean;
  hint?: ReactNode;
  icon?: ReactNode;
  loading?: boolean;
  className?: string;
}

const percent = new Intl.NumberFormat("en", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function StatCard({
  label,
  value,
  changePct,
  changeLabel = "vs previous period",
  invertColors = false,
  hint,
  icon,
  loading = false,
  className,
}: StatCardProps) {
  return (
    <div
      className={cn(
        "flex min-w-0 flex-col gap-3 rounded-xl border border-border bg-card p-5 shadow-card",
        className,
      )}
    >
      <div className="flex items-center justify-between gap-3">
        <p className="truncate text-sm font-medium text-muted-foreground">{label}</p>
        {icon ? <span className="text-muted-foreground [&_svg]:size-4">{icon}</span> : null}
      </div>
      {loading ? (
        <>
          <Skeleton className="h-8 w-28" />
          <Skeleton className="h-4 w-36" />
        </>
      ) : (
        <>
          <p className="text-2xl leading-8 font-semibold tracking-tight tabular-nums">{value}</p>
          {changePct !== undefined || hint ? (
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
              {changePct !== undefined ? (
                <Change pct={changePct} label={changeLabel} invert={invertColors} />
              ) : null}
              {hint ? <span>{hint}</span> : null}
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}

function Change({ pct, label, invert }: { pct: number | null; label: string; invert: boolean }) {
  if (pct === null || !Number.isFinite(pct)) {
    return <span>No data for previous period</span>;
  }
  const rounded = Math.round(pct * 10) / 10;
  const direction = rounded > 0 ? "up" : rounded < 0 ? "down" : "flat";
  const good = direction === "flat" ? null : (direction === "up") !== invert;
  const Icon = direction === "up" ? ArrowUpRight : direction === "down" ? ArrowDownRight : Minus;
  const text = `${rounded > 0 ? "+" : rounded < 0 ? "−" : ""}${percent.format(Math.abs(rounded))}%`;
  return (
    <span className="inline-flex items-center gap-1.5">
      <span
        className={cn(
          "inline-flex items-center gap-0.5 rounded-md px-1.5 py-0.5 font-medium tabular-nums",
          good === null && "bg-muted text-muted-foreground",
          good === true && "bg-success-soft text-success-foreground",
          good === false && "bg-danger-soft text-danger-foreground",
        )}
      >
        <Icon aria-hidden className="size-3.5" />
        <span className="sr-only">
          {direction === "flat" ? "Unchanged " : direction === "up" ? "Up " : "Down "}
        </span>
        {text}
      </span>
      <span>{label}</span>
    </span>
  );
}
