import type { Metadata } from "next";
import Link from "next/link";
import { ChartLine, Pencil } from "lucide-react";
import { formatDay } from "@/components/catalog/dates";
import { formatPriceRange } from "@/components/catalog/money";
import { formatCount } from "@/components/catalog/quantities";
import { RequiresPermission } from "@/components/auth/requires-permission";
import { ArchiveStatusBadge } from "@/components/catalog/status-badges";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireOrg } from "@/lib/auth/page-access";
import { DETAIL_MOVEMENTS, DETAIL_ORDERS, getProductDetail } from "@/lib/catalog/product-detail";
import { db } from "@/lib/db";
import { loadOr404 } from "../load-or-404";
import { MovementHistory } from "./movement-history";
import { ProductStatusActions } from "./product-status-actions";
import { RecentOrders } from "./recent-orders";
import { StockByLocation } from "./stock-by-location";
import { VariantsTable } from "./variants-table";

export const metadata: Metadata = { title: "Product" };

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireOrg("catalog.view");
  const { id } = await params;
  // Orders and the stock ledger show only to those allowed to see them elsewhere.
  const canSeeOrders = ctx.permissions.has("orders.view");
  const canSeeMovements = ctx.permissions.has("inventory.view");
  const detail = await loadOr404(
    getProductDetail({ db, orgId: ctx.org.id }, id, {
      orders: canSeeOrders,
      movements: canSeeMovements,
      stock: canSeeMovements,
    }),
  );
  const { product, variants, locations, movements, orders } = detail;
  const { currency, timezone } = ctx.org;
  const canManage = ctx.permissions.has("catalog.manage");
  const archived = product.status === "ARCHIVED";

  const active = variants.filter((v) => v.status === "ACTIVE");
  const prices = active.map((v) => v.priceMinor);
  const total = (key: "onHand" | "committed" | "available") =>
    variants.reduce((sum, v) => sum + v[key], 0);
  const margins = active
    .filter((v) => v.priceMinor > 0)
    .map((v) => Math.round(((v.priceMinor - v.costMinor) / v.priceMinor) * 100));
  const [lowMargin, highMargin] = [Math.min(...margins), Math.max(...margins)];
  const marginHint =
    margins.length === 0
      ? undefined
      : lowMargin === highMargin
        ? `${lowMargin}% margin`
        : `${lowMargin}–${highMargin}% margin`;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Products", href: "/products" }, { label: product.name }]}
        title={
          <span className="flex flex-wrap items-center gap-3">
            {product.name}
            <ArchiveStatusBadge archived={archived} />
          </span>
        }
        description={[
          product.category?.name ?? "No category",
          product.supplier ? `Supplied by ${product.supplier.name}` : "No supplier",
        ].join(" · ")}
        actions={
          <>
            <RequiresPermission permission="analytics.view" ctx={ctx}>
              <Link
                href={`/reports/products/${product.id}`}
                className={buttonClasses({ variant: "secondary" })}
              >
                <ChartLine aria-hidden /> Sales trend
              </Link>
            </RequiresPermission>
            {canManage ? (
              <>
                <ProductStatusActions product={{ id: product.id, name: product.name, archived }} />
                <Link href={`/products/${product.id}/edit`} className={buttonClasses()}>
                  <Pencil aria-hidden /> Edit
                </Link>
              </>
            ) : null}
          </>
        }
      />

      <section
        aria-label="Stock and price"
        className="mb-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-4"
      >
        <RequiresPermission permission="inventory.view" ctx={ctx}>
          <StatCard
            label="On hand"
            value={formatCount(total("onHand"))}
            hint={`Across ${locations.length} location${locations.length === 1 ? "" : "s"}`}
          />
          <StatCard
            label="Available"
            value={formatCount(total("available"))}
            hint="On hand minus what orders have reserved"
          />
          <StatCard
            label="Committed"
            value={formatCount(total("committed"))}
            hint="Reserved by open orders"
          />
        </RequiresPermission>
        <StatCard
          label="Price"
          value={formatPriceRange(
            prices.length ? Math.min(...prices) : null,
            prices.length ? Math.max(...prices) : null,
            currency,
          )}
          hint={marginHint}
        />
      </section>

      <div className="grid gap-6">
        <Card className="pb-0">
          <CardHeader>
            <CardTitle as="h2">
              Variants{" "}
              <span className="font-normal text-muted-foreground tabular-nums">
                {active.length}
              </span>
            </CardTitle>
            <CardDescription>
              {product.optionNames.length > 0
                ? `Differ by ${product.optionNames.join(", ").toLowerCase()}.`
                : "This product has a single variant."}{" "}
              {variants.length > active.length
                ? `${variants.length - active.length} archived variant${variants.length - active.length === 1 ? " is" : "s are"} kept for history.`
                : null}
            </CardDescription>
          </CardHeader>
          <CardContent flush>
            <VariantsTable
              variants={variants}
              optionNames={product.optionNames}
              currency={currency}
              showStock={canSeeMovements}
            />
          </CardContent>
        </Card>

        <div className="grid items-start gap-6 lg:grid-cols-3">
          <RequiresPermission permission="inventory.view" ctx={ctx}>
            <Card className="pb-0 lg:col-span-2">
              <CardHeader>
                <CardTitle as="h2">Stock by location</CardTitle>
                <CardDescription>
                  Units on hand at each location. Where orders have reserved some, what is still
                  available is shown underneath; below zero means units are backordered.
                </CardDescription>
              </CardHeader>
              <CardContent flush>
                <StockByLocation variants={variants} locations={locations} />
              </CardContent>
            </Card>
          </RequiresPermission>

          <div className="grid gap-6">
            <Card>
              <CardHeader>
                <CardTitle as="h2">Details</CardTitle>
              </CardHeader>
              <CardContent>
                <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2.5 text-sm">
                  <dt className="text-muted-foreground">Category</dt>
                  <dd className="flex items-center gap-2">
                    {product.category?.name ?? "—"}
                    {product.category?.archivedAt ? <Badge>Archived</Badge> : null}
                  </dd>
                  <dt className="text-muted-foreground">Supplier</dt>
                  <dd>
                    {product.supplier ? (
                      <span className="flex flex-wrap items-center gap-2">
                        {product.supplier.name}
                        <span className="text-muted-foreground">
                          {product.supplier.leadTimeDays} day lead time
                        </span>
                      </span>
                    ) : (
                      "—"
                    )}
                  </dd>
                  <dt className="text-muted-foreground">Backorders</dt>
                  <dd>{product.allowBackorder ? "Allowed when out of stock" : "Not allowed"}</dd>
                  <dt className="text-muted-foreground">Created</dt>
                  <dd>{formatDay(product.createdAt, timezone)}</dd>
                  <dt className="text-muted-foreground">Updated</dt>
                  <dd>{formatDay(product.updatedAt, timezone)}</dd>
                </dl>
                {product.description ? (
                  <p className="mt-4 border-t border-border pt-4 text-sm whitespace-pre-line text-muted-foreground">
                    {product.description}
                  </p>
                ) : null}
              </CardContent>
            </Card>
            <RequiresPermission permission="orders.view" ctx={ctx}>
              <Card className="pb-0">
                <CardHeader>
                  <CardTitle as="h2">Recent orders</CardTitle>
                  <CardDescription>
                    The last {DETAIL_ORDERS} orders with this product.
                  </CardDescription>
                </CardHeader>
                <CardContent flush>
                  <RecentOrders orders={orders} currency={currency} timeZone={timezone} />
                </CardContent>
              </Card>
            </RequiresPermission>
          </div>
        </div>

        <RequiresPermission permission="inventory.view" ctx={ctx}>
          <Card className="pb-0">
            <CardHeader>
              <CardTitle as="h2">Stock movements</CardTitle>
              <CardDescription>
                The last {DETAIL_MOVEMENTS} changes to this product&apos;s stock, newest first.
              </CardDescription>
            </CardHeader>
            <CardContent flush>
              <MovementHistory movements={movements} timeZone={timezone} />
            </CardContent>
          </Card>
        </RequiresPermission>
      </div>
    </>
  );
}
