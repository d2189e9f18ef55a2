import "server-only";
import { refreshCustomerStats } from "@/lib/customers/customer-stats";
import { reserveStock, ShortageError } from "@/lib/inventory/reservations";
import { formatMoney } from "@/lib/money";
import type { Scope } from "@/lib/scope";
import { nextSequenceValue } from "@/lib/inventory/sequence";
import { changeOf, lockOrder, recordOrderEvent, type OrderChange } from "./order-record";
import { lineRows, prepareOrder, totalColumns, type PreparedOrder } from "./prepare-order";
import type { OrderDraftInput } from "./schemas";
import { assertTransition } from "./state-machine";
import { inTransaction } from "@/lib/db/in-transaction";
import { applySalesToRollups } from "@/lib/analytics/rollups";

export type Backorder = { variantId: string; label: string; quantity: number };
export type PlacedOrder = OrderChange & { backorders: Backorder[] };

/**
 * Commits stock for prepared lines at their location. All lines or none: when a line of a
 * product without backorders is short, the ShortageError is thrown with its `shortages` and,
 * for forms, a field error on each short line's quantity (`lines.<i>.quantity`).
 */
async function reserve(scope: Scope, prepared: PreparedOrder): Promise<number[]> {
  try {
    return await reserveStock(
      scope,
      prepared.location.id,
      prepared.lines.map((l) => ({
        variantId: l.variantId,
        quantity: l.quantity,
        allowBackorder: l.allowBackorder,
        label: l.label,
      })),
    );
  } catch (error) {
    if (error instanceof ShortageError) {
      const fieldErrors: Record<string, string[]> = {};
      for (const s of error.shortages) {
        const i = prepared.lines.findIndex((l) => l.variantId === s.variantId);
        fieldErrors[`lines.${i}.quantity`] = [
          s.available === 0
            ? `None available at ${prepared.location.name}.`
            : `Only ${s.available} available at ${prepared.location.name}.`,
        ];
      }
      error.options.fieldErrors = fieldErrors;
    }
    throw error;
  }
}

function backordersOf(prepared: PreparedOrder, backordered: number[]): Backorder[] {
  return prepared.lines
    .map((l, i) => ({ variantId: l.variantId, label: l.label, quantity: backordered[i] ?? 0 }))
    .filter((b) => b.quantity > 0);
}

function placedMessage(prepared: PreparedOrder, backorders: Backorder[]) {
  const units = prepared.lines.reduce((sum, l) => sum + l.quantity, 0);
  const worth = `${units} unit${units === 1 ? "" : "s"}, ${formatMoney(prepared.totalMinor, prepared.currency)}`;
  if (backorders.length === 0) return `${worth}; stock reserved at ${prepared.location.name}.`;
  const short = backorders.reduce((sum, b) => sum + b.quantity, 0);
  return `${worth}; stock reserved at ${prepared.location.name}, ${short} on backorder: ${backorders
    .map((b) => `${b.label} ×${b.quantity}`)
    .join(", ")}.`;
}

/**
 * Places a draft: prices it again from the catalog (price and cost at the time of sale),
 * reserves its stock, and moves it to PLACED. Refused with the short lines when stock does
 * not cover a product that takes no backorders.
 */
export async function placeOrder(scope: Scope, orderId: string): Promise<PlacedOrder> {
  return inTransaction(scope, async (tx) => {
    const { db, orgId } = tx;
    const before = await lockOrder(db, orgId, orderId);
    const to = assertTransition(before.status, "place");
    const prepared = await prepareOrder(db, orgId, {
      locationId: before.locationId,
      customerId: before.customerId,
      discount: 0,
      lines: before.lines.map((l) => ({
        variantId: l.variantId,
        quantity: l.quantity,
        discount: l.discountMinor,
      })),
    });
    const backordered = await reserve(tx, prepared);
    const rows = lineRows(orgId, prepared, backordered);
    for (const [i, line] of before.lines.entries()) {
      const { orgId: _org, variantId: _variant, ...columns } = rows[i]!;
      await db.orderLine.update({ where: { id: line.id }, data: columns });
    }
    await db.order.update({
      where: { id: before.id },
      data: { status: to, placedAt: new Date(), ...totalColumns(prepared) },
    });
    await applySalesToRollups(db, orgId, { orderIds: [before.id] }, 1);
    const backorders = backordersOf(prepared, backordered);
    const repriced = prepared.totalMinor !== before.totalMinor;
    await recordOrderEvent(tx, before.id, {
      type: "placed",
      from: before.status,
      to,
      message: placedMessage(prepared, backorders),
      data: {
        backorders,
        ...(repriced
          ? { draftTotalMinor: before.totalMinor, totalMinor: prepared.totalMinor }
          : {}),
      },
    });
    await refreshCustomerStats(db, orgId, before.customerId);
    return { ...(await changeOf(db, orgId, before, before.id)), backorders };
  });
}

/**
 * Creates an order and places it in one transaction: what the "Create order" button does.
 * Stock is reserved before the order number is taken, so concurrent checkouts contend on the
 * stock levels they share rather than on the counter, and a refused order uses no number.
 */
export async function createAndPlaceOrder(
  scope: Scope,
  input: OrderDraftInput,
): Promise<PlacedOrder> {
  return inTransaction(scope, async (tx) => {
    const { db, orgId } = tx;
    const prepared = await prepareOrder(db, orgId, input);
    const backordered = await reserve(tx, prepared);
    const order = await db.order.create({
      data: {
        orgId,
        number: await nextSequenceValue(db, orgId, "order"),
        customerId: prepared.customerId,
        locationId: prepared.location.id,
        channel: input.channel,
        notes: input.notes,
        currency: prepared.currency,
        status: "PLACED",
        placedAt: new Date(),
        ...totalColumns(prepared),
        lines: { create: lineRows(orgId, prepared, backordered) },
      },
    });
    await applySalesToRollups(db, orgId, { orderIds: [order.id] }, 1);
    const backorders = backordersOf(prepared, backordered);
    await recordOrderEvent(tx, order.id, {
      type: "placed",
      from: null,
      to: "PLACED",
      message: placedMessage(prepared, backorders),
      data: { backorders, orderDiscountMinor: prepared.orderDiscountMinor },
    });
    await refreshCustomerStats(db, orgId, prepared.customerId);
    return { ...(await changeOf(db, orgId, null, order.id)), backorders };
  });
}
