"use server";

import { revalidatePath } from "next/cache";
import { searchVariants } from "@/lib/catalog/search-variants";
import { searchCustomers } from "@/lib/customers/search-customers";
import { defineAction } from "@/lib/actions/define-action";
import { forbidden } from "@/lib/errors";
import { getVariantAvailability } from "@/lib/orders/availability";
import { cancelOrder } from "@/lib/orders/cancel-order";
import { createDraftOrder, updateDraftOrder } from "@/lib/orders/draft-orders";
import { fulfilOrder, markDelivered } from "@/lib/orders/fulfil-order";
import type { OrderChange } from "@/lib/orders/order-record";
import { markPaid } from "@/lib/orders/pay-order";
import { createAndPlaceOrder, placeOrder } from "@/lib/orders/place-order";
import { recordReturn } from "@/lib/orders/record-return";
import { refundOrder } from "@/lib/orders/refund-order";
import {
  availabilitySchema,
  cancelSchema,
  fulfilSchema,
  markPaidSchema,
  orderDraftSchema,
  orderIdSchema,
  orderSearchSchema,
  refundSchema,
  returnSchema,
  updateDraftSchema,
} from "@/lib/orders/schemas";

const entityType = "Order";

/** Audits a change and refreshes the screens that show it. */
function done(ctx: { audit: (d: { entityId: string; before: unknown; after: unknown }) => void }) {
  return (change: OrderChange) => {
    ctx.audit({ entityId: change.id, before: change.before, after: change.after });
    revalidatePath("/orders");
    revalidatePath(`/orders/${change.id}`);
    return { id: change.id, number: change.number };
  };
}

export const createOrderAction = defineAction({
  permission: "orders.manage",
  input: orderDraftSchema,
  audit: { action: "order.create", entityType },
  handler: async (input, ctx) => {
    const placed = await createAndPlaceOrder(ctx, input);
    return { ...done(ctx)(placed), backorders: placed.backorders };
  },
});

export const saveDraftAction = defineAction({
  permission: "orders.manage",
  input: orderDraftSchema,
  audit: { action: "order.create_draft", entityType },
  handler: async (input, ctx) => done(ctx)(await createDraftOrder(ctx, input)),
});

export const updateDraftAction = defineAction({
  permission: "orders.manage",
  input: updateDraftSchema,
  audit: { action: "order.update", entityType },
  handler: async ({ orderId, ...input }, ctx) =>
    done(ctx)(await updateDraftOrder(ctx, orderId, input)),
});

export const placeOrderAction = defineAction({
  permission: "orders.manage",
  input: orderIdSchema,
  audit: { action: "order.place", entityType },
  handler: async ({ orderId }, ctx) => {
    const placed = await placeOrder(ctx, orderId);
    return { ...done(ctx)(placed), backorders: placed.backorders };
  },
});

export const markPaidAction = defineAction({
  permission: "orders.manage",
  input: markPaidSchema,
  audit: { action: "order.pay", entityType },
  handler: async ({ orderId, note }, ctx) => done(ctx)(await markPaid(ctx, orderId, { note })),
});

export const fulfilOrderAction = defineAction({
  permission: "orders.manage",
  input: fulfilSchema,
  audit: { action: "order.fulfil", entityType },
  handler: async ({ orderId, ...tracking }, ctx) =>
    done(ctx)(await fulfilOrder(ctx, orderId, tracking)),
});

export const markDeliveredAction = defineAction({
  permission: "orders.manage",
  input: orderIdSchema,
  audit: { action: "order.deliver", entityType },
  handler: async ({ orderId }, ctx) => done(ctx)(await markDelivered(ctx, orderId)),
});

export const cancelOrderAction = defineAction({
  permission: "orders.manage",
  input: cancelSchema,
  audit: { action: "order.cancel", entityType },
  handler: async ({ orderId, ...input }, ctx) => {
    // Giving money back is the refund permission's to grant, even as part of a cancellation.
    if (input.refund && !ctx.permissions.has("orders.refund")) {
      throw forbidden("You don't have permission to refund orders.");
    }
    return done(ctx)(await cancelOrder(ctx, orderId, input));
  },
});

export const recordReturnAction = defineAction({
  permission: "orders.refund",
  input: returnSchema,
  audit: { action: "order.return", entityType },
  handler: async ({ orderId, ...input }, ctx) => done(ctx)(await recordReturn(ctx, orderId, input)),
});

export const refundOrderAction = defineAction({
  permission: "orders.refund",
  input: refundSchema,
  audit: { action: "order.refund", entityType },
  handler: async ({ orderId, ...input }, ctx) => done(ctx)(await refundOrder(ctx, orderId, input)),
});

/** The order form's product picker: variants with their stock at the order's location. */
export const searchVariantsAction = defineAction({
  permission: "orders.manage",
  input: orderSearchSchema,
  audit: false,
  handler: async ({ q, locationId }, ctx) => {
    if (!locationId) return [];
    return searchVariants(ctx, { q, locationId, limit: 12 });
  },
});

/** The order form's customer picker. */
export const searchCustomersAction = defineAction({
  permission: "orders.manage",
  input: orderSearchSchema,
  audit: false,
  handler: async ({ q }, ctx) => searchCustomers(ctx, { q, limit: 8 }),
});

/** The order form's live stock check (advisory: placing checks again under lock). */
export const availabilityAction = defineAction({
  permission: "orders.manage",
  input: availabilitySchema,
  audit: false,
  handler: async (input, ctx) => getVariantAvailability(ctx, input),
});
