import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ImportRowOutcome, ImportStatus } from "@/lib/imports/run-progress";

const STATUSES: Record<ImportStatus, { label: string; tone: BadgeTone }> = {
  UPLOADED: { label: "Needs mapping", tone: "info" },
  VALIDATING: { label: "Checking", tone: "accent" },
  VALIDATED: { label: "Ready to import", tone: "warning" },
  COMMITTING: { label: "Importing", tone: "accent" },
  COMPLETED: { label: "Completed", tone: "success" },
  FAILED: { label: "Failed", tone: "danger" },
  CANCELLED: { label: "Cancelled", tone: "neutral" },
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { label, tone } = STATUSES[status];
  return (
    <Badge tone={tone} dot data-status={status}>
      {label}
    </Badge>
  );
}

export const OUTCOMES: Record<ImportRowOutcome, { label: string; tone: BadgeTone }> = {
  CREATED: { label: "New", tone: "success" },
  UPDATED: { label: "Updated", tone: "info" },
  UNCHANGED: { label: "Unchanged", tone: "neutral" },
  INVALID: { label: "Error", tone: "danger" },
};

export function RowOutcomeBadge({ outcome }: { outcome: ImportRowOutcome | null }) {
  if (!outcome) return <Badge tone="neutral">Pending</Badge>;
  const { label, tone } = OUTCOMES[outcome];
  return <Badge tone={tone}>{label}</Badge>;
}
