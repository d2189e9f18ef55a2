import Link from "next/link";
import { ShoppingCart } from "lucide-react";
import { formatDay } from "@/components/catalog/dates";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { ProductDetail } from "@/lib/catalog/product-detail";
import { formatMoney } from "@/lib/money";

const STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: "Draft", tone: "neutral" },
  PLACED: { label: "Placed", tone: "info" },
  PAID: { label: "Paid", tone: "accent" },
  FULFILLED: { label: "Fulfilled", tone: "success" },
  DELIVERED: { label: "Delivered", tone: "success" },
  CANCELLED: { label: "Cancelled", tone: "danger" },
};

export function RecentOrders({
  orders,
  currency,
  timeZone,
}: {
  orders: ProductDetail["orders"];
  currency: string;
  timeZone: string;
}) {
  if (orders.length === 0) {
    return (
      <EmptyState
        icon={ShoppingCart}
        className="border-t border-border py-10"
        title="No orders yet"
        description="Orders that include this product will appear here."
      />
    );
  }
  return (
    <ul className="divide-y divide-border border-t border-border">
      {orders.map((o) => {
        const status = STATUS[o.status] ?? { label: o.status, tone: "neutral" as const };
        return (
          <li key={o.id} className="flex items-start justify-between gap-3 px-5 py-3 text-sm">
            <div className="grid min-w-0 gap-0.5">
              <Link
                href={`/orders/${o.id}`}
                className="font-medium tabular-nums hover:text-accent-soft-foreground hover:underline"
              >
                #{o.number}
              </Link>
              <span className="truncate text-xs text-muted-foreground">
                {formatDay(o.placedAt ?? o.createdAt, timeZone)} ·{" "}
                {o.customer?.name ?? "No customer"}
              </span>
            </div>
            <div className="grid shrink-0 justify-items-end gap-1">
              <Badge tone={status.tone}>{status.label}</Badge>
              <span className="text-xs text-muted-foreground tabular-nums">
                {o.quantity} unit{o.quantity === 1 ? "" : "s"} ·{" "}
                {formatMoney(o.linesTotalMinor, currency)}
              </span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
