import "server-only";
import type { OrderStatus, PaymentStatus, SalesChannel } from "@/lib/generated/prisma/enums";
import type { ReadScope } from "@/lib/scope";
import { findCustomer } from "./customers";

export const PROFILE_INTERACTIONS = 50;
export const PROFILE_ORDERS = 100;

export type PurchaseHistoryRow = {
  id: string;
  number: number;
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  channel: SalesChannel;
  totalMinor: number;
  refundedMinor: number;
  currency: string;
  placedAt: Date | null;
  createdAt: Date;
};

/**
 * Everything the profile page shows: the customer with addresses, their latest interactions,
 * and their purchase history read straight from Order (every status, most recent first —
 * imported orders are dated by placedAt, drafts by creation).
 */
export async function getCustomerProfile(
  scope: ReadScope,
  customerId: string,
  // Purchase history is order data: a viewer without access to orders must not get it.
  { withOrders = true }: { withOrders?: boolean } = {},
) {
  const customer = await findCustomer(scope, customerId);
  const { db, orgId } = scope;
  const [interactions, interactionCount, orders, orderTotal] = await Promise.all([
    db.customerInteraction.findMany({
      where: { orgId, customerId: customer.id },
      orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
      take: PROFILE_INTERACTIONS,
    }),
    db.customerInteraction.count({ where: { orgId, customerId: customer.id } }),
    withOrders
      ? db.$queryRaw<PurchaseHistoryRow[]>`
          SELECT "id", "number", "status", "paymentStatus", "channel", "totalMinor",
                 "refundedMinor", "currency", "placedAt", "createdAt"
          FROM "Order"
          WHERE "orgId" = ${orgId} AND "customerId" = ${customer.id}
          ORDER BY COALESCE("placedAt", "createdAt") DESC, "number" DESC
          LIMIT ${PROFILE_ORDERS}`
      : Promise.resolve([] as PurchaseHistoryRow[]),
    withOrders ? db.order.count({ where: { orgId, customerId: customer.id } }) : 0,
  ]);
  const { orderCount, lifetimeValueMinor } = customer;
  return {
    customer,
    interactions,
    interactionCount,
    orders,
    orderTotal,
    stats: {
      orderCount,
      lifetimeValueMinor,
      averageOrderValueMinor: orderCount > 0 ? Math.round(lifetimeValueMinor / orderCount) : null,
      firstOrderAt: customer.firstOrderAt,
      lastOrderAt: customer.lastOrderAt,
    },
  };
}

export type CustomerProfile = Awaited<ReturnType<typeof getCustomerProfile>>;
