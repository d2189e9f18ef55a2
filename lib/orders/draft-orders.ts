import "server-only";
import { refreshCustomerStats } from "@/lib/customers/customer-stats";
import { formatMoney } from "@/lib/money";
import type { Scope } from "@/lib/scope";
import { nextSequenceValue } from "@/lib/inventory/sequence";
import { changeOf, lockOrder, recordOrderEvent, type OrderChange } from "./order-record";
import { lineRows, prepareOrder, totalColumns, type PreparedOrder } from "./prepare-order";
import type { OrderDraftInput } from "./schemas";
import { assertTransition } from "./state-machine";
import { inTransaction } from "@/lib/db/in-transaction";

function draftMessage(prepared: PreparedOrder) {
  const units = prepared.lines.reduce((sum, l) => sum + l.quantity, 0);
  return `${units} unit${units === 1 ? "" : "s"}, ${formatMoney(prepared.totalMinor, prepared.currency)}; no stock reserved yet.`;
}

/**
 * Saves an order as a draft: priced and numbered, but holding no stock until it is placed.
 * Drafts are quotes and orders being put together; they do not count in customer history.
 */
export async function createDraftOrder(scope: Scope, input: OrderDraftInput): Promise<OrderChange> {
  return inTransaction(scope, async (tx) => {
    const { db, orgId } = tx;
    const prepared = await prepareOrder(db, orgId, input);
    const order = await db.order.create({
      data: {
        orgId,
        number: await nextSequenceValue(db, orgId, "order"),
        customerId: prepared.customerId,
        locationId: prepared.location.id,
        channel: input.channel,
        notes: input.notes,
        currency: prepared.currency,
        status: "DRAFT",
        ...totalColumns(prepared),
        lines: { create: lineRows(orgId, prepared) },
      },
    });
    await recordOrderEvent(tx, order.id, {
      type: "created",
      to: "DRAFT",
      message: draftMessage(prepared),
      data: { orderDiscountMinor: prepared.orderDiscountMinor },
    });
    await refreshCustomerStats(db, orgId, prepared.customerId);
    return changeOf(db, orgId, null, order.id);
  });
}

/**
 * Replaces a draft's details and lines. Lines are priced again from the catalog; a line's
 * stored discount already includes its share of any order discount, so re-saving a draft
 * without changes keeps its totals.
 */
export async function updateDraftOrder(
  scope: Scope,
  orderId: string,
  input: OrderDraftInput,
): Promise<OrderChange> {
  return inTransaction(scope, async (tx) => {
    const { db, orgId } = tx;
    const before = await lockOrder(db, orgId, orderId);
    assertTransition(before.status, "edit");
    const prepared = await prepareOrder(db, orgId, input);
    await db.orderLine.deleteMany({ where: { orderId: before.id, orgId } });
    await db.order.update({
      where: { id: before.id },
      data: {
        customerId: prepared.customerId,
        locationId: prepared.location.id,
        channel: input.channel,
        notes: input.notes,
        ...totalColumns(prepared),
        lines: { create: lineRows(orgId, prepared) },
      },
    });
    await recordOrderEvent(tx, before.id, {
      type: "updated",
      from: "DRAFT",
      to: "DRAFT",
      message: draftMessage(prepared),
      data: { orderDiscountMinor: prepared.orderDiscountMinor },
    });
    // Drafts do not count, but a draft moved between customers is cheap to be certain about.
    await refreshCustomerStats(db, orgId, before.customerId);
    if (prepared.customerId !== before.customerId) {
      await refreshCustomerStats(db, orgId, prepared.customerId);
    }
    return changeOf(db, orgId, before, before.id);
  });
}
