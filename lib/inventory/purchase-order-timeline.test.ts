import { describe, expect, it } from "vitest";
import { buildTimeline, PURCHASE_ORDER_ACTIONS } from "./purchase-order-timeline";

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 9, minute));
const po = {
  createdAt: at(0),
  orderedAt: at(5),
  receivedAt: null,
  updatedAt: at(9),
  status: "CANCELLED",
};
const lines = (...received: number[]) => ({
  status: "PARTIALLY_RECEIVED",
  lines: received.map((receivedQty) => ({ receivedQty })),
});

describe("buildTimeline", () => {
  it("reads who did what from the audit rows, with the units of each delivery", () => {
    const row = (
      action: string,
      minute: number,
      before: unknown = null,
      after: unknown = null,
    ) => ({
      action,
      createdAt: at(minute),
      actorLabel: "Mo",
      before,
      after,
    });
    const events = buildTimeline(po, [
      row(PURCHASE_ORDER_ACTIONS.createFromSuggestions, 0),
      row(PURCHASE_ORDER_ACTIONS.update, 1),
      row(PURCHASE_ORDER_ACTIONS.order, 2),
      row(PURCHASE_ORDER_ACTIONS.receive, 3, lines(0, 0), lines(2, 3)),
      row(PURCHASE_ORDER_ACTIONS.receive, 4, lines(2, 3), { ...lines(4, 3), status: "RECEIVED" }),
      row("something.else", 5),
    ]);
    expect(events.map((e) => [e.kind, e.quantity])).toEqual([
      ["created", undefined],
      ["edited", undefined],
      ["ordered", undefined],
      ["received", 5],
      ["received", 2],
      ["completed", undefined],
    ]);
    expect(events.every((e) => e.actorLabel === "Mo")).toBe(true);
  });

  it("falls back to the order's own dates when nothing was audited", () => {
    expect(buildTimeline(po, []).map((e) => [e.kind, e.at])).toEqual([
      ["created", at(0)],
      ["ordered", at(5)],
      ["cancelled", at(9)],
    ]);
  });
});
