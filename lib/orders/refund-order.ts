import "server-only";
import { refreshCustomerStats } from "@/lib/customers/customer-stats";
import { formatMoney } from "@/lib/money";
import type { Scope } from "@/lib/scope";
import {
  changeOf,
  lockOrder,
  recordOrderEvent,
  type LockedOrder,
  type OrderChange,
} from "./order-record";
import { assertRefund } from "./state-machine";
import { inTransaction } from "@/lib/db/in-transaction";

/**
 * Records a refund on a locked order: never more than was paid minus what was already
 * refunded. The payment status follows (partially refunded, or refunded once nothing is
 * left); the order's status stays as it is.
 */
export async function applyRefund(
  scope: Scope,
  order: LockedOrder,
  input: { amountMinor: number; reason: string },
) {
  const next = assertRefund(order, input.amountMinor, order.currency);
  await scope.db.order.update({
    where: { id: order.id },
    data: { refundedMinor: next.refundedMinor, paymentStatus: next.paymentStatus },
  });
  await scope.db.refund.create({
    data: {
      orgId: scope.orgId,
      orderId: order.id,
      amountMinor: input.amountMinor,
      reason: input.reason,
      actorLabel: scope.actor.label,
    },
  });
  await recordOrderEvent(scope, order.id, {
    type: "refunded",
    from: order.status,
    to: order.status,
    message: `Refunded ${formatMoney(input.amountMinor, order.currency)}: ${input.reason}`,
    data: {
      amountMinor: input.amountMinor,
      refundedMinor: next.refundedMinor,
      paymentStatus: next.paymentStatus,
    },
  });
}

/** Refunds part or all of what was paid on an order. */
export async function refundOrder(
  scope: Scope,
  orderId: string,
  input: { amount: number; reason: string },
): Promise<OrderChange> {
  return inTransaction(scope, async (tx) => {
    const before = await lockOrder(tx.db, tx.orgId, orderId);
    await applyRefund(tx, before, { amountMinor: input.amount, reason: input.reason });
    await refreshCustomerStats(tx.db, tx.orgId, before.customerId);
    return changeOf(tx.db, tx.orgId, before, before.id);
  });
}
