import {
  Ban,
  CircleDollarSign,
  FileInput,
  FilePen,
  FilePlus,
  PackageCheck,
  Send,
  ShoppingCart,
  Truck,
  Undo2,
  Wallet,
  type LucideIcon,
} from "lucide-react";
import { cn } from "@/components/ui/cn";
import { formatOrderTime } from "./format";

export type TimelineEvent = {
  id: string;
  type: string;
  message: string;
  actorType: string;
  actorLabel: string;
  createdAt: Date | string;
};

const KINDS: Record<string, { title: string; icon: LucideIcon; tone: string }> = {
  created: { title: "Draft created", icon: FilePlus, tone: "text-muted-foreground" },
  updated: { title: "Draft edited", icon: FilePen, tone: "text-muted-foreground" },
  placed: { title: "Order placed", icon: ShoppingCart, tone: "text-info" },
  paid: { title: "Payment recorded", icon: Wallet, tone: "text-accent" },
  fulfilled: { title: "Fulfilled", icon: Send, tone: "text-success" },
  delivered: { title: "Delivered", icon: PackageCheck, tone: "text-success" },
  cancelled: { title: "Cancelled", icon: Ban, tone: "text-danger" },
  returned: { title: "Return recorded", icon: Undo2, tone: "text-warning" },
  refunded: { title: "Refund", icon: CircleDollarSign, tone: "text-warning" },
  imported: { title: "Imported", icon: FileInput, tone: "text-success" },
};

const ACTOR_KINDS: Record<string, string> = { API_KEY: "API key", JOB: "job", SYSTEM: "system" };

/** Every transition of an order, oldest first, with who did it and when. */
export function OrderTimeline({ events, timeZone }: { events: TimelineEvent[]; timeZone: string }) {
  return (
    <ol className="relative grid gap-5">
      {events.map((event, i) => {
        const kind = KINDS[event.type] ?? {
          title: event.type,
          icon: Truck,
          tone: "text-muted-foreground",
        };
        const Icon = kind.icon;
        const last = i === events.length - 1;
        return (
          <li key={event.id} className="relative flex gap-3">
            {last ? null : (
              <span
                aria-hidden
                className="absolute top-8 bottom-[-1.25rem] left-4 w-px bg-border"
              />
            )}
            <span
              aria-hidden
              className={cn(
                "relative flex size-8 shrink-0 items-center justify-center rounded-full border border-border bg-card shadow-xs",
                kind.tone,
              )}
            >
              <Icon className="size-4" />
            </span>
            <div className="grid min-w-0 gap-0.5 pt-1">
              <p className="text-sm font-medium">{kind.title}</p>
              {event.message ? (
                <p className="text-sm break-words text-muted-foreground">{event.message}</p>
              ) : null}
              <p className="text-xs text-muted-foreground">
                <span className="font-medium text-foreground/80">{event.actorLabel}</span>
                {ACTOR_KINDS[event.actorType] ? ` (${ACTOR_KINDS[event.actorType]})` : ""} ·{" "}
                <time dateTime={new Date(event.createdAt).toISOString()}>
                  {formatOrderTime(event.createdAt, timeZone)}
                </time>
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
