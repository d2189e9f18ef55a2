import type { Metadata } from "next";
import { formatOrderTime } from "@/components/orders/format";
import { OrderStatusBadge, PaymentStatusBadge } from "@/components/orders/order-badges";
import { OrderSummary } from "@/components/orders/order-summary";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { CHANNEL_LABELS } from "@/lib/orders/labels";
import { getOrderDetail } from "@/lib/orders/order-detail";
import {
  availableActions,
  holdsStock,
  refundable,
  type OrderAction,
} from "@/lib/orders/state-machine";
import { loadOr404 } from "../load-or-404";
import { OrderActions } from "./order-actions";
import { OrderLinesTable } from "./order-lines-table";
import { OrderSideCards } from "./order-side-cards";

export const metadata: Metadata = { title: "Order" };

/** Which actions need which permission; the server enforces the same on every action. */
const NEEDS: Record<OrderAction, "orders.manage" | "orders.refund"> = {
  edit: "orders.manage",
  place: "orders.manage",
  pay: "orders.manage",
  fulfil: "orders.manage",
  deliver: "orders.manage",
  cancel: "orders.manage",
  return: "orders.refund",
  refund: "orders.refund",
};

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireOrg("orders.view");
  const { id } = await params;
  const order = await loadOr404(getOrderDetail({ db, orgId: ctx.org.id }, id));
  const tz = ctx.org.timezone;
  const actions = availableActions(order).filter((a) => ctx.permissions.has(NEEDS[a]));
  const waiting = holdsStock(order.status);
  const dated = order.placedAt ?? order.createdAt;
  const backordered = waiting ? order.lines.reduce((sum, l) => sum + l.backorderedQty, 0) : 0;

  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Orders", href: "/orders" }, { label: `#${order.number}` }]}
        title={
          <span className="flex flex-wrap items-center gap-3">
            Order #{order.number}
            <OrderStatusBadge status={order.status} />
            <PaymentStatusBadge status={order.paymentStatus} orderStatus={order.status} />
          </span>
        }
        description={`${order.placedAt ? "Placed" : "Created"} ${formatOrderTime(dated, tz)} · ${
          CHANNEL_LABELS[order.channel]
        } · ${order.location.name}`}
        actions={
          actions.length ? (
            <OrderActions
              actions={actions}
              canRefund={ctx.permissions.has("orders.refund")}
              order={{
                id: order.id,
                number: order.number,
                status: order.status,
                currency: order.currency,
                totalMinor: order.totalMinor,
                refundedMinor: order.refundedMinor,
                refundableMinor: refundable(order),
                locationName: order.location.name,
                lines: order.lines.map((l) => ({
                  id: l.id,
                  label: l.label,
                  quantity: l.quantity,
                  returnedQty: l.returnedQty,
                })),
              }}
            />
          ) : null
        }
      />

      {backordered > 0 ? (
        <Alert
          tone="warning"
          className="mb-6"
          title={`${backordered} unit${backordered === 1 ? " is" : "s are"} on backorder`}
        >
          {backordered === 1 ? "It was" : "They were"} not in stock when the order was placed.
          Fulfil the order once {backordered === 1 ? "it has" : "they have"} been received at{" "}
          {order.location.name}.
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="grid content-start gap-6">
          <Card className="pb-0">
            <CardHeader>
              <CardTitle as="h2">Items</CardTitle>
            </CardHeader>
            <OrderLinesTable order={order} waiting={waiting} />
            <div className="border-t border-border px-5 py-4">
              <OrderSummary totals={order} currency={order.currency} />
            </div>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Timeline</CardTitle>
            </CardHeader>
            <CardContent>
              <OrderTimeline events={order.events} timeZone={tz} />
            </CardContent>
          </Card>
        </div>

        <OrderSideCards order={order} timeZone={tz} />
      </div>
    </>
  );
}
