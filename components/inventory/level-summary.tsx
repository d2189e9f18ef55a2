import { formatQty } from "./format";

export interface LevelSummaryProps {
  productName: string;
  optionValues: string[];
  sku: string;
  locationName: string;
  onHand: number;
  committed: number;
}

/** What a stock dialog acts on, and the numbers before the change. */
export function LevelSummary(props: LevelSummaryProps) {
  const available = props.onHand - props.committed;
  const stats = [
    ["On hand", props.onHand],
    ["Committed", props.committed],
    ["Available", available],
  ] as const;
  return (
    <div className="mb-5 rounded-lg border border-border bg-muted/40 px-4 py-3">
      <p className="text-sm font-medium">
        {props.productName}
        {props.optionValues.length ? (
          <span className="text-muted-foreground"> — {props.optionValues.join(" / ")}</span>
        ) : null}
      </p>
      <p className="text-xs text-muted-foreground">
        <span className="font-mono">{props.sku}</span> at {props.locationName}
      </p>
      <dl className="mt-3 grid grid-cols-3 gap-3">
        {stats.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-muted-foreground">{label}</dt>
            <dd className="text-base font-semibold tabular-nums">{formatQty(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
