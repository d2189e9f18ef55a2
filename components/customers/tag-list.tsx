import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";

/** A customer's tags as badges; past `max`, the rest are counted ("+2") and named on hover. */
export function TagList({
  tags,
  max,
  wrap = true,
  className,
}: {
  tags: string[];
  max?: number;
  /** Off in table cells, which never wrap. */
  wrap?: boolean;
  className?: string;
}) {
  if (tags.length === 0) return null;
  const shown = max === undefined ? tags : tags.slice(0, max);
  const hidden = tags.slice(shown.length);
  return (
    <ul className={cn("flex gap-1", wrap && "flex-wrap", className)} aria-label="Tags">
      {shown.map((tag) => (
        <li key={tag}>
          <Badge tone="accent">{tag}</Badge>
        </li>
      ))}
      {hidden.length > 0 ? (
        <li>
          <Badge title={hidden.join(", ")}>
            +{hidden.length}
            <span className="sr-only"> more: {hidden.join(", ")}</span>
          </Badge>
        </li>
      ) : null}
    </ul>
  );
}
