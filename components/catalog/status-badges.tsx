import { Badge, type BadgeTone } from "@/components/ui/badge";

/** Active or archived, for products, variants, locations, categories and suppliers. */
export function ArchiveStatusBadge({ archived }: { archived: boolean }) {
  return archived ? (
    <Badge tone="neutral" dot>
      Archived
    </Badge>
  ) : (
    <Badge tone="success" dot>
      Active
    </Badge>
  );
}

export type MovementTypeName =
  | "SALE"
  | "RECEIPT"
  | "ADJUSTMENT"
  | "COUNT"
  | "TRANSFER_OUT"
  | "TRANSFER_IN"
  | "RETURN"
  | "IMPORT";

const MOVEMENT_TYPES: Record<MovementTypeName, { label: string; tone: BadgeTone }> = {
  SALE: { label: "Sale", tone: "accent" },
  RECEIPT: { label: "Receipt", tone: "success" },
  ADJUSTMENT: { label: "Adjustment", tone: "warning" },
  COUNT: { label: "Count", tone: "info" },
  TRANSFER_OUT: { label: "Transfer out", tone: "neutral" },
  TRANSFER_IN: { label: "Transfer in", tone: "neutral" },
  RETURN: { label: "Return", tone: "info" },
  IMPORT: { label: "Import", tone: "neutral" },
};

export function MovementTypeBadge({ type }: { type: MovementTypeName }) {
  const { label, tone } = MOVEMENT_TYPES[type] ?? { label: type, tone: "neutral" };
  return <Badge tone={tone}>{label}</Badge>;
}
