import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import {
  MOVEMENT_TYPE_LABELS,
  PURCHASE_ORDER_STATUS_LABELS,
  type MovementTypeName,
  type PurchaseOrderStatusName,
} from "@/lib/inventory/list-schemas";

/** "Out" at or below zero available, "Low" at or below the reorder point. */
export function StockStateBadge({
  available,
  reorderPoint,
}: {
  available: number;
  reorderPoint: number;
}) {
  if (available <= 0) {
    return (
      <Badge tone="danger" dot>
        Out
      </Badge>
    );
  }
  if (available <= reorderPoint) {
    return (
      <Badge tone="warning" dot>
        Low
      </Badge>
    );
  }
  return null;
}

const MOVEMENT_TONES: Record<MovementTypeName, BadgeTone> = {
  SALE: "info",
  RECEIPT: "success",
  ADJUSTMENT: "warning",
  COUNT: "accent",
  TRANSFER_OUT: "neutral",
  TRANSFER_IN: "neutral",
  RETURN: "success",
  IMPORT: "neutral",
};

export function MovementTypeBadge({ type }: { type: MovementTypeName }) {
  return <Badge tone={MOVEMENT_TONES[type]}>{MOVEMENT_TYPE_LABELS[type]}</Badge>;
}

const PO_TONES: Record<PurchaseOrderStatusName, BadgeTone> = {
  DRAFT: "neutral",
  ORDERED: "info",
  PARTIALLY_RECEIVED: "warning",
  RECEIVED: "success",
  CANCELLED: "danger",
};

export function PurchaseOrderStatusBadge({ status }: { status: PurchaseOrderStatusName }) {
  return (
    <Badge tone={PO_TONES[status]} dot>
      {PURCHASE_ORDER_STATUS_LABELS[status]}
    </Badge>
  );
}

const quantity = new Intl.NumberFormat("en-GB", { signDisplay: "exceptZero" });

/** A signed stock change: green when stock arrives, red when it leaves. */
export function QuantityChange({ value, className }: { value: number; className?: string }) {
  return (
    <span
      className={cn(
        "font-medium tabular-nums",
        value > 0 && "text-success-foreground",
        value < 0 && "text-danger-foreground",
        className,
      )}
    >
      {quantity.format(value).replace("-", "−")}
    </span>
  );
}
