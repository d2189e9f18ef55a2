"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { reorderFiltersSchema } from "@/lib/inventory/list-schemas";
import {
  purchaseOrderIdSchema,
  purchaseOrderInputSchema,
  receivePurchaseOrderSchema,
  updatePurchaseOrderSchema,
  variantSearchSchema,
} from "@/lib/inventory/purchase-order-schemas";
import { PURCHASE_ORDER_ACTIONS } from "@/lib/inventory/purchase-order-timeline";
import {
  cancelPurchaseOrder,
  createPurchaseOrder,
  markPurchaseOrderOrdered,
  updatePurchaseOrder,
} from "@/lib/inventory/purchase-orders";
import { createPurchaseOrdersFromSuggestions } from "@/lib/inventory/purchase-orders-from-suggestions";
import { receivePurchaseOrder } from "@/lib/inventory/receive-purchase-order";
import { recordStockCount } from "@/lib/inventory/record-stock-count";
import { updateReorderSettings } from "@/lib/inventory/reorder-settings";
import {
  adjustStockSchema,
  receiveStockSchema,
  reorderSettingsSchema,
  stockCountSchema,
  transferStockSchema,
} from "@/lib/inventory/schemas";
import { searchVariants } from "@/lib/inventory/search-variants";
import { adjustStock, receiveStock, transferStock } from "@/lib/inventory/stock-operations";

/** Stock changes show on every inventory page and on product pages. */
function revalidateStock() {
  revalidatePath("/inventory", "layout");
  revalidatePath("/products", "layout");
}

const stock = { entityType: "Inventory" } as const;
const purchaseOrder = { entityType: "PurchaseOrder" } as const;

export const adjustStockAction = defineAction({
  permission: "inventory.adjust",
  input: adjustStockSchema,
  audit: { ...stock, action: "inventory.adjust" },
  handler: async (input, ctx) => {
    const { before, after, changes } = await adjustStock(ctx, input);
    ctx.audit({ entityId: input.variantId, before, after });
    revalidateStock();
    return { onHand: changes[0]?.onHandAfter ?? null };
  },
});

export const receiveStockAction = defineAction({
  permission: "inventory.adjust",
  input: receiveStockSchema,
  audit: { ...stock, action: "inventory.receive" },
  handler: async (input, ctx) => {
    const { before, after } = await receiveStock(ctx, input);
    ctx.audit({ entityId: input.locationId, before, after });
    revalidateStock();
  },
});

export const transferStockAction = defineAction({
  permission: "inventory.adjust",
  input: transferStockSchema,
  audit: { ...stock, action: "inventory.transfer" },
  handler: async (input, ctx) => {
    const { transferId, before, after } = await transferStock(ctx, input);
    ctx.audit({ entityId: transferId, before, after });
    revalidateStock();
  },
});

export const recordStockCountAction = defineAction({
  permission: "inventory.adjust",
  input: stockCountSchema,
  audit: { ...stock, action: "inventory.count" },
  handler: async (input, ctx) => {
    const { countId, counted, changed, before, after } = await recordStockCount(ctx, input);
    ctx.audit({ entityId: countId, before, after });
    revalidateStock();
    return { counted, changed };
  },
});

export const updateReorderSettingsAction = defineAction({
  permission: "inventory.adjust",
  input: reorderSettingsSchema,
  audit: { entityType: "InventoryLevel", action: "inventory.reorder_settings" },
  handler: async (input, ctx) => {
    const { levelId, before, after } = await updateReorderSettings(ctx, input);
    ctx.audit({ entityId: levelId, before, after });
    revalidateStock();
  },
});

export const createPurchaseOrdersFromSuggestionsAction = defineAction({
  permission: "purchasing.manage",
  input: reorderFiltersSchema,
  audit: { ...purchaseOrder, action: PURCHASE_ORDER_ACTIONS.createFromSuggestions },
  handler: async (input, ctx) => {
    const results = await createPurchaseOrdersFromSuggestions(ctx, input);
    for (const r of results) {
      ctx.audit({ entityId: r.purchaseOrder.id, before: r.before, after: r.after });
    }
    revalidateStock();
    return results.map((r) => ({
      id: r.purchaseOrder.id,
      number: r.purchaseOrder.number,
      created: r.created,
    }));
  },
});

export const createPurchaseOrderAction = defineAction({
  permission: "purchasing.manage",
  input: purchaseOrderInputSchema,
  audit: { ...purchaseOrder, action: PURCHASE_ORDER_ACTIONS.create },
  handler: async (input, ctx) => {
    const { purchaseOrder: po, after } = await createPurchaseOrder(ctx, input);
    ctx.audit({ entityId: po.id, after });
    revalidatePath("/inventory", "layout");
    return { id: po.id, number: po.number };
  },
});

export const updatePurchaseOrderAction = defineAction({
  permission: "purchasing.manage",
  input: updatePurchaseOrderSchema,
  audit: { ...purchaseOrder, action: PURCHASE_ORDER_ACTIONS.update },
  handler: async ({ purchaseOrderId, ...input }, ctx) => {
    const {
      purchaseOrder: po,
      before,
      after,
    } = await updatePurchaseOrder(ctx, purchaseOrderId, input);
    ctx.audit({ entityId: po.id, before, after });
    revalidatePath("/inventory", "layout");
    return { id: po.id, number: po.number };
  },
});

export const markPurchaseOrderOrderedAction = defineAction({
  permission: "purchasing.manage",
  input: purchaseOrderIdSchema,
  audit: { ...purchaseOrder, action: PURCHASE_ORDER_ACTIONS.order },
  handler: async ({ purchaseOrderId }, ctx) => {
    const { before, after } = await markPurchaseOrderOrdered(ctx, purchaseOrderId);
    ctx.audit({ entityId: purchaseOrderId, before, after });
    revalidatePath("/inventory", "layout");
  },
});

export const cancelPurchaseOrderAction = defineAction({
  permission: "purchasing.manage",
  input: purchaseOrderIdSchema,
  audit: { ...purchaseOrder, action: PURCHASE_ORDER_ACTIONS.cancel },
  handler: async ({ purchaseOrderId }, ctx) => {
    const { before, after } = await cancelPurchaseOrder(ctx, purchaseOrderId);
    ctx.audit({ entityId: purchaseOrderId, before, after });
    revalidatePath("/inventory", "layout");
  },
});

export const receivePurchaseOrderAction = defineAction({
  permission: "purchasing.manage",
  input: receivePurchaseOrderSchema,
  audit: { ...purchaseOrder, action: PURCHASE_ORDER_ACTIONS.receive },
  handler: async (input, ctx) => {
    const { purchaseOrder: po, before, after } = await receivePurchaseOrder(ctx, input);
    ctx.audit({ entityId: po.id, before, after });
    revalidateStock();
    return { status: po.status };
  },
});

export const searchVariantsAction = defineAction({
  permission: "purchasing.manage",
  input: variantSearchSchema,
  audit: false,
  handler: (input, ctx) => searchVariants(ctx, input),
});
