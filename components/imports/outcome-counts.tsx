import { cn } from "@/components/ui/cn";
import { formatCount } from "./format";

/** New / updated / unchanged / errors: what a dry run predicts or a commit did. */
export function OutcomeCounts({
  created,
  updated,
  unchanged,
  errors,
  predicted,
}: {
  created: number;
  updated: number;
  unchanged: number;
  errors: number;
  /** Before the commit the counts say what would happen. */
  predicted: boolean;
}) {
  const items = [
    {
      key: "created",
      label: predicted ? "New" : "Created",
      value: created,
      tone: "text-success-foreground",
    },
    { key: "updated", label: "Updated", value: updated, tone: "text-info-foreground" },
    { key: "unchanged", label: "Unchanged", value: unchanged, tone: "" },
    {
      key: "errors",
      label: "Errors",
      value: errors,
      tone: errors > 0 ? "text-danger-foreground" : "",
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map((item) => (
        <div
          key={item.key}
          className="rounded-xl border border-border bg-card px-4 py-3 shadow-card"
          data-testid={`count-${item.key}`}
        >
          <dt className="text-sm text-muted-foreground">{item.label}</dt>
          <dd className={cn("text-2xl font-semibold tabular-nums", item.tone)}>
            {formatCount(item.value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
