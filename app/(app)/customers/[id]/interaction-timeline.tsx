import { MessagesSquare } from "lucide-react";
import { CHANNELS } from "@/components/customers/interaction-channels";
import { formatRelative } from "@/components/format/relative-time";
import { EmptyState } from "@/components/ui/empty-state";
import type { CustomerProfile } from "@/lib/customers/customer-profile";
import { formatDateTime } from "../format";

/** The interaction log, newest first. */
export function InteractionTimeline({
  interactions,
  total,
  timeZone,
}: {
  interactions: CustomerProfile["interactions"];
  total: number;
  timeZone: string;
}) {
  if (interactions.length === 0) {
    return (
      <EmptyState
        icon={MessagesSquare}
        title="Nothing logged yet"
        description="Calls, emails, chats and visits you log appear here, newest first."
        className="py-8"
      />
    );
  }
  const now = new Date();
  return (
    <>
      <ol className="relative grid gap-5 before:absolute before:top-2 before:bottom-2 before:left-4 before:w-px before:bg-border">
        {interactions.map((interaction) => {
          const { label, icon: Icon } = CHANNELS[interaction.channel];
          return (
            <li key={interaction.id} className="relative flex gap-3">
              <span className="z-10 flex size-8 shrink-0 items-center justify-center rounded-full border border-border bg-card text-muted-foreground">
                <Icon aria-hidden className="size-4" />
              </span>
              <div className="grid min-w-0 gap-1 pt-1">
                <p className="text-xs text-muted-foreground">
                  <span className="font-medium text-foreground">{label}</span> ·{" "}
                  <time
                    dateTime={interaction.occurredAt.toISOString()}
                    title={formatDateTime(interaction.occurredAt, timeZone)}
                  >
                    {formatRelative(interaction.occurredAt, now)}
                  </time>{" "}
                  · {interaction.actorLabel}
                </p>
                <p className="text-sm break-words whitespace-pre-line">{interaction.summary}</p>
              </div>
            </li>
          );
        })}
      </ol>
      {total > interactions.length ? (
        <p className="mt-4 text-xs text-muted-foreground">
          Showing the latest {interactions.length} of {total}.
        </p>
      ) : null}
    </>
  );
}
