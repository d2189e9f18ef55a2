import "server-only";
import { customerDisplayName } from "@/lib/customers/display-name";
import { notFound } from "@/lib/errors";
import type { ReadScope } from "@/lib/scope";
import { variantLabel } from "./labels";

/** Where each event type falls in an order's life, for events recorded at the same instant. */
const LIFECYCLE = [
  "created",
  "updated",
  "placed",
  "paid",
  "fulfilled",
  "delivered",
  "cancelled",
  "returned",
  "refunded",
];

function byTimeThenLifecycle(
  a: { createdAt: Date; type: string },
  b: { createdAt: Date; type: string },
) {
  return (
    a.createdAt.getTime() - b.createdAt.getTime() ||
    LIFECYCLE.indexOf(a.type) - LIFECYCLE.indexOf(b.type)
  );
}

/**
 * Everything the order page shows: the order, its lines with product names, the timeline
 * (oldest first), returns, refunds, the customer and the location. Plain values only, so the
 * page can hand it to client components as is.
 */
export async function getOrderDetail({ db, orgId }: ReadScope, orderId: string) {
  const order = await db.order.findFirst({
    where: { id: orderId, orgId },
    include: {
      customer: {
        select: {
          id: true,
          firstName: true,
          lastName: true,
          email: true,
          company: true,
          phone: true,
        },
      },
      lines: {
        orderBy: { id: "asc" },
        include: {
          variant: {
            select: {
              sku: true,
              optionValues: true,
              productId: true,
              product: { select: { name: true, allowBackorder: true } },
            },
          },
        },
      },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      returns: {
        orderBy: { createdAt: "asc" },
        include: { lines: { select: { orderLineId: true, quantity: true, restock: true } } },
      },
      refunds: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!order) throw notFound("Order");
  const location = await db.location.findFirst({
    where: { id: order.locationId, orgId },
    select: { id: true, name: true },
  });

  const { customer, lines, events, returns, refunds, ...header } = order;
  return {
    ...header,
    location: location ?? { id: order.locationId, name: "—" },
    customer: customer
      ? {
          id: customer.id,
          name: customerDisplayName(customer),
          email: customer.email,
          phone: customer.phone,
        }
      : null,
    lines: lines.map((l) => ({
      id: l.id,
      variantId: l.variantId,
      productId: l.variant.productId,
      label: variantLabel({
        productName: l.variant.product.name,
        optionValues: l.variant.optionValues,
        sku: l.variant.sku,
      }),
      productName: l.variant.product.name,
      optionValues: l.variant.optionValues,
      sku: l.variant.sku,
      quantity: l.quantity,
      unitPriceMinor: l.unitPriceMinor,
      unitCostMinor: l.unitCostMinor,
      discountMinor: l.discountMinor,
      totalMinor: l.totalMinor,
      backorderedQty: l.backorderedQty,
      returnedQty: l.returnedQty,
    })),
    events: events.sort(byTimeThenLifecycle).map((e) => ({
      id: e.id,
      type: e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      message: e.message,
      actorType: e.actorType,
      actorLabel: e.actorLabel,
      createdAt: e.createdAt,
    })),
    returns,
    refunds,
  };
}

export type OrderDetail = Awaited<ReturnType<typeof getOrderDetail>>;
