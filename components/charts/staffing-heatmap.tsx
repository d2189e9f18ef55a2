import Link from "next/link";
import { Users } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import type { StaffingPoint } from "@/lib/analytics/types";
import { ChartEmpty } from "./chart-empty";
import { compactMoney, formatDecimal, hourLabel, money, weekdayLong, weekdayShort } from "./format";

/**
 * Sales per labour hour as a weekday × hour grid: the darker the cell, the more each staffed
 * hour earned. A table underneath the styling, so screen readers get rows and column headers.
 * Hours where sales happened with nobody on shift are marked rather than left blank, because
 * they usually mean a missing shift in the import.
 */
const UNSTAFFED =
  "repeating-linear-gradient(135deg, color-mix(in oklch, var(--warning) 45%, transparent) 0 2px, var(--muted) 2px 5px)";

export function StaffingHeatmap({
  points,
  currency,
}: {
  points: StaffingPoint[];
  currency: string;
}) {
  if (!points.some((p) => p.labourHours > 0)) {
    return (
      <ChartEmpty
        icon={Users}
        title="No staff shifts yet"
        description="Import your rota (who worked when, at which location) to see how much each hour on the shop floor earns."
        action={
          <Link href="/imports" className={buttonClasses({ variant: "secondary", size: "sm" })}>
            Import staff shifts
          </Link>
        }
      />
    );
  }

  const active = points.filter((p) => p.labourHours > 0 || p.revenueMinor > 0);
  const firstHour = Math.min(...active.map((p) => p.hour));
  const lastHour = Math.max(...active.map((p) => p.hour));
  const hours = Array.from({ length: lastHour - firstHour + 1 }, (_, i) => firstHour + i);
  const cell = new Map(points.map((p) => [`${p.weekday}:${p.hour}`, p]));
  const max = Math.max(1, ...points.map((p) => p.revenuePerLabourHourMinor ?? 0));

  return (
    <div className="grid gap-3">
      <div className="relative overflow-x-auto">
        <table className="w-full border-separate border-spacing-0.5 text-xs">
          <caption className="sr-only">
            Revenue per labour hour by day of the week (rows) and hour of the day (columns)
          </caption>
          <thead>
            <tr>
              <th scope="col" className="w-10">
                <span className="sr-only">Day</span>
              </th>
              {hours.map((hour) => (
                <th
                  key={hour}
                  scope="col"
                  className="min-w-7 pb-1 text-center font-normal text-muted-foreground tabular-nums"
                >
                  <span aria-hidden>{String(hour).padStart(2, "0")}</span>
                  <span className="sr-only">{hourLabel(hour)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[1, 2, 3, 4, 5, 6, 7].map((weekday) => (
              <tr key={weekday}>
                <th scope="row" className="pr-2 text-left font-normal text-muted-foreground">
                  <span aria-hidden>{weekdayShort(weekday)}</span>
                  <span className="sr-only">{weekdayLong(weekday)}</span>
                </th>
                {hours.map((hour) => {
                  const p = cell.get(`${weekday}:${hour}`);
                  const perHour = p?.revenuePerLabourHourMinor ?? null;
                  const unstaffedSales = !!p && perHour === null && p.revenueMinor > 0;
                  const describe =
                    perHour !== null && p
                      ? `${weekdayLong(weekday)} ${hourLabel(hour)}: ${money(perHour, currency)} per labour hour (${money(p.revenueMinor, currency)} over ${formatDecimal(p.labourHours)} h)`
                      : unstaffedSales
                        ? `${weekdayLong(weekday)} ${hourLabel(hour)}: ${money(p.revenueMinor, currency)} of sales with nobody on shift`
                        : `${weekdayLong(weekday)} ${hourLabel(hour)}: nobody on shift`;
                  return (
                    <td
                      key={hour}
                      title={describe}
                      className="h-7 rounded-sm bg-muted p-0 text-center"
                      style={
                        perHour !== null
                          ? {
                              background: `color-mix(in oklch, var(--accent) ${Math.round(12 + (perHour / max) * 88)}%, var(--muted))`,
                            }
                          : unstaffedSales
                            ? {
                                background: UNSTAFFED,
                              }
                            : undefined
                      }
                    >
                      <span className="sr-only">{describe}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 text-xs text-muted-foreground">
        <span className="inline-flex items-center gap-2">
          {compactMoney(0, currency)}
          <span
            aria-hidden
            className="h-2.5 w-24 rounded-sm"
            style={{
              background:
                "linear-gradient(90deg, color-mix(in oklch, var(--accent) 12%, var(--muted)), var(--accent))",
            }}
          />
          {compactMoney(max, currency)} per labour hour
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span
            aria-hidden
            className="size-2.5 rounded-sm"
            style={{
              background: UNSTAFFED,
            }}
          />
          Sales with nobody on shift
        </span>
      </div>
    </div>
  );
}
