import { z } from "zod";
import { isoDaySchema, optionalIdText } from "@/lib/validation/fields";
import { listParamsSchema } from "@/lib/list-params";

/**
 * URL state of the inventory lists. Filters fall back to "all" when malformed, like the
 * paging fields, because URLs get hand-edited and shared.
 */

const idFilter = optionalIdText().catch("").default("");

const day = isoDaySchema.optional().catch(undefined);

export const STOCK_STATES = ["all", "low", "out"] as const;
export type StockState = (typeof STOCK_STATES)[number];

export const LEVEL_SORTS = [
  "product",
  "sku",
  "location",
  "onHand",
  "committed",
  "available",
  "reorderPoint",
] as const;

export const levelListSchema = listParamsSchema({
  sortable: LEVEL_SORTS,
  defaultSort: "product",
}).extend({
  location: idFilter,
  category: idFilter,
  supplier: idFilter,
  stock: z.enum(STOCK_STATES).catch("all").default("all"),
});
export type LevelListParams = z.infer<typeof levelListSchema>;
export type LevelFilters = Omit<LevelListParams, "page" | "pageSize" | "sort" | "dir">;

export const MOVEMENT_TYPES = [
  "SALE",
  "RECEIPT",
  "ADJUSTMENT",
  "COUNT",
  "TRANSFER_OUT",
  "TRANSFER_IN",
  "RETURN",
  "IMPORT",
] as const;
export type MovementTypeName = (typeof MOVEMENT_TYPES)[number];

export const MOVEMENT_TYPE_LABELS: Record<MovementTypeName, string> = {
  SALE: "Sale",
  RECEIPT: "Receipt",
  ADJUSTMENT: "Adjustment",
  COUNT: "Count",
  TRANSFER_OUT: "Transfer out",
  TRANSFER_IN: "Transfer in",
  RETURN: "Return",
  IMPORT: "Import",
};

export const movementListSchema = listParamsSchema({
  sortable: ["createdAt", "quantity"],
  defaultSort: "createdAt",
  defaultDir: "desc",
}).extend({
  variant: idFilter,
  location: idFilter,
  type: z.enum(MOVEMENT_TYPES).optional().catch(undefined),
  from: day,
  to: day,
});
export type MovementListParams = z.infer<typeof movementListSchema>;
export type MovementFilters = Omit<MovementListParams, "page" | "pageSize" | "sort" | "dir">;

export const PURCHASE_ORDER_STATUSES = [
  "DRAFT",
  "ORDERED",
  "PARTIALLY_RECEIVED",
  "RECEIVED",
  "CANCELLED",
] as const;
export type PurchaseOrderStatusName = (typeof PURCHASE_ORDER_STATUSES)[number];

export const PURCHASE_ORDER_STATUS_LABELS: Record<PurchaseOrderStatusName, string> = {
  DRAFT: "Draft",
  ORDERED: "Ordered",
  PARTIALLY_RECEIVED: "Partially received",
  RECEIVED: "Received",
  CANCELLED: "Cancelled",
};

export const purchaseOrderListSchema = listParamsSchema({
  sortable: ["number", "createdAt", "expectedAt", "supplier"],
  defaultSort: "number",
  defaultDir: "desc",
}).extend({
  status: z.enum(PURCHASE_ORDER_STATUSES).optional().catch(undefined),
  supplier: idFilter,
  location: idFilter,
});
export type PurchaseOrderListParams = z.infer<typeof purchaseOrderListSchema>;

export const reorderFiltersSchema = z.object({ location: idFilter, supplier: idFilter });
export type ReorderFilters = z.infer<typeof reorderFiltersSchema>;
