import { formatMargin } from "@/components/catalog/money";
import { AvailableQuantity, formatCount } from "@/components/catalog/quantities";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ProductDetail } from "@/lib/catalog/product-detail";
import { formatMoney } from "@/lib/money";

export function VariantsTable({
  variants,
  optionNames,
  currency,
  showStock,
}: {
  variants: ProductDetail["variants"];
  optionNames: string[];
  currency: string;
  /** Stock columns belong to inventory.view; they carry its marker like a gated section. */
  showStock: boolean;
}) {
  return (
    <Table>
      <THead>
        <TR className="hover:bg-transparent">
          <TH>{optionNames.length > 0 ? optionNames.join(" / ") : "Variant"}</TH>
          <TH>SKU</TH>
          <TH>Barcode</TH>
          <TH numeric>Price</TH>
          <TH numeric>Cost</TH>
          <TH numeric>Margin</TH>
          {showStock ? (
            <>
              <TH numeric data-requires="inventory.view">
                On hand
              </TH>
              <TH numeric data-requires="inventory.view">
                Committed
              </TH>
              <TH numeric data-requires="inventory.view">
                Available
              </TH>
            </>
          ) : null}
        </TR>
      </THead>
      <TBody>
        {variants.map((v) => {
          const archived = v.status === "ARCHIVED";
          return (
            <TR key={v.id} className={archived ? "text-muted-foreground" : undefined}>
              <TD>
                <span className="flex items-center gap-2">
                  <span className={archived ? undefined : "font-medium"}>
                    {v.optionValues.length > 0 ? v.optionValues.join(" / ") : "Default"}
                  </span>
                  {archived ? <Badge>Archived</Badge> : null}
                </span>
              </TD>
              <TD className="font-mono text-xs">{v.sku}</TD>
              <TD className="font-mono text-xs text-muted-foreground">{v.barcode ?? "—"}</TD>
              <TD numeric>{formatMoney(v.priceMinor, currency)}</TD>
              <TD numeric className="text-muted-foreground">
                {formatMoney(v.costMinor, currency)}
              </TD>
              <TD numeric className="text-muted-foreground">
                {formatMargin(v.priceMinor, v.costMinor)}
              </TD>
              {showStock ? (
                <>
                  <TD numeric>{formatCount(v.onHand)}</TD>
                  <TD numeric className="text-muted-foreground">
                    {formatCount(v.committed)}
                  </TD>
                  <TD numeric>
                    <AvailableQuantity value={v.available} />
                  </TD>
                </>
              ) : null}
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
