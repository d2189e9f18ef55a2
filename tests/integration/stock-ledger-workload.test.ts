import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { purchaseOrderInputSchema } from "@/lib/inventory/purchase-order-schemas";
import {
  cancelPurchaseOrder,
  createPurchaseOrder,
  markPurchaseOrderOrdered,
} from "@/lib/inventory/purchase-orders";
import { receivePurchaseOrder } from "@/lib/inventory/receive-purchase-order";
import { recordStockCount } from "@/lib/inventory/record-stock-count";
import { reserveStock, shipReservedStock } from "@/lib/inventory/reservations";
import { adjustStockSchema, transferStockSchema } from "@/lib/inventory/schemas";
import { adjustStock, receiveStock, transferStock } from "@/lib/inventory/stock-operations";
import {
  createLocation,
  createSupplier,
  createVariant,
  expectLedgerConsistent,
  inventoryOrg,
} from "./support/inventory";

/**
 * A seeded random mix of every stock operation, some of them invalid, checked against a
 * plain in-memory model after each step (did it succeed exactly when it should?) and, at
 * the end, the ledger invariant for every level. Set INVENTORY_WORKLOAD_SEED to replay.
 */

const SEED = Number(process.env.INVENTORY_WORKLOAD_SEED ?? 20261121);
const OPERATIONS = 300;

