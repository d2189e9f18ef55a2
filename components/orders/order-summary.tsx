import { formatMoney } from "@/lib/money";

export type SummaryTotals = {
  subtotalMinor: number;
  discountMinor: number;
  totalMinor: number;
  refundedMinor?: number;
};

/** Subtotal, discounts and total (and refunds, for placed orders), right-aligned. */
export function OrderSummary({
  totals,
  currency,
  note,
}: {
  totals: SummaryTotals;
  currency: string;
  note?: string;
}) {
  const money = (minor: number) => formatMoney(minor, currency);
  const refunded = totals.refundedMinor ?? 0;
  return (
    <dl className="ml-auto grid w-full max-w-xs grid-cols-[1fr_auto] gap-x-6 gap-y-1.5 text-sm tabular-nums">
      <dt className="text-muted-foreground">Subtotal</dt>
      <dd className="text-right">{money(totals.subtotalMinor)}</dd>
      <dt className="text-muted-foreground">Discounts</dt>
      <dd className="text-right">
        {totals.discountMinor ? `−${money(totals.discountMinor)}` : money(0)}
      </dd>
      <dt className="border-t border-border pt-1.5 font-semibold">Total</dt>
      <dd className="border-t border-border pt-1.5 text-right font-semibold">
        {money(totals.totalMinor)}
      </dd>
      {refunded > 0 ? (
        <>
          <dt className="text-muted-foreground">Refunded</dt>
          <dd className="text-right text-muted-foreground">−{money(refunded)}</dd>
          <dt className="font-medium">Net</dt>
          <dd className="text-right font-medium">{money(totals.totalMinor - refunded)}</dd>
        </>
      ) : null}
      {note ? (
        <p className="col-span-2 mt-1 text-right text-xs text-muted-foreground">{note}</p>
      ) : null}
    </dl>
  );
}
