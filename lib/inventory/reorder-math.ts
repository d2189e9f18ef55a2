/**
 * The reorder rule, kept pure so it is easy to test and to reuse for forecasts later.
 *
 * A level needs reordering when what it can still sell plus what is already on its way
 * has fallen to the reorder point: available + onOrder ≤ reorderPoint. The suggestion
 * then brings it back above the point with the safety stock on top, and never orders
 * less than the usual reorder quantity (a supplier's case size, a minimum order):
 *
 *   suggested = max(reorderQty, reorderPoint + safetyStock − (available + onOrder))
 */
export type ReorderInput = {
  onHand: number;
  committed: number;
  /** Ordered from suppliers and not yet received. */
  onOrder: number;
  reorderPoint: number;
  reorderQty: number;
  safetyStock: number;
};

/** Units to order, or 0 when the level does not need reordering. */
export function suggestedReorderQty(level: ReorderInput): number {
  const position = level.onHand - level.committed + level.onOrder;
  if (position > level.reorderPoint) return 0;
  const shortfall = level.reorderPoint + level.safetyStock - position;
  return Math.max(level.reorderQty, shortfall, 0);
}

/**
 * The day an order placed today should arrive: a date without a time (midnight UTC),
 * like the expected date a person picks on a purchase order.
 */
export function expectedArrival(today: Date, leadTimeDays: number) {
  return new Date(
    Date.UTC(
      today.getUTCFullYear(),
      today.getUTCMonth(),
      today.getUTCDate() + Math.max(Math.round(leadTimeDays), 0),
    ),
  );
}

/**
 * Groups suggestion lines by supplier: named suppliers alphabetically, lines without a
 * supplier last (they cannot become a purchase order until one is set).
 */
export function groupBySupplier<
  L extends {
    supplierId: string | null;
    supplierName: string | null;
    suggestedQty: number;
    unitCostMinor: number;
  },
>(lines: L[]) {
  const groups = new Map<
    string,
    { supplierId: string | null; supplierName: string | null; lines: L[] }
  >();
  for (const line of lines) {
    const key = line.supplierId ?? "";
    let group = groups.get(key);
    if (!group) {
      group = { supplierId: line.supplierId, supplierName: line.supplierName, lines: [] };
      groups.set(key, group);
    }
    group.lines.push(line);
  }
  return [...groups.values()]
    .sort((a, b) =>
      a.supplierId === null
        ? 1
        : b.supplierId === null
          ? -1
          : a.supplierName!.localeCompare(b.supplierName!),
    )
    .map((g) => ({
      ...g,
      totalQty: g.lines.reduce((sum, l) => sum + l.suggestedQty, 0),
      totalCostMinor: g.lines.reduce((sum, l) => sum + l.suggestedQty * l.unitCostMinor, 0),
    }));
}
