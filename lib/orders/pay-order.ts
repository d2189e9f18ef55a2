import "server-only";
import { refreshCustomerStats } from "@/lib/customers/customer-stats";
import { formatMoney } from "@/lib/money";
import type { Scope } from "@/lib/scope";
import { changeOf, lockOrder, recordOrderEvent, type OrderChange } from "./order-record";
import { assertPayable } from "./state-machine";
import { inTransaction } from "@/lib/db/in-transaction";

/**
 * Records that the order has been paid in full. A placed order becomes PAID; an order
 * fulfilled on account keeps its status and only its payment status changes.
 */
export async function markPaid(
  scope: Scope,
  orderId: string,
  input: { note?: string } = {},
): Promise<OrderChange> {
  return inTransaction(scope, async (tx) => {
    const { db, orgId } = tx;
    const before = await lockOrder(db, orgId, orderId);
    const next = assertPayable(before);
    await db.order.update({
      where: { id: before.id },
      data: { status: next.status, paymentStatus: next.paymentStatus, paidAt: new Date() },
    });
    await recordOrderEvent(tx, before.id, {
      type: "paid",
      from: before.status,
      to: next.status,
      message: `${formatMoney(before.totalMinor, before.currency)} paid${input.note ? `: ${input.note}` : "."}`,
      data: { amountMinor: before.totalMinor, note: input.note ?? null },
    });
    await refreshCustomerStats(db, orgId, before.customerId);
    return changeOf(db, orgId, before, before.id);
  });
}
