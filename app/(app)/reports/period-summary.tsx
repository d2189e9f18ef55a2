import { Globe } from "lucide-react";
import { formatDayRange } from "@/components/charts/format";
import type { AnalyticsFilters } from "@/lib/analytics/types";

/** The resolved period in words, what it is compared with, and the timezone its days are in. */
export function PeriodSummary({
  filters,
  comparison,
  timezone,
}: {
  filters: AnalyticsFilters;
  comparison: AnalyticsFilters | null;
  timezone: string;
}) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 px-1 text-xs text-muted-foreground">
      <span data-testid="report-period">
        <span className="font-medium text-foreground">
          {formatDayRange(filters.from, filters.to)}
        </span>
        {comparison ? ` compared with ${formatDayRange(comparison.from, comparison.to)}` : null}
      </span>
      <span className="inline-flex items-center gap-1">
        <Globe aria-hidden className="size-3.5" />
        Days and hours in {timezone.replaceAll("_", " ")} time
      </span>
    </p>
  );
}
