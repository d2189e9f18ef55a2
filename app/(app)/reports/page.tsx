import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { KpiGrid } from "./kpi-grid";
import { filterQuery, loadReport } from "./load-report";
import { PeriodSummary } from "./period-summary";
import { ReportCharts } from "./report-charts";
import { ReportFilters } from "./report-filters";

// Short, so the change fits beside its badge on a phone's two-up cards.
const CHANGE_LABELS = { previous: "vs previous", year: "vs last year", none: undefined };

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("analytics.view");
  const params = await searchParams;
  const { currency, timezone } = ctx.org;
  const report = await loadReport({ db, orgId: ctx.org.id }, timezone, params);
  const changeLabel = CHANGE_LABELS[report.mode];

  return (
    <>
      <PageHeader
        title="Reports"
        description="How the shop is selling: revenue, margin and stock, with what drives them."
      />
      <div className="grid grid-cols-1 gap-6">
        <div className="grid gap-2">
          <ReportFilters
            preset={report.preset}
            filters={report.filters}
            mode={report.mode}
            {...report.filterOptions}
          />
          <PeriodSummary
            filters={report.filters}
            comparison={report.comparison}
            timezone={timezone}
          />
          {report.problem ? (
            <Alert tone="warning" title="That date range could not be used">
              {report.problem} Showing the last 30 days instead.
            </Alert>
          ) : null}
        </div>
        <KpiGrid
          kpis={report.kpis}
          currency={currency}
          changeLabel={changeLabel}
          locationId={report.filters.locationId}
        />
        <ReportCharts
          report={report}
          currency={currency}
          timezone={timezone}
          drillQuery={filterQuery(params)}
        />
      </div>
    </>
  );
}
