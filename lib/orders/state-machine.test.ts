import { describe, expect, it } from "vitest";
import { UserError } from "@/lib/errors";
import {
  ORDER_STATUSES,
  assertPayable,
  assertRefund,
  assertTransition,
  availableActions,
  holdsStock,
  refundable,
  stockEffect,
  type OrderAction,
  type OrderStatus,
} from "./state-machine";

type StatusAction = Exclude<OrderAction, "refund">;

/** The whole table: for every action, the next status from each state that allows it. */
const ALLOWED: Record<StatusAction, Partial<Record<OrderStatus, OrderStatus>>> = {
  edit: { DRAFT: "DRAFT" },
  place: { DRAFT: "PLACED" },
  pay: { PLACED: "PAID", FULFILLED: "FULFILLED", DELIVERED: "DELIVERED" },
  fulfil: { PLACED: "FULFILLED", PAID: "FULFILLED" },
  deliver: { FULFILLED: "DELIVERED" },
  cancel: { DRAFT: "CANCELLED", PLACED: "CANCELLED", PAID: "CANCELLED" },
  return: { FULFILLED: "FULFILLED", DELIVERED: "DELIVERED" },
};

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("Expected a refusal");
}

describe("assertTransition", () => {
  for (const [action, allowed] of Object.entries(ALLOWED) as [
    StatusAction,
    typeof ALLOWED.edit,
  ][]) {
    for (const from of ORDER_STATUSES) {
      const to = allowed[from];
      if (to) {
        it(`${action} from ${from} → ${to}`, () => {
          expect(assertTransition(from, action)).toBe(to);
        });
      } else {
        it(`${action} from ${from} is refused with a reason`, () => {
          const error = refusal(() => assertTransition(from, action));
          expect(error.code).toBe("conflict");
          expect(error.message).toMatch(/\.$/);
          expect(error.message).not.toMatch(/while [A-Z]+/); // a written reason, not the fallback
        });
      }
    }
  }

  it("explains why a delivered order cannot be cancelled", () => {
    expect(refusal(() => assertTransition("DELIVERED", "cancel")).message).toBe(
      "A delivered order cannot be cancelled; record a return instead.",
    );
    expect(refusal(() => assertTransition("FULFILLED", "cancel")).message).toBe(
      "A fulfilled order cannot be cancelled; record a return instead.",
    );
  });
});

describe("stock effects", () => {
  it("reserves on place, releases on cancel of a placed or paid order, ships on fulfil", () => {
    expect(stockEffect("DRAFT", "place")).toBe("reserve");
    expect(stockEffect("PLACED", "cancel")).toBe("release");
    expect(stockEffect("PAID", "cancel")).toBe("release");
    expect(stockEffect("DRAFT", "cancel")).toBe("none");
    expect(stockEffect("PLACED", "fulfil")).toBe("ship");
    expect(stockEffect("PAID", "fulfil")).toBe("ship");
    expect(stockEffect("FULFILLED", "return")).toBe("restock");
    expect(stockEffect("PLACED", "pay")).toBe("none");
    expect(stockEffect("FULFILLED", "deliver")).toBe("none");
    expect(stockEffect("PAID", "refund")).toBe("none");
  });

  it("only placed and paid orders hold stock", () => {
    expect(ORDER_STATUSES.filter(holdsStock)).toEqual(["PLACED", "PAID"]);
  });
});

const order = (over: Partial<Parameters<typeof assertRefund>[0]> = {}) => ({
  status: "PAID" as OrderStatus,
  paymentStatus: "PAID" as const,
  totalMinor: 10_000,
  refundedMinor: 0,
  ...over,
});

