import "server-only";
import type { Db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/scope";
import { variantLabel } from "./labels";
import type { OrderStatus } from "./state-machine";

const lineInclude = {
  variant: {
    select: {
      sku: true,
      optionValues: true,
      product: { select: { name: true, allowBackorder: true } },
    },
  },
} as const satisfies Prisma.OrderLineInclude;

export type LockedOrder = Awaited<ReturnType<typeof lockOrder>>;
export type LockedLine = LockedOrder["lines"][number];

/**
 * Loads an order of the organisation with its lines, holding its row lock until the
 * transaction ends. Every transition starts here, so two people fulfilling (or one fulfilling
 * while another cancels) the same order take turns, and the second sees the first's result.
 */
export async function lockOrder(db: Db, orgId: string, orderId: string) {
  const locked = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Order" WHERE "id" = ${orderId} AND "orgId" = ${orgId} FOR UPDATE`;
  if (locked.length === 0) throw notFound("Order");
  return db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { lines: { orderBy: { id: "asc" }, include: lineInclude } },
  });
}

export function lineLabel(line: LockedLine) {
  return variantLabel({
    productName: line.variant.product.name,
    optionValues: line.variant.optionValues,
    sku: line.variant.sku,
  });
}

/** What the audit log keeps of an order before and after a change. */
export function orderSnapshot(order: LockedOrder) {
  return {
    number: order.number,
    status: order.status,
    paymentStatus: order.paymentStatus,
    customerId: order.customerId,
    locationId: order.locationId,
    channel: order.channel,
    subtotalMinor: order.subtotalMinor,
    discountMinor: order.discountMinor,
    totalMinor: order.totalMinor,
    costMinor: order.costMinor,
    refundedMinor: order.refundedMinor,
    carrier: order.carrier,
    trackingNumber: order.trackingNumber,
    trackingUrl: order.trackingUrl,
    notes: order.notes,
    lines: order.lines.map((l) => ({
      id: l.id,
      variantId: l.variantId,
      sku: l.variant.sku,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      unitCostMinor: l.unitCostMinor,
      discountMinor: l.discountMinor,
      totalMinor: l.totalMinor,
      backorderedQty: l.backorderedQty,
      returnedQty: l.returnedQty,
    })),
  };
}

export type OrderSnapshot = ReturnType<typeof orderSnapshot>;

/** What every order write returns: the order and its before/after for the audit log. */
export type OrderChange = {
  id: string;
  number: number;
  before: OrderSnapshot | null;
  after: OrderSnapshot;
};

export type OrderEventType =
  | "created"
  | "updated"
  | "placed"
  | "paid"
  | "fulfilled"
  | "delivered"
  | "cancelled"
  | "returned"
  | "refunded";

/** One entry on the order's timeline, written in the same transaction as the change. */
export async function recordOrderEvent(
  scope: Scope,
  orderId: string,
  event: {
    type: OrderEventType;
    from?: OrderStatus | null;
    to?: OrderStatus | null;
    message: string;
    data?: Prisma.InputJsonValue;
  },
) {
  const { db, orgId, actor } = scope;
  await db.orderEvent.create({
    data: {
      orgId,
      orderId,
      type: event.type,
      fromStatus: event.from ?? null,
      toStatus: event.to ?? null,
      message: event.message,
      data: event.data,
      actorType: actor.type,
      actorId: actor.id ?? null,
      actorLabel: actor.label,
    },
  });
}

/** Re-reads the order after a change for the `after` snapshot. */
export async function changeOf(
  db: Db,
  orgId: string,
  before: LockedOrder | null,
  orderId: string,
): Promise<OrderChange> {
  const after = await lockOrder(db, orgId, orderId);
  return {
    id: after.id,
    number: after.number,
    before: before ? orderSnapshot(before) : null,
    after: orderSnapshot(after),
  };
}
