import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import type { AdjustStockInput } from "@/lib/inventory/schemas";
import { adjustStock, receiveStock, transferStock } from "@/lib/inventory/stock-operations";
import {
  createLocation,
  createVariant,
  expectLedgerConsistent,
  inventoryOrg,
  onHandOf,
  type InventoryOrg,
} from "./support/inventory";

/**
 * Many operations on the same levels at once, each in its own transaction. The level
 * locks must serialise them: no update lost, nothing negative, every refusal clean.
 */

let o: InventoryOrg;
let a: { id: string };
let b: { id: string };

beforeAll(async () => {
  o = await inventoryOrg();
  a = await createLocation(o.orgId, "A");
  b = await createLocation(o.orgId, "B");
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
});

const refusedWithConflict = (r: PromiseSettledResult<unknown>) =>
  r.status === "rejected" && r.reason instanceof UserError && r.reason.code === "conflict";

describe("concurrent stock operations", () => {
  it("30 concurrent removals of 1 from 20 in stock: exactly 20 succeed, stock ends at 0", async () => {
    const v = await createVariant(o.orgId);
    await receiveStock(o.scope, {
      locationId: a.id,
      lines: [{ variantId: v.id, quantity: 20 }],
      note: "",
    });
    const remove: AdjustStockInput = {
      variantId: v.id,
      locationId: a.id,
      quantity: -1,
      reason: "lost",
      note: "",
    };
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, () => adjustStock(o.scope, remove)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    expect(results.filter(refusedWithConflict)).toHaveLength(10);
    expect(await onHandOf(v.id, a.id)).toBe(0);
    expect(await db.stockMovement.count({ where: { variantId: v.id, type: "ADJUSTMENT" } })).toBe(
      20,
    );
    await expectLedgerConsistent(o.orgId);
  });

  it("30 concurrent mixed adjustments and transfers both ways never lose an update", async () => {
    const [v, w] = [await createVariant(o.orgId), await createVariant(o.orgId)];
    for (const variantId of [v.id, w.id]) {
      await receiveStock(o.scope, {
        locationId: a.id,
        lines: [{ variantId, quantity: 15 }],
        note: "",
      });
      await receiveStock(o.scope, {
        locationId: b.id,
        lines: [{ variantId, quantity: 5 }],
        note: "",
      });
    }
    type Delta = Record<string, number>;
    const key = (variantId: string, locationId: string) => `${variantId}:${locationId}`;
    const ops: { run: () => Promise<unknown>; delta: Delta }[] = [];
    for (let i = 0; i < 30; i++) {
      const variant = i % 2 === 0 ? v.id : w.id;
      const [from, to] = i % 3 === 0 ? [b.id, a.id] : [a.id, b.id];
      const qty = (i % 4) + 1;
      if (i % 5 === 0) {
        const quantity = i % 10 === 0 ? qty : -qty;
        ops.push({
          run: () =>
            adjustStock(o.scope, {
              variantId: variant,
              locationId: from,
              quantity,
              reason: "correction",
              note: "",
            }),
          delta: { [key(variant, from)]: quantity },
        });
      } else {
        ops.push({
          run: () =>
            transferStock(o.scope, {
              fromLocationId: from,
              toLocationId: to,
              // Both variants on one transfer, in alternating order, to cross lock orders.
              lines:
                i % 2 === 0
                  ? [
                      { variantId: v.id, quantity: qty },
                      { variantId: w.id, quantity: 1 },
                    ]
                  : [
                      { variantId: w.id, quantity: qty },
                      { variantId: v.id, quantity: 1 },
                    ],
              note: "",
            }),
          delta:
            i % 2 === 0
              ? {
                  [key(v.id, from)]: -qty,
                  [key(w.id, from)]: -1,
                  [key(v.id, to)]: qty,
                  [key(w.id, to)]: 1,
                }
              : {
                  [key(w.id, from)]: -qty,
                  [key(v.id, from)]: -1,
                  [key(w.id, to)]: qty,
                  [key(v.id, to)]: 1,
                },
        });
      }
    }
    const results = await Promise.allSettled(ops.map((op) => op.run()));
    const expected: Delta = {
      [key(v.id, a.id)]: 15,
      [key(v.id, b.id)]: 5,
      [key(w.id, a.id)]: 15,
      [key(w.id, b.id)]: 5,
    };
    results.forEach((r, i) => {
      if (r.status === "rejected") {
        // The only acceptable failure is a clean refusal for lack of stock.
        expect(refusedWithConflict(r), String(r.reason)).toBe(true);
        return;
      }
      for (const [k, d] of Object.entries(ops[i]!.delta)) expected[k] = expected[k]! + d;
    });
    expect(results.filter((r) => r.status === "fulfilled").length).toBeGreaterThan(15);
    for (const [k, onHand] of Object.entries(expected)) {
      const [variantId, locationId] = k.split(":") as [string, string];
      expect(await onHandOf(variantId, locationId), k).toBe(onHand);
      expect(onHand).toBeGreaterThanOrEqual(0);
    }
    // Total stock is conserved apart from the adjustments.
    const adjusted = results.reduce(
      (sum, r, i) =>
        r.status === "fulfilled" && i % 5 === 0 ? sum + Object.values(ops[i]!.delta)[0]! : sum,
      0,
    );
    const total = await db.inventoryLevel.aggregate({
      where: { variantId: { in: [v.id, w.id] } },
      _sum: { onHand: true },
    });
    expect(total._sum.onHand).toBe(40 + adjusted);
    await expectLedgerConsistent(o.orgId);
  });

  it("concurrent first movements on brand-new levels in different orders all succeed", async () => {
    // Each round creates fresh variants, so every receipt races to insert the same new levels.
    for (let round = 0; round < 2; round++) {
      const variants = await Promise.all(Array.from({ length: 6 }, () => createVariant(o.orgId)));
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          receiveStock(o.scope, {
            locationId: a.id,
            // A different rotation of the same lines for each call.
            lines: variants.map((_, j) => ({ variantId: variants[(i + j) % 6]!.id, quantity: 1 })),
            note: "",
          }),
        ),
      );
      const failures = results.filter((r) => r.status === "rejected");
      expect(failures.map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
      for (const v of variants) expect(await onHandOf(v.id, a.id)).toBe(10);
    }
    await expectLedgerConsistent(o.orgId);
  });
});
