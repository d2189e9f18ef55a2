import "server-only";
import { refreshCustomerStats } from "@/lib/customers/customer-stats";
import { shipReservedStock } from "@/lib/inventory/reservations";
import type { Scope } from "@/lib/scope";
import { changeOf, lineLabel, lockOrder, recordOrderEvent, type OrderChange } from "./order-record";
import { assertTransition } from "./state-machine";
import { inTransaction } from "@/lib/db/in-transaction";

export type FulfilInput = { carrier?: string; trackingNumber?: string; trackingUrl?: string };

/**
 * Ships the whole order from its location: on-hand and committed both drop through SALE
 * movements referencing the order, and the carrier and tracking details are kept.
 */
export async function fulfilOrder(
  scope: Scope,
  orderId: string,
  input: FulfilInput = {},
): Promise<OrderChange> {
  return inTransaction(scope, async (tx) => {
    const { db, orgId } = tx;
    const before = await lockOrder(db, orgId, orderId);
    const to = assertTransition(before.status, "fulfil");
    await shipReservedStock(
      tx,
      before.locationId,
      before.lines.map((l) => ({
        variantId: l.variantId,
        quantity: l.quantity,
        backorderedQty: l.backorderedQty,
        label: lineLabel(l),
      })),
      { type: "order", id: before.id },
    );
    await db.order.update({
      where: { id: before.id },
      data: {
        status: to,
        fulfilledAt: new Date(),
        carrier: input.carrier ?? null,
        trackingNumber: input.trackingNumber ?? null,
        trackingUrl: input.trackingUrl ?? null,
      },
    });
    const via = input.carrier
      ? `Shipped via ${input.carrier}${input.trackingNumber ? `, tracking ${input.trackingNumber}` : ""}.`
      : `Handed over without a carrier${input.trackingNumber ? `, tracking ${input.trackingNumber}` : ""}.`;
    await recordOrderEvent(tx, before.id, {
      type: "fulfilled",
      from: before.status,
      to,
      message: via,
      data: {
        carrier: input.carrier ?? null,
        trackingNumber: input.trackingNumber ?? null,
        trackingUrl: input.trackingUrl ?? null,
      },
    });
    await refreshCustomerStats(db, orgId, before.customerId);
    return changeOf(db, orgId, before, before.id);
  });
}

/** The customer has the goods. */
export async function markDelivered(scope: Scope, orderId: string): Promise<OrderChange> {
  return inTransaction(scope, async (tx) => {
    const { db, orgId } = tx;
    const before = await lockOrder(db, orgId, orderId);
    const to = assertTransition(before.status, "deliver");
    await db.order.update({
      where: { id: before.id },
      data: { status: to, deliveredAt: new Date() },
    });
    await recordOrderEvent(tx, before.id, {
      type: "delivered",
      from: before.status,
      to,
      message: "",
    });
    await refreshCustomerStats(db, orgId, before.customerId);
    return changeOf(db, orgId, before, before.id);
  });
}
