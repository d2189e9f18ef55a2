import { Badge } from "@/components/ui/badge";

/** Whether a customer may receive marketing. */
export function ConsentBadge({ consent }: { consent: boolean }) {
  return consent ? (
    <Badge tone="success" dot>
      Subscribed
    </Badge>
  ) : (
    <Badge tone="neutral">Not subscribed</Badge>
  );
}
