import Link from "next/link";
import { ShoppingBag } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { PurchaseHistoryRow } from "@/lib/customers/customer-profile";
import { formatMoney } from "@/lib/money";
import { STATUS_LABELS } from "@/lib/orders/labels";
import { formatDay } from "../format";

const STATUS_TONES: Record<PurchaseHistoryRow["status"], BadgeTone> = {
  DRAFT: "neutral",
  PLACED: "info",
  PAID: "accent",
  FULFILLED: "success",
  DELIVERED: "success",
  CANCELLED: "danger",
};

/** The customer's orders, most recent first, each linking to the order. */
export function PurchaseHistory({
  orders,
  total,
  timeZone,
}: {
  orders: PurchaseHistoryRow[];
  total: number;
  timeZone: string;
}) {
  if (orders.length === 0) {
    return (
      <EmptyState
        icon={ShoppingBag}
        title="No orders yet"
        description="Orders for this customer will be listed here with their status and total."
        className="py-8"
      />
    );
  }
  return (
    <>
      <Table>
        <THead>
          <TR className="hover:bg-transparent">
            <TH>Order</TH>
            <TH>Date</TH>
            <TH>Status</TH>
            <TH numeric>Total</TH>
          </TR>
        </THead>
        <TBody>
          {orders.map((order) => (
            <TR key={order.id}>
              <TD>
                <Link
                  href={`/orders/${order.id}`}
                  className="font-medium tabular-nums hover:text-accent-soft-foreground hover:underline"
                >
                  #{order.number}
                </Link>
              </TD>
              <TD className="text-muted-foreground">
                {formatDay(order.placedAt ?? order.createdAt, timeZone)}
              </TD>
              <TD>
                <Badge tone={STATUS_TONES[order.status]}>{STATUS_LABELS[order.status]}</Badge>
              </TD>
              <TD numeric>
                {formatMoney(order.totalMinor, order.currency)}
                {order.refundedMinor > 0 ? (
                  <span className="block text-xs text-muted-foreground">
                    {formatMoney(order.refundedMinor, order.currency)} refunded
                  </span>
                ) : null}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {total > orders.length ? (
        <p className="px-5 pt-3 text-xs text-muted-foreground">
          Showing the latest {orders.length} of {total} orders.
        </p>
      ) : null}
    </>
  );
}
