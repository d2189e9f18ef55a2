import "server-only";
import { randomUUID } from "node:crypto";
import { UserError } from "@/lib/errors";
import type { Scope } from "@/lib/scope";
import { variantLabels } from "./labels";
import { applyMovements, type Movement } from "./ledger";
import { available, levelKey, lockLevels, type LockedLevel } from "./levels";
import { requireLocation } from "./lookups";
import { auditPair, summarizeChanges } from "./movement-summary";
import type { AdjustStockInput, ReceiveStockInput, TransferStockInput } from "./schemas";
import { inTransaction } from "@/lib/db/in-transaction";

/**
 * Refuses taking out more than is free (on hand minus what orders reserved), naming the
 * variant and pointing at the form field, before the ledger's own generic refusal.
 */
function assertCanTakeOut(level: LockedLevel, quantity: number, label: string, field: string) {
  if (quantity <= level.onHand && quantity <= available(level)) return;
  const free = Math.max(available(level), 0);
  const reason =
    level.committed > 0 && quantity <= level.onHand
      ? `${level.committed} of the ${level.onHand} on hand are reserved by orders, so at most ${free} can be taken out.`
      : `only ${level.onHand} on hand, so ${quantity} cannot be taken out.`;
  const sentence = reason.charAt(0).toUpperCase() + reason.slice(1);
  throw new UserError(`${label}: ${reason}`, {
    code: "conflict",
    fieldErrors: { [field]: [sentence] },
  });
}

async function apply(scope: Scope, movements: Movement[]) {
  const changed = await applyMovements(scope, movements);
  return summarizeChanges(movements, changed);
}

/** A signed correction of one level with a reason (damaged, lost, found …). */
export async function adjustStock(scope: Scope, input: AdjustStockInput) {
  return inTransaction(scope, async (scope) => {
    await requireLocation(scope, input.locationId);
    const levels = await lockLevels(scope.db, scope.orgId, [input]);
    if (input.quantity < 0) {
      const labels = await variantLabels(scope, [input.variantId]);
      const level = levels.get(levelKey(input))!;
      assertCanTakeOut(level, -input.quantity, labels.get(input.variantId)!, "quantity");
    }
    const changes = await apply(scope, [
      {
        variantId: input.variantId,
        locationId: input.locationId,
        type: "ADJUSTMENT",
        quantity: input.quantity,
        reason: input.reason,
        note: input.note || undefined,
      },
    ]);
    return { changes, ...auditPair(changes, { reason: input.reason, note: input.note }) };
  });
}

/** Stock arriving without a purchase order (a delivery, a return to a supplier reversed …). */
export async function receiveStock(scope: Scope, input: ReceiveStockInput) {
  return inTransaction(scope, async (scope) => {
    await requireLocation(scope, input.locationId, { receiving: true, field: "locationId" });
    const changes = await apply(
      scope,
      input.lines.map((line) => ({
        variantId: line.variantId,
        locationId: input.locationId,
        type: "RECEIPT" as const,
        quantity: line.quantity,
        note: input.note || undefined,
      })),
    );
    return { changes, ...auditPair(changes, { note: input.note }) };
  });
}

/**
 * Moves stock between two locations: a TRANSFER_OUT and a TRANSFER_IN per line sharing
 * one reference id, in one transaction, so stock is never in both places or neither.
 */
export async function transferStock(scope: Scope, input: TransferStockInput) {
  return inTransaction(scope, async (scope) => {
    await requireLocation(scope, input.fromLocationId);
    await requireLocation(scope, input.toLocationId, { receiving: true, field: "toLocationId" });
    const reference = { type: "transfer", id: randomUUID() };
    const levels = await lockLevels(scope.db, scope.orgId, [
      ...input.lines.map((l) => ({ variantId: l.variantId, locationId: input.fromLocationId })),
      ...input.lines.map((l) => ({ variantId: l.variantId, locationId: input.toLocationId })),
    ]);
    const labels = await variantLabels(
      scope,
      input.lines.map((l) => l.variantId),
    );
    input.lines.forEach((line, i) => {
      const level = levels.get(levelKey({ ...line, locationId: input.fromLocationId }))!;
      assertCanTakeOut(level, line.quantity, labels.get(line.variantId)!, `lines.${i}.quantity`);
    });
    const note = input.note || undefined;
    const changes = await apply(scope, [
      ...input.lines.map((l) => ({
        variantId: l.variantId,
        locationId: input.fromLocationId,
        type: "TRANSFER_OUT" as const,
        quantity: -l.quantity,
        note,
        reference,
      })),
      ...input.lines.map((l) => ({
        variantId: l.variantId,
        locationId: input.toLocationId,
        type: "TRANSFER_IN" as const,
        quantity: l.quantity,
        note,
        reference,
      })),
    ]);
    return {
      transferId: reference.id,
      changes,
      ...auditPair(changes, { transferId: reference.id }),
    };
  });
}
