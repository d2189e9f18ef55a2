import type { Metadata } from "next";
import Link from "next/link";
import { Plus, ShoppingCart } from "lucide-react";
import { formatOrderDay } from "@/components/orders/format";
import { TableToolbar } from "@/components/tables/table-toolbar";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { NoMatches } from "@/components/tables/no-matches";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { listLocations } from "@/lib/catalog/locations";
import { db } from "@/lib/db";
import { searchParamsRecord } from "@/lib/list-params";
import { CHANNEL_LABELS, PAYMENT_LABELS } from "@/lib/orders/labels";
import { countOrdersByStatus, listOrders } from "@/lib/orders/list-orders";
import { orderListSchema } from "@/lib/orders/schemas";
import { PAYMENT_STATUSES, SALES_CHANNELS } from "@/lib/orders/state-machine";
import { DateRangeFilter } from "./date-range-filter";
import { OrdersTable, type OrderTableRow } from "./orders-table";
import { StatusTabs } from "./status-tabs";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("orders.view");
  const { timezone } = ctx.org;
  const params = orderListSchema.parse(searchParamsRecord(await searchParams));
  const scope = { db, orgId: ctx.org.id };
  const [page, counts, locations] = await Promise.all([
    listOrders(scope, params, timezone),
    countOrdersByStatus(scope, params, timezone),
    listLocations(scope),
  ]);
  const rows: OrderTableRow[] = page.rows.map((r) => ({
    ...r,
    dateLabel: formatOrderDay(r.date, timezone),
  }));
  const filtered = Boolean(
    params.q ||
    params.status ||
    params.payment ||
    params.channel ||
    params.location ||
    params.customer ||
    params.from ||
    params.to,
  );
  const newButton = ctx.permissions.has("orders.manage") ? (
    <Link href="/orders/new" className={buttonClasses()}>
      <Plus aria-hidden /> New order
    </Link>
  ) : null;

  return (
    <>
      <PageHeader
        title="Orders"
        description="Every sale from draft to delivery, with returns and refunds."
        actions={newButton}
      />
      <StatusTabs counts={counts} />
      <TableToolbar
        searchPlaceholder="Search #number or customer"
        exportHref="/orders/export"
        filters={[
          {
            name: "payment",
            label: "Payment",
            options: PAYMENT_STATUSES.map((s) => ({ value: s, label: PAYMENT_LABELS[s] })),
          },
          {
            name: "channel",
            label: "Channel",
            options: SALES_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] })),
          },
          {
            name: "location",
            label: "Location",
            options: locations.map((l) => ({ value: l.id, label: l.name })),
          },
        ]}
      >
        <DateRangeFilter />
      </TableToolbar>
      <Card className="pt-0 pb-0">
        <OrdersTable
          rows={rows}
          total={page.total}
          page={page.page}
          pageSize={page.pageSize}
          pageCount={page.pageCount}
          sort={params.sort}
          dir={params.dir}
          empty={
            filtered ? (
              <NoMatches
                title="No orders match"
                description="Try another search, status or date range, or clear the filters."
                clearHref="/orders"
              />
            ) : (
              <EmptyState
                icon={ShoppingCart}
                title="No orders yet"
                description="Orders you create here, or that arrive from your shop and imports, appear in this list with their status and payment."
                action={newButton}
              />
            )
          }
        />
      </Card>
    </>
  );
}