describe("payments", () => {
  it("pays a placed order (→ PAID) and an order fulfilled on account (status kept)", () => {
    expect(assertPayable({ status: "PLACED", paymentStatus: "UNPAID" })).toEqual({
      status: "PAID",
      paymentStatus: "PAID",
    });
    expect(assertPayable({ status: "FULFILLED", paymentStatus: "UNPAID" })).toEqual({
      status: "FULFILLED",
      paymentStatus: "PAID",
    });
    expect(assertPayable({ status: "DELIVERED", paymentStatus: "UNPAID" }).status).toBe(
      "DELIVERED",
    );
  });

  it("refuses paying twice, paying drafts and cancelled orders", () => {
    expect(
      refusal(() => assertPayable({ status: "FULFILLED", paymentStatus: "PAID" })).message,
    ).toBe("This order has already been paid.");
    expect(refusal(() => assertPayable({ status: "PAID", paymentStatus: "PAID" })).code).toBe(
      "conflict",
    );
    expect(refusal(() => assertPayable({ status: "DRAFT", paymentStatus: "UNPAID" })).message).toBe(
      "Place the order before recording a payment.",
    );
    expect(
      refusal(() => assertPayable({ status: "CANCELLED", paymentStatus: "UNPAID" })).message,
    ).toBe("A cancelled order cannot be paid.");
  });
});

describe("refunds", () => {
  it("refunds in part, then in full", () => {
    expect(assertRefund(order(), 2_500, "GBP")).toEqual({
      refundedMinor: 2_500,
      paymentStatus: "PARTIALLY_REFUNDED",
    });
    expect(
      assertRefund(
        order({ refundedMinor: 2_500, paymentStatus: "PARTIALLY_REFUNDED" }),
        7_500,
        "GBP",
      ),
    ).toEqual({ refundedMinor: 10_000, paymentStatus: "REFUNDED" });
  });

  it("never refunds more than paid minus already refunded", () => {
    const error = refusal(() =>
      assertRefund(
        order({ refundedMinor: 2_500, paymentStatus: "PARTIALLY_REFUNDED" }),
        7_501,
        "GBP",
      ),
    );
    expect(error.message).toBe(
      "At most £75.00 can be refunded (£100.00 paid, £25.00 already refunded).",
    );
    expect(error.options.fieldErrors?.amount).toBeDefined();
    expect(
      refusal(() =>
        assertRefund(order({ refundedMinor: 10_000, paymentStatus: "REFUNDED" }), 1, "GBP"),
      ).message,
    ).toBe("This order has already been refunded in full.");
  });

  it("refuses unpaid orders and amounts that are not positive whole minor units", () => {
    expect(
      refusal(() => assertRefund(order({ paymentStatus: "UNPAID" }), 100, "GBP")).message,
    ).toMatch(/nothing to refund/);
    expect(refusal(() => assertRefund(order(), 0, "GBP")).message).toMatch(/greater than zero/);
    expect(refusal(() => assertRefund(order(), 1.5, "GBP")).message).toMatch(/greater than zero/);
  });

  it("allows refunds whatever the order status, as long as money was paid", () => {
    for (const status of ["PAID", "FULFILLED", "DELIVERED", "CANCELLED"] as const) {
      expect(assertRefund(order({ status }), 100, "GBP").refundedMinor).toBe(100);
    }
    expect(refundable(order({ paymentStatus: "UNPAID" }))).toBe(0);
    expect(refundable(order({ refundedMinor: 4_000, paymentStatus: "PARTIALLY_REFUNDED" }))).toBe(
      6_000,
    );
  });
});

describe("availableActions", () => {
  const lines = [{ quantity: 2, returnedQty: 0 }];
  const at = (status: OrderStatus, paymentStatus = "UNPAID" as const, over = {}) =>
    availableActions({ ...order({ status, paymentStatus }), lines, ...over });

  it("offers only what the rules allow", () => {
    expect(at("DRAFT")).toEqual(["edit", "place", "cancel"]);
    expect(at("PLACED")).toEqual(["pay", "fulfil", "cancel"]);
    expect(availableActions({ ...order({ status: "PAID" }), lines })).toEqual([
      "fulfil",
      "refund",
      "cancel",
    ]);
    expect(at("FULFILLED")).toEqual(["pay", "deliver", "return"]);
    expect(availableActions({ ...order({ status: "DELIVERED" }), lines })).toEqual([
      "return",
      "refund",
    ]);
    expect(at("CANCELLED")).toEqual([]);
  });

  it("stops offering returns once everything came back", () => {
    expect(
      availableActions({
        ...order({ status: "DELIVERED" }),
        lines: [{ quantity: 2, returnedQty: 2 }],
      }),
    ).toEqual(["refund"]);
  });
});
