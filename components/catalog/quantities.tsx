import { cn } from "@/components/ui/cn";

const number = new Intl.NumberFormat("en-GB");

export function formatCount(n: number) {
  return number.format(n);
}

/** A stock change: "+12" in green, "−3" in red (a real minus sign, so columns line up). */
export function SignedQuantity({ value, className }: { value: number; className?: string }) {
  return (
    <span
      className={cn(
        "font-medium tabular-nums",
        value > 0 && "text-success-foreground",
        value < 0 && "text-danger-foreground",
        className,
      )}
    >
      {value > 0 ? "+" : value < 0 ? "−" : ""}
      {number.format(Math.abs(value))}
    </span>
  );
}

/** Available stock: red below zero (backordered), amber at or under the reorder point. */
export function AvailableQuantity({
  value,
  reorderPoint = 0,
}: {
  value: number;
  reorderPoint?: number;
}) {
  const low = reorderPoint > 0 && value <= reorderPoint;
  return (
    <span
      className={cn(
        "tabular-nums",
        value < 0 && "font-medium text-danger-foreground",
        value >= 0 && low && "font-medium text-warning-foreground",
      )}
      title={
        value < 0
          ? "More is promised to orders than is on hand"
          : low
            ? "At or below the reorder point"
            : undefined
      }
    >
      {value < 0 ? "−" : ""}
      {number.format(Math.abs(value))}
    </span>
  );
}
