import "server-only";
import { refreshCustomerStats } from "@/lib/customers/customer-stats";
import { releaseStock } from "@/lib/inventory/reservations";
import type { Scope } from "@/lib/scope";
import { changeOf, lockOrder, recordOrderEvent, type OrderChange } from "./order-record";
import { applyRefund } from "./refund-order";
import { assertTransition, refundable, stockEffect } from "./state-machine";
import { inTransaction } from "@/lib/db/in-transaction";
import { applySalesToRollups } from "@/lib/analytics/rollups";

/**
 * Cancels an order that has not left the building (draft, placed or paid), giving back the
 * stock a placed order reserved. A paid order keeps its payment unless `refund` is set, in
 * which case everything still refundable is refunded in the same transaction.
 */
export async function cancelOrder(
  scope: Scope,
  orderId: string,
  input: { reason?: string; refund?: boolean } = {},
): Promise<OrderChange> {
  return inTransaction(scope, async (tx) => {
    const { db, orgId } = tx;
    const before = await lockOrder(db, orgId, orderId);
    const to = assertTransition(before.status, "cancel");
    const released = stockEffect(before.status, "cancel") === "release";
    if (released) {
      await releaseStock(
        tx,
        before.locationId,
        before.lines.map((l) => ({
          variantId: l.variantId,
          quantity: l.quantity,
          backorderedQty: l.backorderedQty,
        })),
      );
    }
    // Removed while the order still counts as a sale (a draft never did, so it removes nothing).
    await applySalesToRollups(db, orgId, { orderIds: [before.id] }, -1);
    await db.order.update({
      where: { id: before.id },
      data: { status: to, cancelledAt: new Date() },
    });
    const why = input.reason ? ` Reason: ${input.reason}` : "";
    await recordOrderEvent(tx, before.id, {
      type: "cancelled",
      from: before.status,
      to,
      message: `${released ? "Reserved stock released." : "No stock was reserved."}${why}`,
      data: { reason: input.reason ?? null, released },
    });
    const stillPaid = refundable(before);
    if (input.refund && stillPaid > 0) {
      const locked = await lockOrder(db, orgId, before.id);
      await applyRefund(tx, locked, {
        amountMinor: stillPaid,
        reason: input.reason ? `Order cancelled: ${input.reason}` : "Order cancelled",
      });
    }
    await refreshCustomerStats(db, orgId, before.customerId);
    return changeOf(db, orgId, before, before.id);
  });
}
