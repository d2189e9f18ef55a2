import "server-only";
import { refreshCustomerStats } from "@/lib/customers/customer-stats";
import { UserError, notFound } from "@/lib/errors";
import { applyMovements } from "@/lib/inventory/ledger";
import type { Scope } from "@/lib/scope";
import { changeOf, lineLabel, lockOrder, recordOrderEvent, type OrderChange } from "./order-record";
import type { ReturnInput } from "./schemas";
import { assertTransition } from "./state-machine";
import { inTransaction } from "@/lib/db/in-transaction";

/**
 * Records goods coming back from a fulfilled or delivered order. Each line takes back at most
 * what was shipped minus what already came back. Restocked units return to the shelf through a
 * RETURN movement referencing the order; the rest are written off (no stock change). Money is
 * a separate step: refund what is owed with refundOrder.
 */
export async function recordReturn(
  scope: Scope,
  orderId: string,
  input: Pick<ReturnInput, "reason" | "lines">,
): Promise<OrderChange> {
  return inTransaction(scope, async (tx) => {
    const { db, orgId } = tx;
    const before = await lockOrder(db, orgId, orderId);
    assertTransition(before.status, "return");

    const returned = input.lines.flatMap((item, i) => {
      if (item.quantity <= 0) return [];
      const line = before.lines.find((l) => l.id === item.orderLineId);
      if (!line) throw notFound("Order line");
      const returnable = line.quantity - line.returnedQty;
      if (item.quantity > returnable) {
        const message =
          returnable === 0
            ? `Every unit of ${lineLabel(line)} has already been returned.`
            : `Only ${returnable} of ${lineLabel(line)} can be returned (${line.quantity} shipped, ${line.returnedQty} already returned).`;
        throw new UserError(message, {
          code: "conflict",
          fieldErrors: { [`lines.${i}.quantity`]: [message] },
        });
      }
      return [{ line, quantity: item.quantity, restock: item.restock }];
    });

    const restocked = returned.filter((r) => r.restock);
    await applyMovements(
      tx,
      restocked.map((r) => ({
        variantId: r.line.variantId,
        locationId: before.locationId,
        type: "RETURN" as const,
        quantity: r.quantity,
        reason: input.reason,
        reference: { type: "order", id: before.id },
      })),
    );
    await db.orderReturn.create({
      data: {
        orgId,
        orderId: before.id,
        reason: input.reason,
        actorLabel: tx.actor.label,
        lines: {
          create: returned.map((r) => ({
            orderLineId: r.line.id,
            quantity: r.quantity,
            restock: r.restock,
          })),
        },
      },
    });
    for (const r of returned) {
      await db.orderLine.update({
        where: { id: r.line.id },
        data: { returnedQty: { increment: r.quantity } },
      });
    }

    const units = returned.reduce((sum, r) => sum + r.quantity, 0);
    const restockedUnits = restocked.reduce((sum, r) => sum + r.quantity, 0);
    const items = returned.map((r) => `${lineLabel(r.line)} ×${r.quantity}`).join(", ");
    await recordOrderEvent(tx, before.id, {
      type: "returned",
      from: before.status,
      to: before.status,
      message: `Returned ${units} unit${units === 1 ? "" : "s"} (${restockedUnits} restocked): ${items}. Reason: ${input.reason}`,
      data: {
        lines: returned.map((r) => ({
          orderLineId: r.line.id,
          quantity: r.quantity,
          restock: r.restock,
        })),
      },
    });
    await refreshCustomerStats(db, orgId, before.customerId);
    return changeOf(db, orgId, before, before.id);
  });
}
