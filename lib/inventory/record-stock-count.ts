import "server-only";
import { randomUUID } from "node:crypto";
import type { Scope } from "@/lib/scope";
import { applyMovements } from "./ledger";
import { levelKey, lockLevels } from "./levels";
import { requireLocation } from "./lookups";
import { auditPair, summarizeChanges } from "./movement-summary";
import type { StockCountInput } from "./schemas";
import { inTransaction } from "@/lib/db/in-transaction";

/**
 * Records a stock count at one location: for each counted variant a COUNT movement of
 * (counted − what the books said at `countedAt`). Stock that moved after the shelf was
 * counted (a sale while the sheet was being typed in, a receipt) is kept, not undone:
 * the expected quantity is on-hand now minus every movement since the count. Lines that
 * match the books write nothing.
 */
export async function recordStockCount(
  scope: Scope,
  input: StockCountInput,
  /** What the movements point back to; a count of its own unless it came from e.g. an import. */
  options: { reference?: { type: string; id: string } } = {},
) {
  return inTransaction(scope, async (scope) => {
    await requireLocation(scope, input.locationId);
    const keys = input.lines.map((l) => ({ variantId: l.variantId, locationId: input.locationId }));
    const levels = await lockLevels(scope.db, scope.orgId, keys);
    const countId = randomUUID();
    const since = await scope.db.stockMovement.groupBy({
      by: ["variantId"],
      where: {
        orgId: scope.orgId,
        locationId: input.locationId,
        variantId: { in: input.lines.map((l) => l.variantId) },
        createdAt: { gt: input.countedAt },
      },
      _sum: { quantity: true },
    });
    const movedSince = new Map(since.map((m) => [m.variantId, m._sum.quantity ?? 0]));
    const lines = input.lines.map((line) => {
      const level = levels.get(levelKey({ ...line, locationId: input.locationId }))!;
      const onHand = level.onHand - (movedSince.get(line.variantId) ?? 0);
      return {
        variantId: line.variantId,
        counted: line.counted,
        onHand,
        difference: line.counted - onHand,
      };
    });
    const movements = lines
      .filter((l) => l.difference !== 0)
      .map((l) => ({
        variantId: l.variantId,
        locationId: input.locationId,
        type: "COUNT" as const,
        quantity: l.difference,
        reason: "count",
        note: [`Counted ${l.counted}, expected ${l.onHand}`, input.note].filter(Boolean).join(". "),
        reference: options.reference ?? { type: "count", id: countId },
      }));
    const changes = summarizeChanges(movements, await applyMovements(scope, movements));
    const summary = {
      countId,
      countedAt: input.countedAt.toISOString(),
      counted: lines.length,
      changed: movements.length,
    };
    return { ...summary, lines, changes, ...auditPair(changes, summary) };
  });
}
