import "server-only";
import { UserError } from "@/lib/errors";
import type { Scope } from "@/lib/scope";
import { variantLabels } from "./labels";
import { applyMovements } from "./ledger";
import { requireLocation } from "./lookups";
import { auditPair, summarizeChanges } from "./movement-summary";
import type { ReceivePurchaseOrderInput } from "./purchase-order-schemas";
import { lockPurchaseOrder, purchaseOrderSnapshot } from "./purchase-orders";
import { inTransaction } from "@/lib/db/in-transaction";

/**
 * Receives some or all of what a purchase order still expects: RECEIPT movements at its
 * location referencing the order, received quantities per line, and the status
 * (partially received, or received once every line is complete). The order's row lock
 * makes two people receiving the same delivery at once unable to over-receive.
 */
export async function receivePurchaseOrder(scope: Scope, input: ReceivePurchaseOrderInput) {
  return inTransaction(scope, async (scope) => {
    const po = await lockPurchaseOrder(scope, input.purchaseOrderId);
    if (po.status === "DRAFT") {
      throw new UserError(`PO-${po.number} is still a draft. Mark it as ordered first.`, {
        code: "conflict",
      });
    }
    if (po.status !== "ORDERED" && po.status !== "PARTIALLY_RECEIVED") {
      const status = po.status === "RECEIVED" ? "fully received" : "cancelled";
      throw new UserError(`PO-${po.number} is ${status}; nothing more can be received.`, {
        code: "conflict",
      });
    }
    await requireLocation(scope, po.locationId, { receiving: true });

    const linesById = new Map(po.lines.map((l) => [l.id, l]));
    const labels = await variantLabels(
      scope,
      po.lines.map((l) => l.variantId),
    );
    // Field messages sit next to their line; the overall message names the product.
    const fieldErrors: Record<string, string[]> = {};
    const problems: string[] = [];
    const seen = new Set<string>();
    input.lines.forEach((entry, i) => {
      const line = linesById.get(entry.lineId);
      if (!line || seen.has(entry.lineId)) {
        fieldErrors[`lines.${i}.lineId`] = ["This line is not on the purchase order."];
        problems.push("A line is not on the purchase order.");
        return;
      }
      seen.add(entry.lineId);
      const open = line.quantity - line.receivedQty;
      if (entry.quantity > open) {
        const label = labels.get(line.variantId);
        fieldErrors[`lines.${i}.quantity`] = [
          open === 0 ? "Already fully received." : `Only ${open} still expected.`,
        ];
        problems.push(
          open === 0
            ? `${label} is already fully received.`
            : `Only ${open} of ${label} still expected.`,
        );
      }
    });
    if (problems.length > 0) {
      throw new UserError(problems.length === 1 ? problems[0]! : "Some lines cannot be received.", {
        code: "conflict",
        fieldErrors,
      });
    }

    const receiving = input.lines.filter((e) => e.quantity > 0);
    for (const entry of receiving) {
      await scope.db.purchaseOrderLine.update({
        where: { id: entry.lineId },
        data: { receivedQty: { increment: entry.quantity } },
      });
    }
    const movements = receiving.map((entry) => ({
      variantId: linesById.get(entry.lineId)!.variantId,
      locationId: po.locationId,
      type: "RECEIPT" as const,
      quantity: entry.quantity,
      note: input.note || undefined,
      reference: { type: "purchase_order", id: po.id },
    }));
    const changes = summarizeChanges(movements, await applyMovements(scope, movements));

    const received = new Map(receiving.map((e) => [e.lineId, e.quantity]));
    const complete = po.lines.every((l) => l.receivedQty + (received.get(l.id) ?? 0) >= l.quantity);
    await scope.db.purchaseOrder.update({
      where: { id: po.id },
      data: complete
        ? { status: "RECEIVED", receivedAt: new Date() }
        : { status: "PARTIALLY_RECEIVED" },
    });
    const after = await lockPurchaseOrder(scope, po.id);
    const stock = auditPair(changes);
    return {
      purchaseOrder: after,
      changes,
      before: { ...purchaseOrderSnapshot(po), stock: stock.before.levels },
      after: { ...purchaseOrderSnapshot(after), stock: stock.after.levels },
    };
  });
}
