import "server-only";
import type { Scope } from "@/lib/scope";
import type { ReorderFilters } from "./list-schemas";
import {
  PURCHASE_ORDER_SEQUENCE,
  lockPurchaseOrder,
  purchaseOrderSnapshot,
} from "./purchase-orders";
import { listReorderSuggestions, type ReorderLine } from "./reorder-suggestions";
import { expectedArrival } from "./reorder-math";
import { nextSequenceValue } from "./sequence";
import { inTransaction } from "@/lib/db/in-transaction";

/**
 * Turns the current reorder suggestions into draft purchase orders: one per supplier and
 * delivery location. Suggestions are recomputed here, never taken from the client. An
 * existing draft for the same supplier and location gains the lines it lacks (lines
 * already on it keep the quantity someone may have edited), so pressing the button
 * twice changes nothing. Lines without a supplier, or with an archived one, are skipped.
 */
export async function createPurchaseOrdersFromSuggestions(
  scope: Scope,
  filters: Partial<ReorderFilters> = {},
) {
  return inTransaction(scope, async (scope) => {
    // Two people pressing the button at once must not create two drafts for one supplier.
    await scope.db
      .$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`po-drafts:${scope.orgId}`}))`;
    const groups = await listReorderSuggestions(scope, filters);
    const archived = new Set(
      (
        await scope.db.supplier.findMany({
          where: { orgId: scope.orgId, archivedAt: { not: null } },
          select: { id: true },
        })
      ).map((s) => s.id),
    );
    const byDraft = new Map<
      string,
      { supplierId: string; locationId: string; lines: ReorderLine[] }
    >();
    for (const group of groups) {
      if (!group.supplierId || archived.has(group.supplierId)) continue;
      for (const line of group.lines) {
        const key = `${group.supplierId}:${line.locationId}`;
        const entry = byDraft.get(key) ?? {
          supplierId: group.supplierId,
          locationId: line.locationId,
          lines: [],
        };
        entry.lines.push(line);
        byDraft.set(key, entry);
      }
    }

    const results = [];
    for (const { supplierId, locationId, lines } of byDraft.values()) {
      const existing = await scope.db.purchaseOrder.findFirst({
        where: { orgId: scope.orgId, supplierId, locationId, status: "DRAFT" },
        orderBy: { number: "asc" },
        select: { id: true },
      });
      const before = existing ? await lockPurchaseOrder(scope, existing.id) : null;
      const present = new Set(before?.lines.map((l) => l.variantId));
      const missing = lines.filter((l) => !present.has(l.variantId));
      if (before && missing.length === 0) continue;
      const create = missing.map((l) => ({
        orgId: scope.orgId,
        variantId: l.variantId,
        quantity: l.suggestedQty,
        unitCostMinor: l.unitCostMinor,
      }));
      const id = before
        ? (
            await scope.db.purchaseOrder.update({
              where: { id: before.id },
              data: { lines: { create } },
            })
          ).id
        : (
            await scope.db.purchaseOrder.create({
              data: {
                orgId: scope.orgId,
                number: await nextSequenceValue(scope.db, scope.orgId, PURCHASE_ORDER_SEQUENCE),
                supplierId,
                locationId,
                expectedAt: expectedArrival(
                  new Date(),
                  Math.max(...lines.map((l) => l.leadTimeDays)),
                ),
                notes: "Created from reorder suggestions.",
                lines: { create },
              },
            })
          ).id;
      const after = await lockPurchaseOrder(scope, id);
      results.push({
        purchaseOrder: after,
        created: before === null,
        addedLines: create.length,
        before: before ? purchaseOrderSnapshot(before) : null,
        after: purchaseOrderSnapshot(after),
      });
    }
    return results;
  });
}