function mulberry32(seed: number) {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

afterAll(async () => {
  await db.$disconnect();
});

type ModelPo = {
  id: string;
  status: "DRAFT" | "ORDERED" | "PARTIALLY_RECEIVED" | "RECEIVED" | "CANCELLED";
  locationId: string;
  lines: { id: string; variantId: string; quantity: number; receivedQty: number }[];
};

describe("randomized stock workload", () => {
  it(`keeps every ledger equal to its level (seed ${SEED})`, { timeout: 180_000 }, async () => {
    const random = mulberry32(SEED);
    const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    const pick = <T>(items: readonly T[]) => items[int(0, items.length - 1)]!;
    const pickSome = <T>(items: readonly T[], n: number) => {
      const pool = [...items];
      return Array.from(
        { length: Math.min(n, pool.length) },
        () => pool.splice(int(0, pool.length - 1), 1)[0]!,
      );
    };

    const o = await inventoryOrg();
    const locations = await Promise.all(
      ["North", "South", "Depot"].map((n) => createLocation(o.orgId, n)),
    );
    const suppliers = await Promise.all([createSupplier(o.orgId), createSupplier(o.orgId)]);
    const variants = [];
    for (let i = 0; i < 8; i++)
      variants.push(await createVariant(o.orgId, { supplierId: suppliers[i % 2]!.id }));
    const locationIds = locations.map((l) => l.id);
    const variantIds = variants.map((v) => v.id);

    const onHand = new Map<string, number>();
    const committed = new Map<string, number>();
    const key = (variantId: string, locationId: string) => `${variantId}:${locationId}`;
    const get = (m: Map<string, number>, k: string) => m.get(k) ?? 0;
    const add = (m: Map<string, number>, k: string, d: number) => m.set(k, get(m, k) + d);
    const free = (k: string) => get(onHand, k) - get(committed, k);
    const pos: ModelPo[] = [];
    const reservations: { locationId: string; variantId: string; quantity: number }[] = [];
    const tally = { ok: 0, refused: 0, invalid: 0 };

    /** Runs one operation and checks it succeeded exactly when the model says it should. */
    async function expectOutcome(
      label: string,
      shouldSucceed: boolean,
      run: () => Promise<unknown>,
    ) {
      const outcome = await run().then(
        () => "ok" as const,
        (e: unknown) => {
          if (e instanceof UserError && e.code === "conflict") return "refused" as const;
          throw e;
        },
      );
      expect(outcome, `${label} (seed ${SEED})`).toBe(shouldSucceed ? "ok" : "refused");
      tally[outcome]++;
      return outcome === "ok";
    }

    for (let step = 0; step < OPERATIONS; step++) {
      const roll = random();
      const locationId = pick(locationIds);
      const label = `step ${step}`;

      if (roll < 0.25) {
        let quantity = int(-8, 8) || 1;
        // One in ten picks a reason that contradicts the direction, which validation refuses.
        const mismatch = random() < 0.1;
        const reason =
          quantity < 0 !== mismatch
            ? pick(["damaged", "lost", "correction"])
            : pick(["found", "correction"]);
        if (mismatch && reason === "correction") quantity = quantity || 1;
        const variantId = pick(variantIds);
        const parsed = adjustStockSchema.safeParse({
          variantId,
          locationId,
          quantity,
          reason,
          note: "",
        });
        if (!parsed.success) {
          expect(mismatch, `${label}: adjust ${quantity} ${reason} should be valid`).toBe(true);
          tally.invalid++;
          continue;
        }
        const k = key(variantId, locationId);
        const can = quantity > 0 || (-quantity <= get(onHand, k) && -quantity <= free(k));
        if (
          await expectOutcome(`${label}: adjust ${k} by ${quantity}`, can, () =>
            adjustStock(o.scope, parsed.data),
          )
        ) {
          add(onHand, k, quantity);
        }
      } else if (roll < 0.4) {
        const lines = pickSome(variantIds, int(1, 3)).map((variantId) => ({
          variantId,
          quantity: int(1, 20),
        }));
        await expectOutcome(`${label}: receive`, true, () =>
          receiveStock(o.scope, { locationId, lines, note: "" }),
        );
        for (const l of lines) add(onHand, key(l.variantId, locationId), l.quantity);
      } else if (roll < 0.6) {
        const to =
          random() < 0.1 ? locationId : pick(locationIds.filter((id) => id !== locationId));
        const lines = pickSome(variantIds, int(1, 2)).map((variantId) => ({
          variantId,
          quantity: int(1, 10),
        }));
        const parsed = transferStockSchema.safeParse({
          fromLocationId: locationId,
          toLocationId: to,
          lines,
        });
        if (!parsed.success) {
          expect(to, `${label}: only same-location transfers are invalid`).toBe(locationId);
          tally.invalid++;
          continue;
        }
        const can = lines.every((l) => {
          const k = key(l.variantId, locationId);
          return l.quantity <= get(onHand, k) && l.quantity <= free(k);
        });
        if (
          await expectOutcome(`${label}: transfer`, can, () => transferStock(o.scope, parsed.data))
        ) {
          for (const l of lines) {
            add(onHand, key(l.variantId, locationId), -l.quantity);
            add(onHand, key(l.variantId, to), l.quantity);
          }
        }
      } else if (roll < 0.7) {
        const lines = pickSome(variantIds, int(1, 4)).map((variantId) => ({
          variantId,
          counted: int(0, 25),
        }));
        await expectOutcome(`${label}: count`, true, () =>
          recordStockCount(o.scope, { locationId, lines, countedAt: new Date(), note: "" }),
        );
        for (const l of lines) onHand.set(key(l.variantId, locationId), l.counted);
      } else if (roll < 0.78) {
        const input = purchaseOrderInputSchema.parse({
          supplierId: pick(suppliers).id,
          locationId,
          lines: pickSome(variantIds, int(1, 3)).map((variantId) => ({
            variantId,
            quantity: int(1, 15),
            unitCost: int(50, 900),
          })),
        });
        const { purchaseOrder } = await createPurchaseOrder(o.scope, input);
        const po: ModelPo = {
          id: purchaseOrder.id,
          status: "DRAFT",
          locationId,
          lines: purchaseOrder.lines.map((l) => ({
            id: l.id,
            variantId: l.variantId,
            quantity: l.quantity,
            receivedQty: 0,
          })),
        };
        pos.push(po);
        if (random() < 0.75) {
          await markPurchaseOrderOrdered(o.scope, po.id);
          po.status = "ORDERED";
        }
        tally.ok++;
      } else if (roll < 0.9 && pos.length > 0) {
        const po = pick(pos);
        const entries = po.lines.map((l) => ({
          lineId: l.id,
          quantity: int(0, l.quantity - l.receivedQty + 2),
        }));
        if (entries.every((e) => e.quantity === 0)) entries[0]!.quantity = 1;
        const receivable = po.status === "ORDERED" || po.status === "PARTIALLY_RECEIVED";
        const fits = entries.every(
          (e, i) => e.quantity <= po.lines[i]!.quantity - po.lines[i]!.receivedQty,
        );
        const ok = await expectOutcome(
          `${label}: receive PO (${po.status})`,
          receivable && fits,
          () => receivePurchaseOrder(o.scope, { purchaseOrderId: po.id, lines: entries, note: "" }),
        );
        if (ok) {
          entries.forEach((e, i) => {
            po.lines[i]!.receivedQty += e.quantity;
            add(onHand, key(po.lines[i]!.variantId, po.locationId), e.quantity);
          });
          po.status = po.lines.every((l) => l.receivedQty >= l.quantity)
            ? "RECEIVED"
            : "PARTIALLY_RECEIVED";
        }
      } else if (roll < 0.93 && pos.length > 0) {
        const po = pick(pos);
        const can = po.status !== "RECEIVED" && po.status !== "CANCELLED";
        if (
          await expectOutcome(`${label}: cancel PO (${po.status})`, can, () =>
            cancelPurchaseOrder(o.scope, po.id),
          )
        ) {
          po.status = "CANCELLED";
        }
      } else if (roll < 0.97) {
        const variantId = pick(variantIds);
        const quantity = int(1, 4);
        const k = key(variantId, locationId);
        const can = quantity <= Math.max(free(k), 0);
        const reserve = () =>
          db.$transaction((tx) =>
            reserveStock({ ...o.scope, db: tx }, locationId, [
              { variantId, quantity, allowBackorder: false, label: "x" },
            ]),
          );
        if (await expectOutcome(`${label}: reserve ${quantity} of ${k}`, can, reserve)) {
          add(committed, k, quantity);
          reservations.push({ locationId, variantId, quantity });
        }
      } else if (reservations.length > 0) {
        const index = int(0, reservations.length - 1);
        const r = reservations[index]!;
        const k = key(r.variantId, r.locationId);
        const ship = () =>
          db.$transaction((tx) =>
            shipReservedStock(
              { ...o.scope, db: tx },
              r.locationId,
              [{ variantId: r.variantId, quantity: r.quantity, backorderedQty: 0, label: "x" }],
              { type: "order", id: `workload-${step}` },
            ),
          );
        if (
          await expectOutcome(
            `${label}: ship ${r.quantity} of ${k}`,
            r.quantity <= get(onHand, k),
            ship,
          )
        ) {
          add(onHand, k, -r.quantity);
          add(committed, k, -r.quantity);
          reservations.splice(index, 1);
        }
      }
    }

    // Every kind of outcome happened, so the run exercised refusals as well as writes.
    expect(tally.ok).toBeGreaterThan(150);
    expect(tally.refused).toBeGreaterThan(10);
    expect(tally.invalid).toBeGreaterThan(3);

    const levels = await expectLedgerConsistent(o.orgId);
    for (const level of levels) {
      expect(level.onHand, key(level.variantId, level.locationId)).toBe(
        get(onHand, key(level.variantId, level.locationId)),
      );
    }
    const dbLevels = await db.inventoryLevel.findMany({ where: { orgId: o.orgId } });
    for (const level of dbLevels) {
      expect(level.committed).toBe(get(committed, key(level.variantId, level.locationId)));
      expect(level.committed).toBeGreaterThanOrEqual(0);
    }
    for (const po of pos) {
      const row = await db.purchaseOrder.findUniqueOrThrow({
        where: { id: po.id },
        include: { lines: true },
      });
      expect(row.status).toBe(po.status);
      const receipts = await db.stockMovement.aggregate({
        where: { referenceType: "purchase_order", referenceId: po.id },
        _sum: { quantity: true },
      });
      const receivedQty = row.lines.reduce((s, l) => s + l.receivedQty, 0);
      expect(receipts._sum.quantity ?? 0).toBe(receivedQty);
      expect(row.lines.every((l) => l.receivedQty <= l.quantity)).toBe(true);
    }
  });
});
