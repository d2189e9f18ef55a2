import { UserError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";

/**
 * The order lifecycle, as pure rules (no database), shared by the lib functions
 * that enforce it and the screens that only offer what it allows.
 *
 *   DRAFT ──place──▶ PLACED ──pay──▶ PAID ──fulfil──▶ FULFILLED ──deliver──▶ DELIVERED
 *                      └──────fulfil (unpaid)──────────────▲
 *   cancel: DRAFT, PLACED, PAID ──▶ CANCELLED      return: FULFILLED, DELIVERED (status kept)
 *
 * Decisions worth knowing:
 * - Fulfilling an unpaid (PLACED) order is allowed: shops ship on account or take cash on
 *   delivery. Such an order can then be paid while FULFILLED or DELIVERED; its status stays
 *   where it is and only the payment status becomes PAID. Paying a PLACED order moves it to PAID.
 * - Fulfilment is all-or-nothing (no partial shipments); a backordered line waits for stock.
 * - Cancelling is possible until the goods leave: DRAFT, PLACED and PAID. After fulfilment the
 *   way back is a return. Cancelling a paid order leaves the payment in place until refunded.
 * - Returns (FULFILLED, DELIVERED) do not change the status; the lines record what came back.
 * - Refunds are a payment matter: any order with money paid and not yet refunded can be
 *   refunded, fully or in part, whatever its status (goodwill, returns, cancellations).
 */

export const ORDER_STATUSES = [
  "DRAFT",
  "PLACED",
  "PAID",
  "FULFILLED",
  "DELIVERED",
  "CANCELLED",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_STATUSES = ["UNPAID", "PAID", "PARTIALLY_REFUNDED", "REFUNDED"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const SALES_CHANNELS = ["IN_STORE", "ONLINE", "PHONE", "MARKETPLACE", "OTHER"] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

/** Everything that can happen to an order. `edit` changes a draft in place. */
export type OrderAction =
  "edit" | "place" | "pay" | "fulfil" | "deliver" | "cancel" | "return" | "refund";

/** What a transition does to stock at the order's location. */
export type StockEffect = "none" | "reserve" | "release" | "ship" | "restock";

type Rule = { from: readonly OrderStatus[]; to: OrderStatus | "same" };

const RULES: Record<Exclude<OrderAction, "refund">, Rule> = {
  edit: { from: ["DRAFT"], to: "same" },
  place: { from: ["DRAFT"], to: "PLACED" },
  pay: { from: ["PLACED", "FULFILLED", "DELIVERED"], to: "same" },
  fulfil: { from: ["PLACED", "PAID"], to: "FULFILLED" },
  deliver: { from: ["FULFILLED"], to: "DELIVERED" },
  cancel: { from: ["DRAFT", "PLACED", "PAID"], to: "CANCELLED" },
  return: { from: ["FULFILLED", "DELIVERED"], to: "same" },
};

/** Why an action is refused in a state, worded for the person who tried it. */
const REFUSALS: Record<Exclude<OrderAction, "refund">, Partial<Record<OrderStatus, string>>> = {
  edit: {
    PLACED: "A placed order cannot be edited; cancel it and create a new one instead.",
    PAID: "A paid order cannot be edited; cancel it and create a new one instead.",
    FULFILLED: "A fulfilled order cannot be edited.",
    DELIVERED: "A delivered order cannot be edited.",
    CANCELLED: "A cancelled order cannot be edited.",
  },
  place: {
    PLACED: "This order has already been placed.",
    PAID: "This order has already been placed and paid.",
    FULFILLED: "This order has already been fulfilled.",
    DELIVERED: "This order has already been delivered.",
    CANCELLED: "A cancelled order cannot be placed; create a new order instead.",
  },
  pay: {
    DRAFT: "Place the order before recording a payment.",
    PAID: "This order has already been paid.",
    CANCELLED: "A cancelled order cannot be paid.",
  },
  fulfil: {
    DRAFT: "Place the order before fulfilling it.",
    FULFILLED: "This order has already been fulfilled.",
    DELIVERED: "This order has already been delivered.",
    CANCELLED: "A cancelled order cannot be fulfilled.",
  },
  deliver: {
    DRAFT: "Place and fulfil the order before marking it delivered.",
    PLACED: "Fulfil the order before marking it delivered.",
    PAID: "Fulfil the order before marking it delivered.",
    DELIVERED: "This order has already been marked delivered.",
    CANCELLED: "A cancelled order cannot be delivered.",
  },
  cancel: {
    FULFILLED: "A fulfilled order cannot be cancelled; record a return instead.",
    DELIVERED: "A delivered order cannot be cancelled; record a return instead.",
    CANCELLED: "This order has already been cancelled.",
  },
  return: {
    DRAFT: "Only fulfilled or delivered orders take returns; this one is still a draft.",
    PLACED: "Only fulfilled or delivered orders take returns; cancel the order instead.",
    PAID: "Only fulfilled or delivered orders take returns; cancel the order instead.",
    CANCELLED: "A cancelled order has nothing to return.",
  },
};

/** The status an action leads to from `from`, or a UserError (code "conflict") saying why not. */
export function assertTransition(
  from: OrderStatus,
  action: Exclude<OrderAction, "refund">,
): OrderStatus {
  const rule = RULES[action];
  if (!rule.from.includes(from)) {
    throw new UserError(REFUSALS[action][from] ?? `This order cannot do that while ${from}.`, {
      code: "conflict",
    });
  }
  if (action === "pay") return from === "PLACED" ? "PAID" : from;
  return rule.to === "same" ? from : rule.to;
}

export function canTransition(from: OrderStatus, action: Exclude<OrderAction, "refund">) {
  return RULES[action].from.includes(from);
}

/**
 * What an action does to stock. Placing reserves (committed), cancelling a placed or paid
 * order releases, fulfilling ships (on hand and committed both drop) and a return restocks
 * the lines marked for it (on hand rises). Drafts and cancelled drafts never held stock.
 */
export function stockEffect(from: OrderStatus, action: OrderAction): StockEffect {
  switch (action) {
    case "place":
      return "reserve";
    case "cancel":
      return from === "PLACED" || from === "PAID" ? "release" : "none";
    case "fulfil":
      return "ship";
    case "return":
      return "restock";
    default:
      return "none";
  }
}

/** Whether the stock an order reserved is still held (it counts in `committed`). */
export function holdsStock(status: OrderStatus) {
  return status === "PLACED" || status === "PAID";
}

type PaymentState = {
  status: OrderStatus;
  paymentStatus: PaymentStatus;
  totalMinor: number;
  refundedMinor: number;
};

/** Statuses after recording the order's payment in full. */
export function assertPayable(order: Pick<PaymentState, "status" | "paymentStatus">) {
  const status = assertTransition(order.status, "pay");
  if (order.paymentStatus !== "UNPAID") {
    throw new UserError("This order has already been paid.", { code: "conflict" });
  }
  return { status, paymentStatus: "PAID" as const };
}

/** Money paid and not yet refunded: the most a refund may be. */
export function refundable(
  order: Pick<PaymentState, "paymentStatus" | "totalMinor" | "refundedMinor">,
) {
  if (order.paymentStatus === "UNPAID") return 0;
  return Math.max(order.totalMinor - order.refundedMinor, 0);
}

/**
 * The payment state after refunding `amountMinor`. Never more than was paid minus what was
 * already refunded; the order's own status does not change.
 */
export function assertRefund(order: PaymentState, amountMinor: number, currency: string) {
  if (!Number.isInteger(amountMinor) || amountMinor <= 0) {
    throw new UserError("Enter an amount greater than zero.", {
      fieldErrors: { amount: ["Enter an amount greater than zero."] },
    });
  }
  if (order.paymentStatus === "UNPAID") {
    throw new UserError("Nothing has been paid on this order, so there is nothing to refund.", {
      code: "conflict",
    });
  }
  const max = refundable(order);
  if (max === 0) {
    throw new UserError("This order has already been refunded in full.", { code: "conflict" });
  }
  if (amountMinor > max) {
    const message = `At most ${formatMoney(max, currency)} can be refunded (${formatMoney(
      order.totalMinor,
      currency,
    )} paid, ${formatMoney(order.refundedMinor, currency)} already refunded).`;
    throw new UserError(message, { code: "conflict", fieldErrors: { amount: [message] } });
  }
  const refundedMinor = order.refundedMinor + amountMinor;
  const paymentStatus: PaymentStatus =
    refundedMinor >= order.totalMinor ? "REFUNDED" : "PARTIALLY_REFUNDED";
  return { refundedMinor, paymentStatus };
}

/**
 * The actions a screen should offer for an order right now (before permissions). Each one
 * would pass the checks above; the server checks again anyway.
 */
export function availableActions(
  order: PaymentState & { lines: { quantity: number; returnedQty: number }[] },
): OrderAction[] {
  const actions: OrderAction[] = [];
  const { status } = order;
  if (canTransition(status, "edit")) actions.push("edit");
  if (canTransition(status, "place")) actions.push("place");
  if (canTransition(status, "pay") && order.paymentStatus === "UNPAID") actions.push("pay");
  if (canTransition(status, "fulfil")) actions.push("fulfil");
  if (canTransition(status, "deliver")) actions.push("deliver");
  if (canTransition(status, "return") && order.lines.some((l) => l.quantity > l.returnedQty)) {
    actions.push("return");
  }
  if (refundable(order) > 0) actions.push("refund");
  if (canTransition(status, "cancel")) actions.push("cancel");
  return actions;
}
