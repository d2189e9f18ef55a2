import { Badge, type BadgeTone } from "@/components/ui/badge";
import { PAYMENT_LABELS, STATUS_LABELS } from "@/lib/orders/labels";
import type { OrderStatus, PaymentStatus } from "@/lib/orders/state-machine";

export const STATUS_TONES: Record<OrderStatus, BadgeTone> = {
  DRAFT: "neutral",
  PLACED: "info",
  PAID: "accent",
  FULFILLED: "success",
  DELIVERED: "success",
  CANCELLED: "danger",
};

const PAYMENT_TONES: Record<PaymentStatus, BadgeTone> = {
  UNPAID: "warning",
  PAID: "success",
  PARTIALLY_REFUNDED: "info",
  REFUNDED: "neutral",
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]} dot>
      {STATUS_LABELS[status]}
    </Badge>
  );
}

/** `orderStatus` tones "Unpaid" down where payment is not expected (drafts, cancelled orders). */
export function PaymentStatusBadge({
  status,
  orderStatus,
}: {
  status: PaymentStatus;
  orderStatus?: OrderStatus;
}) {
  const idle = status === "UNPAID" && (orderStatus === "DRAFT" || orderStatus === "CANCELLED");
  return <Badge tone={idle ? "neutral" : PAYMENT_TONES[status]}>{PAYMENT_LABELS[status]}</Badge>;
}
