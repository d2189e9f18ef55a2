import { variantLabel as catalogVariantLabel } from "@/lib/catalog/labels";
import type { OrderStatus, PaymentStatus, SalesChannel } from "./state-machine";

/** How orders' enums read on screens and in CSV exports. */

export const STATUS_LABELS: Record<OrderStatus, string> = {
  DRAFT: "Draft",
  PLACED: "Placed",
  PAID: "Paid",
  FULFILLED: "Fulfilled",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
};

export const PAYMENT_LABELS: Record<PaymentStatus, string> = {
  UNPAID: "Unpaid",
  PAID: "Paid",
  PARTIALLY_REFUNDED: "Partially refunded",
  REFUNDED: "Refunded",
};

export const CHANNEL_LABELS: Record<SalesChannel, string> = {
  IN_STORE: "In store",
  ONLINE: "Online",
  PHONE: "Phone",
  MARKETPLACE: "Marketplace",
  OTHER: "Other",
};

/** "Linen shirt — M / Blue (SHIRT-M-BL)": how a variant is named in refusals and timelines. */
export function variantLabel(v: { productName: string; optionValues: string[]; sku: string }) {
  return `${catalogVariantLabel(v.productName, v.optionValues)} (${v.sku})`;
}

export function orderTitle(number: number) {
  return `#${number}`;
}
