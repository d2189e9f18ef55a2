import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatMoney } from "@/lib/money";
import type { OrderDetail } from "@/lib/orders/order-detail";

/** The order's lines: what was sold, at what price, and what came back. */
export function OrderLinesTable({ order, waiting }: { order: OrderDetail; waiting: boolean }) {
  const money = (minor: number) => formatMoney(minor, order.currency);
  const returned = order.lines.some((l) => l.returnedQty > 0);
  return (
    <Table>
      <THead>
        <TR className="hover:bg-transparent">
          <TH>Product</TH>
          <TH numeric>Qty</TH>
          {returned ? <TH numeric>Returned</TH> : null}
          <TH numeric>Unit price</TH>
          <TH numeric>Discount</TH>
          <TH numeric>Total</TH>
        </TR>
      </THead>
      <TBody>
        {order.lines.map((line) => (
          <TR key={line.id}>
            {/* Long names wrap, so the money columns always fit the card. */}
            <TD wrap>
              <div className="grid gap-0.5">
                <Link
                  href={`/products/${line.productId}`}
                  className="font-medium hover:text-accent-soft-foreground hover:underline"
                >
                  {line.productName}
                  {line.optionValues.length ? ` — ${line.optionValues.join(" / ")}` : ""}
                </Link>
                <span className="flex items-center gap-2 text-xs text-muted-foreground">
                  <span className="font-mono">{line.sku}</span>
                  {waiting && line.backorderedQty > 0 ? (
                    <Badge tone="warning">{line.backorderedQty} on backorder</Badge>
                  ) : null}
                </span>
              </div>
            </TD>
            <TD numeric>{line.quantity}</TD>
            {returned ? (
              <TD numeric className={line.returnedQty ? undefined : "text-muted-foreground"}>
                {line.returnedQty}
              </TD>
            ) : null}
            <TD numeric>{money(line.unitPriceMinor)}</TD>
            <TD numeric className="text-muted-foreground">
              {line.discountMinor ? `−${money(line.discountMinor)}` : "—"}
            </TD>
            <TD numeric className="font-medium">
              {money(line.totalMinor)}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
