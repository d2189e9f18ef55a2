import { CircleCheck, CircleX, FilePen, FilePlus2, PackageCheck, Send } from "lucide-react";
import type { TimelineEvent } from "@/lib/inventory/purchase-order-timeline";
import { formatDateTime, formatQty } from "./format";

const EVENTS: Record<
  TimelineEvent["kind"],
  { label: (e: TimelineEvent) => string; Icon: typeof Send }
> = {
  created: { label: () => "Draft created", Icon: FilePlus2 },
  edited: { label: () => "Draft edited", Icon: FilePen },
  ordered: { label: () => "Marked as ordered", Icon: Send },
  received: {
    label: (e) => `Received ${formatQty(e.quantity ?? 0)} ${e.quantity === 1 ? "unit" : "units"}`,
    Icon: PackageCheck,
  },
  completed: { label: () => "Fully received", Icon: CircleCheck },
  cancelled: { label: () => "Cancelled", Icon: CircleX },
};

/** The status history of a purchase order, oldest first. */
export function PurchaseOrderTimeline({
  events,
  timeZone,
}: {
  events: TimelineEvent[];
  timeZone: string;
}) {
  return (
    <ol className="grid gap-0">
      {events.map((event, i) => {
        const { label, Icon } = EVENTS[event.kind];
        const last = i === events.length - 1;
        return (
          <li key={`${event.kind}-${i}`} className="relative flex gap-3 pb-5 last:pb-0">
            {last ? null : (
              <span aria-hidden className="absolute top-7 bottom-0 left-3.5 w-px bg-border" />
            )}
            <span className="flex size-7 shrink-0 items-center justify-center rounded-full border border-border bg-card text-muted-foreground">
              <Icon aria-hidden className="size-3.5" />
            </span>
            <div className="grid gap-0.5 pt-0.5">
              <p className="text-sm font-medium">{label(event)}</p>
              <p className="text-xs text-muted-foreground">
                <time dateTime={event.at.toISOString()}>{formatDateTime(event.at, timeZone)}</time>
                {event.actorLabel ? ` · ${event.actorLabel}` : ""}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
