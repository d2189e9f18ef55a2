import { randomUUID } from "node:crypto";
import type { DemoVariant } from "./build-catalog";
import type { Random } from "./random";

const DAY = 86_400_000;

type Level = {
  id: string;
  variant: DemoVariant;
  locationId: string;
  onHand: number;
  committed: number;
  backordered: number;
  onOrder: number;
  reorderPoint: number;
  reorderQty: number;
  safetyStock: number;
};

type Reference = { type: string; id: string };

/**
 * The simulation's stock book. It mirrors the app's rules (lib/inventory): every
 * on-hand change is a movement with its balance, sales never take reserved or
 * missing stock, and backorders only where the product allows them.
 */
export function createLedger(
  orgId: string,
  variants: DemoVariant[],
  locationIds: { shop: string; web: string },
  random: Random,
  start: Date,
  staff: { id: string; label: string },
) {
  const levels = new Map<string, Level>();
  const movements: Record<string, unknown>[] = [];
  const purchaseOrders: Record<string, unknown>[] = [];
  const purchaseOrderLines: Record<string, unknown>[] = [];
  let poNumber = 0;

  const move = (
    level: Level,
    type: string,
    quantity: number,
    at: Date,
    reference?: Reference,
    reason?: string,
  ) => {
    level.onHand += quantity;
    movements.push({
      id: randomUUID(),
      orgId,
      variantId: level.variant.id,
      locationId: level.locationId,
      type,
      quantity,
      balanceAfter: level.onHand,
      reason: reason ?? null,
      note: null,
      actorType: "USER",
      actorId: staff.id,
      actorLabel: staff.label,
      referenceType: reference?.type ?? null,
      referenceId: reference?.id ?? null,
      createdAt: at,
    });
  };

  for (const variant of variants) {
    for (const [locationId, share] of [
      [locationIds.shop, 0.68],
      [locationIds.web, 0.32],
    ] as const) {
      const rate = variant.dailyRate * share;
      const safetyStock = Math.ceil(rate * 3);
      const reorderPoint = Math.max(2, Math.ceil(rate * variant.leadTimeDays) + safetyStock);
      const reorderQty = Math.max(4, Math.ceil(rate * 45));
      const level: Level = {
        id: randomUUID(),
        variant,
        locationId,
        onHand: 0,
        committed: 0,
        backordered: 0,
        onOrder: 0,
        reorderPoint,
        reorderQty,
        safetyStock,
      };
      levels.set(`${variant.id}:${locationId}`, level);
      const opening = reorderPoint + Math.ceil(reorderQty * (0.6 + random.next()));
      move(level, "RECEIPT", opening, start, undefined, "Opening stock");
    }
  }

  const level = (variantId: string, locationId: string) =>
    levels.get(`${variantId}:${locationId}`)!;
  const free = (l: Level) => l.onHand - l.committed;

  return {
    /** A completed sale: stock leaves at once. Null when there is not enough. */
    sell(
      variant: DemoVariant,
      locationId: string,
      quantity: number,
      at: Date,
      reference: Reference,
    ) {
      const l = level(variant.id, locationId);
      if (free(l) < quantity) return null;
      move(l, "SALE", -quantity, at, reference);
      return { backordered: 0 };
    },
    /** An open order: stock is committed, with a backorder where the product allows it. */
    reserve(variant: DemoVariant, locationId: string, quantity: number) {
      const l = level(variant.id, locationId);
      const short = Math.max(quantity - Math.max(free(l), 0), 0);
      if (short > 0 && !variant.allowBackorder) return null;
      l.committed += quantity;
      l.backordered += short;
      return { backordered: short };
    },
    check(variant: DemoVariant, locationId: string, quantity: number) {
      return free(level(variant.id, locationId)) >= quantity ? { backordered: 0 } : null;
    },
    restock(
      variantId: string,
      locationId: string,
      quantity: number,
      at: Date,
      reference: Reference,
    ) {
      move(level(variantId, locationId), "RETURN", quantity, at, reference, "Customer return");
    },
    /**
     * The evening reorder round: levels at or under their reorder point (counting
     * stock already on order) go on one purchase order per supplier and location.
     * Now and then the shop forgets, which is how stock-outs happen.
     */
    reorder(at: Date, schedule: (at: Date, run: () => void) => void) {
      const due = new Map<string, Level[]>();
      for (const l of levels.values()) {
        if (free(l) + l.onOrder > l.reorderPoint || random.chance(0.1)) continue;
        const key = `${l.variant.supplierId}:${l.locationId}`;
        due.set(key, [...(due.get(key) ?? []), l]);
      }
      for (const group of due.values()) {
        const first = group[0]!;
        const poId = randomUUID();
        const arrivalDay = Math.floor(at.getTime() / DAY) + first.variant.leadTimeDays;
        const arrival = new Date(arrivalDay * DAY + 8 * 3_600_000);
        const po = {
          id: poId,
          orgId,
          number: ++poNumber,
          supplierId: first.variant.supplierId,
          locationId: first.locationId,
          status: "ORDERED",
          expectedAt: arrival,
          notes: "",
          orderedAt: at,
          receivedAt: null as Date | null,
          createdAt: at,
          updatedAt: at,
        };
        purchaseOrders.push(po);
        const lines = group.map((l) => {
          l.onOrder += l.reorderQty;
          const line = {
            id: randomUUID(),
            orgId,
            purchaseOrderId: poId,
            variantId: l.variant.id,
            quantity: l.reorderQty,
            receivedQty: 0,
            unitCostMinor: l.variant.costMinor,
          };
          purchaseOrderLines.push(line);
          return { l, line };
        });
        schedule(arrival, () => {
          for (const { l, line } of lines) {
            l.onOrder -= line.quantity;
            line.receivedQty = line.quantity;
            move(l, "RECEIPT", line.quantity, arrival, { type: "purchase_order", id: poId });
          }
          Object.assign(po, { status: "RECEIVED", receivedAt: arrival, updatedAt: arrival });
        });
      }
    },
    result() {
      const levelRows = [...levels.values()].map((l) => ({
        id: l.id,
        orgId,
        variantId: l.variant.id,
        locationId: l.locationId,
        onHand: l.onHand,
        committed: l.committed,
        backordered: l.backordered,
        reorderPoint: l.reorderPoint,
        reorderQty: l.reorderQty,
        safetyStock: l.safetyStock,
      }));
      return {
        levels: levelRows,
        movements,
        purchaseOrders,
        purchaseOrderLines,
        lastPoNumber: poNumber,
      };
    },
  };
}

export type Ledger = ReturnType<typeof createLedger>;
