import "server-only";
import type { PurchaseOrderStatus } from "@/lib/generated/prisma/enums";
import { UserError, notFound } from "@/lib/errors";
import type { ReadScope, Scope } from "@/lib/scope";
import { requireLocation } from "./lookups";
import type { PurchaseOrderInput } from "./purchase-order-schemas";
import { expectedArrival } from "./reorder-math";
import { nextSequenceValue } from "./sequence";
import { inTransaction } from "@/lib/db/in-transaction";

export const PURCHASE_ORDER_SEQUENCE = "purchase_order";

/**
 * Loads a purchase order with its lines, locking its row until the transaction ends so
 * transitions (order, receive, cancel, edit) of one order happen one at a time.
 */
export async function lockPurchaseOrder({ db, orgId }: ReadScope, purchaseOrderId: string) {
  const locked = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "PurchaseOrder" WHERE "id" = ${purchaseOrderId} AND "orgId" = ${orgId} FOR UPDATE`;
  if (locked.length === 0) throw notFound("Purchase order");
  return db.purchaseOrder.findUniqueOrThrow({
    where: { id: purchaseOrderId },
    include: { lines: { orderBy: { id: "asc" } } },
  });
}

type LockedPurchaseOrder = Awaited<ReturnType<typeof lockPurchaseOrder>>;

/** The audit shape of a purchase order: header and lines, without timestamps that always change. */
export function purchaseOrderSnapshot(po: LockedPurchaseOrder) {
  return {
    number: po.number,
    status: po.status,
    supplierId: po.supplierId,
    locationId: po.locationId,
    expectedAt: po.expectedAt,
    notes: po.notes,
    lines: po.lines.map((l) => ({
      variantId: l.variantId,
      quantity: l.quantity,
      receivedQty: l.receivedQty,
      unitCostMinor: l.unitCostMinor,
    })),
  };
}

function assertStatus(po: LockedPurchaseOrder, allowed: PurchaseOrderStatus[], doing: string) {
  if (allowed.includes(po.status)) return;
  const status = po.status.toLowerCase().replace("_", " ");
  throw new UserError(`PO-${po.number} is ${status}, so it cannot be ${doing}.`, {
    code: "conflict",
  });
}

/**
 * Refuses suppliers, locations and variants of another organisation, archived locations,
 * and archived suppliers unless the draft already had that supplier.
 */
async function checkReferences(
  scope: ReadScope,
  input: PurchaseOrderInput,
  currentSupplierId?: string,
) {
  const supplier = await scope.db.supplier.findFirst({
    where: { id: input.supplierId, orgId: scope.orgId },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!supplier) throw notFound("Supplier");
  if (supplier.archivedAt && supplier.id !== currentSupplierId) {
    const message = `${supplier.name} is archived. Restore the supplier to order from them again.`;
    throw new UserError(message, { fieldErrors: { supplierId: [message] } });
  }
  await requireLocation(scope, input.locationId, { receiving: true, field: "locationId" });
  const variantIds = input.lines.map((l) => l.variantId);
  const found = await scope.db.variant.count({
    where: { orgId: scope.orgId, id: { in: variantIds } },
  });
  if (found !== new Set(variantIds).size) throw notFound("Variant");
}

function lineData(orgId: string, input: PurchaseOrderInput) {
  return input.lines.map((l) => ({
    orgId,
    variantId: l.variantId,
    quantity: l.quantity,
    unitCostMinor: l.unitCost,
  }));
}

/** A new draft purchase order, numbered PO-1, PO-2 … per organisation. */
export async function createPurchaseOrder(scope: Scope, input: PurchaseOrderInput) {
  return inTransaction(scope, async (scope) => {
    await checkReferences(scope, input);
    const number = await nextSequenceValue(scope.db, scope.orgId, PURCHASE_ORDER_SEQUENCE);
    const created = await scope.db.purchaseOrder.create({
      data: {
        orgId: scope.orgId,
        number,
        supplierId: input.supplierId,
        locationId: input.locationId,
        expectedAt: input.expectedAt,
        notes: input.notes,
        lines: { create: lineData(scope.orgId, input) },
      },
    });
    const after = await lockPurchaseOrder(scope, created.id);
    return { purchaseOrder: after, after: purchaseOrderSnapshot(after) };
  });
}

/** Replaces a draft's header and lines; orders already sent to the supplier are not edited. */
export async function updatePurchaseOrder(
  scope: Scope,
  purchaseOrderId: string,
  input: PurchaseOrderInput,
) {
  return inTransaction(scope, async (scope) => {
    const before = await lockPurchaseOrder(scope, purchaseOrderId);
    assertStatus(before, ["DRAFT"], "edited");
    await checkReferences(scope, input, before.supplierId);
    await scope.db.purchaseOrderLine.deleteMany({ where: { purchaseOrderId: before.id } });
    await scope.db.purchaseOrder.update({
      where: { id: before.id },
      data: {
        supplierId: input.supplierId,
        locationId: input.locationId,
        expectedAt: input.expectedAt,
        notes: input.notes,
        lines: { create: lineData(scope.orgId, input) },
      },
    });
    const after = await lockPurchaseOrder(scope, before.id);
    return {
      purchaseOrder: after,
      before: purchaseOrderSnapshot(before),
      after: purchaseOrderSnapshot(after),
    };
  });
}

/** Marks a draft as sent to the supplier: its open quantities now count as on order. */
export async function markPurchaseOrderOrdered(scope: Scope, purchaseOrderId: string) {
  return inTransaction(scope, async (scope) => {
    const before = await lockPurchaseOrder(scope, purchaseOrderId);
    assertStatus(before, ["DRAFT"], "marked as ordered");
    if (before.lines.length === 0) throw new UserError("Add at least one line before ordering.");
    const now = new Date();
    let expectedAt = before.expectedAt;
    if (!expectedAt) {
      const supplier = await scope.db.supplier.findUniqueOrThrow({
        where: { id: before.supplierId },
        select: { leadTimeDays: true },
      });
      expectedAt = expectedArrival(now, supplier.leadTimeDays);
    }
    await scope.db.purchaseOrder.update({
      where: { id: before.id },
      data: { status: "ORDERED", orderedAt: now, expectedAt },
    });
    const after = await lockPurchaseOrder(scope, before.id);
    return {
      purchaseOrder: after,
      before: purchaseOrderSnapshot(before),
      after: purchaseOrderSnapshot(after),
    };
  });
}

/**
 * Cancels a purchase order. A partly received one keeps what arrived; only the rest is
 * no longer expected (and stops counting as on order).
 */
export async function cancelPurchaseOrder(scope: Scope, purchaseOrderId: string) {
  return inTransaction(scope, async (scope) => {
    const before = await lockPurchaseOrder(scope, purchaseOrderId);
    assertStatus(before, ["DRAFT", "ORDERED", "PARTIALLY_RECEIVED"], "cancelled");
    await scope.db.purchaseOrder.update({
      where: { id: before.id },
      data: { status: "CANCELLED" },
    });
    const after = await lockPurchaseOrder(scope, before.id);
    return {
      purchaseOrder: after,
      before: purchaseOrderSnapshot(before),
      after: purchaseOrderSnapshot(after),
    };
  });
}
