import type { Metadata } from "next";
import Link from "next/link";
import { Package } from "lucide-react";
import { RequiresPermission } from "@/components/auth/requires-permission";
import { ChartCard } from "@/components/charts/chart-card";
import { formatCount, formatDayRange, money } from "@/components/charts/format";
import { ProductTrendChart } from "@/components/charts/product-trend-chart";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { parseAnalyticsParams } from "@/lib/analytics/filters";
import { getProductTrend } from "@/lib/analytics/queries";
import { requireOrg } from "@/lib/auth/page-access";
import { listCatalogOptions } from "@/lib/catalog/catalog-options";
import { DETAIL_MOVEMENTS, DETAIL_ORDERS, getProductDetail } from "@/lib/catalog/product-detail";
import { db } from "@/lib/db";
import { MovementHistory } from "../../../products/[id]/movement-history";
import { RecentOrders } from "../../../products/[id]/recent-orders";
import { loadOr404 } from "../../../products/load-or-404";
import { filterOptions, filterQuery } from "../../load-report";
import { PeriodSummary } from "../../period-summary";
import { ReportFilters } from "../../report-filters";

export const metadata: Metadata = { title: "Sales trend" };

/**
 * One product's sales for the dashboard's period and slice, with its stock alongside, then the
 * ledger and orders behind the numbers. Orders and movements show only to those who may see
 * them elsewhere, as on the product page.
 */
export default async function ProductTrendPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("analytics.view");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const scope = { db, orgId: ctx.org.id };
  const { currency, timezone } = ctx.org;
  const canSeeOrders = ctx.permissions.has("orders.view");
  const canSeeMovements = ctx.permissions.has("inventory.view");
  const parsed = parseAnalyticsParams(query, { timezone });
  // The trend ignores the category filter (the product's category is what it is).
  const filters = { ...parsed.filters, categoryId: undefined };

  const [detail, trend, options] = await Promise.all([
    loadOr404(
      getProductDetail(scope, id, {
        orders: canSeeOrders,
        movements: canSeeMovements,
        stock: false,
      }),
    ),
    loadOr404(getProductTrend(scope, id, filters)),
    listCatalogOptions(scope),
  ]);
  const { product } = detail;
  const back = filterQuery(query);

  const units = trend.reduce((n, d) => n + d.units, 0);
  const revenue = trend.reduce((n, d) => n + d.revenueMinor, 0);
  const daysOut = trend.filter((d) => d.onHand <= 0).length;
  const onHandNow = trend.at(-1)?.onHand ?? 0;

  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Reports", href: back ? `/reports?${back}` : "/reports" },
          { label: product.name },
        ]}
        title={product.name}
        description={`Sales trend · ${product.category?.name ?? "No category"}`}
        actions={
          <RequiresPermission permission="catalog.view" ctx={ctx}>
            <Link
              href={`/products/${product.id}`}
              className={buttonClasses({ variant: "secondary" })}
            >
              <Package aria-hidden /> Product page
            </Link>
          </RequiresPermission>
        }
      />
      <div className="grid grid-cols-1 gap-6">
        <div className="grid gap-2">
          <ReportFilters
            preset={parsed.preset}
            filters={parsed.filters}
            mode={parsed.mode}
            {...filterOptions(options)}
            show={{ category: false, compare: false }}
          />
          <PeriodSummary filters={filters} comparison={null} timezone={timezone} />
        </div>

        <section aria-label="Period totals" className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          <StatCard
            label="Units sold"
            value={<span data-testid="trend-units">{formatCount(units)}</span>}
          />
          <StatCard label="Revenue" value={money(revenue, currency)} />
          <StatCard
            label="Days out of stock"
            value={formatCount(daysOut)}
            hint={`of ${trend.length} day${trend.length === 1 ? "" : "s"}`}
          />
          <RequiresPermission permission="inventory.view" ctx={ctx}>
            <StatCard
              label="On hand"
              value={formatCount(onHandNow)}
              hint={`End of ${formatDayRange(filters.to, filters.to)}`}
            />
          </RequiresPermission>
        </section>

        <ChartCard
          id="chart-product-trend"
          title="Daily sales and stock"
          caption="Units or revenue sold each day (bars) against the stock on hand at the end of the day (line, right axis), over the filtered locations and channel."
        >
          <ProductTrendChart days={trend} currency={currency} />
        </ChartCard>

        {canSeeOrders || canSeeMovements ? (
          <div className="grid items-start gap-6 lg:grid-cols-3">
            <RequiresPermission permission="inventory.view" ctx={ctx}>
              <Card className="pb-0 lg:col-span-2">
                <CardHeader>
                  <CardTitle as="h2">Recent stock movements</CardTitle>
                  <CardDescription>
                    The last {DETAIL_MOVEMENTS} changes to this product&apos;s stock, newest first,
                    at every location.
                  </CardDescription>
                </CardHeader>
                <CardContent flush>
                  <MovementHistory movements={detail.movements} timeZone={timezone} />
                </CardContent>
              </Card>
            </RequiresPermission>
            <RequiresPermission permission="orders.view" ctx={ctx}>
              <Card className={canSeeMovements ? "pb-0" : "pb-0 lg:col-span-3"}>
                <CardHeader>
                  <CardTitle as="h2">Recent orders</CardTitle>
                  <CardDescription>
                    The last {DETAIL_ORDERS} orders with this product.
                  </CardDescription>
                </CardHeader>
                <CardContent flush>
                  <RecentOrders orders={detail.orders} currency={currency} timeZone={timezone} />
                </CardContent>
              </Card>
            </RequiresPermission>
          </div>
        ) : null}
      </div>
    </>
  );
}
