import { MapPin } from "lucide-react";
import { AvailableQuantity, formatCount } from "@/components/catalog/quantities";
import { StockStateBadge } from "@/components/inventory/stock-badges";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ProductDetail } from "@/lib/catalog/product-detail";

type Cell = ProductDetail["variants"][number]["stock"][number];

/** On hand, with what is still available underneath once orders have reserved some. */
function StockCell({
  cell,
}: {
  cell: Pick<Cell, "onHand" | "committed" | "available" | "reorderPoint">;
}) {
  return (
    <div className="grid justify-items-end gap-0.5">
      <span className="inline-flex items-center gap-1.5">
        <StockStateBadge available={cell.available} reorderPoint={cell.reorderPoint} />
        {formatCount(cell.onHand)}
      </span>
      {cell.committed !== 0 ? (
        <span className="text-xs text-muted-foreground">
          <AvailableQuantity value={cell.available} /> available
        </span>
      ) : null}
    </div>
  );
}

/** A variant × location matrix of stock, with a total per variant. */
export function StockByLocation({
  variants,
  locations,
}: {
  variants: ProductDetail["variants"];
  locations: ProductDetail["locations"];
}) {
  if (locations.length === 0) {
    return (
      <EmptyState
        icon={MapPin}
        className="border-t border-border py-10"
        title="No locations yet"
        description="Add your shop or warehouse under Settings → Locations to start counting stock."
      />
    );
  }
  // Archived variants only while they still hold or owe stock.
  const rows = variants.filter((v) => v.status === "ACTIVE" || v.onHand !== 0 || v.committed !== 0);
  return (
    <Table className="border-t border-border">
      <THead>
        <TR className="hover:bg-transparent">
          <TH>Variant</TH>
          {locations.map((loc) => (
            <TH key={loc.id} numeric>
              {loc.name}
              {loc.archived ? <span className="font-normal"> (archived)</span> : null}
            </TH>
          ))}
          <TH numeric>Total</TH>
        </TR>
      </THead>
      <TBody>
        {rows.map((v) => (
          <TR key={v.id} className="align-top">
            <TD>
              <div className="grid gap-0.5">
                <span className="font-medium">
                  {v.optionValues.length > 0 ? v.optionValues.join(" / ") : "Default"}
                </span>
                <span className="font-mono text-xs text-muted-foreground">{v.sku}</span>
              </div>
            </TD>
            {locations.map((loc) => (
              <TD key={loc.id} numeric>
                <StockCell cell={v.stock.find((s) => s.locationId === loc.id)!} />
              </TD>
            ))}
            <TD numeric className="font-medium">
              <StockCell cell={{ ...v, reorderPoint: 0 }} />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
