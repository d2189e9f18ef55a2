import { AlertTriangle, Clock, PackageCheck } from "lucide-react";

/**
 * What stock says about one order line: enough, short (the order will be refused), or short
 * but the product takes backorders (the shortfall waits for stock).
 */
export function StockNote({
  quantity,
  available,
  allowBackorder,
  locationName,
}: {
  quantity: number;
  /** Units free at the location; undefined while unknown. */
  available: number | undefined;
  allowBackorder: boolean;
  locationName: string;
}) {
  if (available === undefined) {
    return <span className="text-xs text-muted-foreground">Checking stock…</span>;
  }
  const free = Math.max(available, 0);
  if (quantity <= free) {
    return (
      <span className="inline-flex items-center gap-1 text-xs text-muted-foreground">
        <PackageCheck aria-hidden className="size-3.5 text-success" />
        {free} available at {locationName}
      </span>
    );
  }
  if (allowBackorder) {
    return (
      <span className="inline-flex items-center gap-1 text-xs text-info-foreground">
        <Clock aria-hidden className="size-3.5" />
        {free} available; {quantity - free} will be backordered
      </span>
    );
  }
  return (
    <span
      role="status"
      className="inline-flex items-center gap-1 text-xs font-medium text-danger-foreground"
    >
      <AlertTriangle aria-hidden className="size-3.5" />
      {free === 0
        ? `None available at ${locationName}`
        : `Only ${free} available at ${locationName}`}
    </span>
  );
}
