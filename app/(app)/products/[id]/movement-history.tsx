import { History } from "lucide-react";
import { formatDateTime } from "@/components/catalog/dates";
import { formatCount, SignedQuantity } from "@/components/catalog/quantities";
import { MovementTypeBadge } from "@/components/catalog/status-badges";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ProductDetail } from "@/lib/catalog/product-detail";

export function MovementHistory({
  movements,
  timeZone,
}: {
  movements: ProductDetail["movements"];
  timeZone: string;
}) {
  if (movements.length === 0) {
    return (
      <EmptyState
        icon={History}
        className="border-t border-border py-10"
        title="No stock movements yet"
        description="Receipts, sales, adjustments, counts and transfers of this product will be listed here."
      />
    );
  }
  return (
    <Table>
      <THead>
        <TR className="hover:bg-transparent">
          <TH>When</TH>
          <TH>Variant</TH>
          <TH>Location</TH>
          <TH>Type</TH>
          <TH numeric>Change</TH>
          <TH numeric>Balance</TH>
          <TH>Reason</TH>
          <TH>By</TH>
        </TR>
      </THead>
      <TBody>
        {movements.map((m) => (
          <TR key={m.id}>
            <TD className="text-muted-foreground">
              <time dateTime={m.createdAt.toISOString()}>
                {formatDateTime(m.createdAt, timeZone)}
              </time>
            </TD>
            <TD>
              <div className="grid gap-0.5">
                <span>{m.optionValues.length > 0 ? m.optionValues.join(" / ") : "Default"}</span>
                <span className="font-mono text-xs text-muted-foreground">{m.sku}</span>
              </div>
            </TD>
            <TD>{m.locationName}</TD>
            <TD>
              <MovementTypeBadge type={m.type} />
            </TD>
            <TD numeric>
              <SignedQuantity value={m.quantity} />
            </TD>
            <TD numeric>{formatCount(m.balanceAfter)}</TD>
            <TD wrap className="max-w-72 text-muted-foreground">
              {[m.reason, m.note].filter(Boolean).join(" — ") || "—"}
            </TD>
            <TD className="text-muted-foreground">{m.actorLabel}</TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
