import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { getPurchaseOrder, listPurchaseOrders } from "@/lib/inventory/list-purchase-orders";
import { purchaseOrderListSchema } from "@/lib/inventory/list-schemas";
import {
  purchaseOrderInputSchema,
  receivePurchaseOrderSchema,
} from "@/lib/inventory/purchase-order-schemas";
import {
  cancelPurchaseOrder,
  createPurchaseOrder,
  markPurchaseOrderOrdered,
  updatePurchaseOrder,
} from "@/lib/inventory/purchase-orders";
import { createPurchaseOrdersFromSuggestions } from "@/lib/inventory/purchase-orders-from-suggestions";
import { PURCHASE_ORDER_ACTIONS } from "@/lib/inventory/purchase-order-timeline";
import { receivePurchaseOrder } from "@/lib/inventory/receive-purchase-order";
import { updateReorderSettings } from "@/lib/inventory/reorder-settings";
import { listReorderSuggestions } from "@/lib/inventory/reorder-suggestions";
import { receiveStock } from "@/lib/inventory/stock-operations";
import { reserveStock } from "@/lib/inventory/reservations";
import { userError } from "./support/factories";
import {
  createLocation,
  createSupplier,
  createVariant,
  expectLedgerConsistent,
  inventoryOrg,
  onHandOf,
  type InventoryOrg,
} from "./support/inventory";

afterAll(async () => {
  await db.$disconnect();
});

type Setting = {
  reorderPoint: number;
  reorderQty: number;
  safetyStock?: number;
  leadTimeDays?: number | null;
};

async function setLevel(
  o: InventoryOrg,
  variantId: string,
  locationId: string,
  onHand: number,
  s: Setting,
) {
  if (onHand > 0)
    await receiveStock(o.scope, { locationId, lines: [{ variantId, quantity: onHand }], note: "" });
  await updateReorderSettings(o.scope, {
    variantId,
    locationId,
    safetyStock: 0,
    leadTimeDays: null,
    ...s,
  });
}

const poInput = (
  supplierId: string,
  locationId: string,
  lines: { variantId: string; quantity: number | string; unitCost: string | number }[],
) => purchaseOrderInputSchema.parse({ supplierId, locationId, lines, notes: "", expectedAt: "" });

describe("reorder suggestions", () => {
  let o: InventoryOrg;
  let shop: { id: string };
  let acme: { id: string };
  let zeta: { id: string };

  beforeAll(async () => {
    o = await inventoryOrg();
    shop = await createLocation(o.orgId, "Shop");
    acme = await createSupplier(o.orgId, { name: "Acme", leadTimeDays: 5 });
    zeta = await createSupplier(o.orgId, { name: "Zeta", leadTimeDays: 10 });
  }, 60_000);

  it("groups levels at or below their reorder point by supplier, netting stock on order", async () => {
    const low = await createVariant(o.orgId, {
      productName: "A low",
      supplierId: acme.id,
      costMinor: 250,
    });
    const fine = await createVariant(o.orgId, { productName: "B fine", supplierId: acme.id });
    const covered = await createVariant(o.orgId, { productName: "C covered", supplierId: zeta.id });
    const orphan = await createVariant(o.orgId, { productName: "D orphan" });
    await setLevel(o, low.id, shop.id, 2, { reorderPoint: 5, reorderQty: 6, safetyStock: 3 });
    await setLevel(o, fine.id, shop.id, 9, { reorderPoint: 5, reorderQty: 6 });
    await setLevel(o, covered.id, shop.id, 1, { reorderPoint: 5, reorderQty: 10 });
    await setLevel(o, orphan.id, shop.id, 0, { reorderPoint: 1, reorderQty: 4 });

    // 10 ordered, 6 received already (at another location), so for the shop all 10 are on order.
    const ordered = await createPurchaseOrder(
      o.scope,
      poInput(zeta.id, shop.id, [{ variantId: covered.id, quantity: 10, unitCost: "1.00" }]),
    );
    await markPurchaseOrderOrdered(o.scope, ordered.purchaseOrder.id);

    let groups = await listReorderSuggestions(o.scope);
    expect(groups.map((g) => g.supplierName)).toEqual(["Acme", null]);
    expect(groups[0]!.lines).toHaveLength(1);
    // available 2 + on order 0 ≤ 5 → max(6, 5 + 3 − 2) = 6
    expect(groups[0]!.lines[0]).toMatchObject({
      variantId: low.id,
      available: 2,
      onOrder: 0,
      suggestedQty: 6,
      leadTimeDays: 5,
    });
    expect(groups[0]).toMatchObject({ totalQty: 6, totalCostMinor: 1500 });
    expect(groups[1]!.lines[0]).toMatchObject({ variantId: orphan.id, suggestedQty: 4 });

    // Receiving 7 of the 10 leaves 3 on order: available 8 + 3 > 5, still covered.
    await receivePurchaseOrder(o.scope, {
      purchaseOrderId: ordered.purchaseOrder.id,
      lines: [{ lineId: ordered.purchaseOrder.lines[0]!.id, quantity: 7 }],
      note: "",
    });
    // A sale of 6 commits stock: available 2 + on order 3 = 5 ≤ 5 → max(10, 5 − 5) = 10.
    await db.$transaction((tx) =>
      reserveStock({ ...o.scope, db: tx }, shop.id, [
        { variantId: covered.id, quantity: 6, allowBackorder: false, label: "x" },
      ]),
    );
    groups = await listReorderSuggestions(o.scope, { supplier: zeta.id });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.lines[0]).toMatchObject({
      variantId: covered.id,
      available: 2,
      onOrder: 3,
      suggestedQty: 10,
    });
    expect(
      await listReorderSuggestions(o.scope, { location: (await createLocation(o.orgId)).id }),
    ).toEqual([]);
  });

  it("creates one draft per supplier and location, and pressing again changes nothing", async () => {
    const o2 = await inventoryOrg();
    const [north, south] = [
      await createLocation(o2.orgId, "North"),
      await createLocation(o2.orgId, "South"),
    ];
    const s = await createSupplier(o2.orgId, { name: "Solo", leadTimeDays: 3 });
    const [a, b] = [
      await createVariant(o2.orgId, { supplierId: s.id, costMinor: 100 }),
      await createVariant(o2.orgId, { supplierId: s.id, costMinor: 300 }),
    ];
    const orphan = await createVariant(o2.orgId);
    await setLevel(o2, a.id, north.id, 0, { reorderPoint: 2, reorderQty: 5 });
    await setLevel(o2, b.id, north.id, 0, { reorderPoint: 2, reorderQty: 7 });
    await setLevel(o2, a.id, south.id, 1, { reorderPoint: 2, reorderQty: 4 });
    await setLevel(o2, orphan.id, north.id, 0, { reorderPoint: 2, reorderQty: 4 });

    const first = await createPurchaseOrdersFromSuggestions(o2.scope);
    expect(first).toHaveLength(2);
    expect(first.map((r) => [r.purchaseOrder.number, r.created, r.addedLines])).toEqual([
      [1, true, 2],
      [2, true, 1],
    ]);
    const northPo = first.find((r) => r.purchaseOrder.locationId === north.id)!.purchaseOrder;
    expect(northPo.status).toBe("DRAFT");
    expect(northPo.lines.map((l) => [l.variantId, l.quantity, l.unitCostMinor]).sort()).toEqual(
      [
        [a.id, 5, 100],
        [b.id, 7, 300],
      ].sort(),
    );
    // Drafts are shown, not netted.
    const groups = await listReorderSuggestions(o2.scope, { location: north.id });
    expect(groups[0]!.lines.map((l) => l.inDraft).sort()).toEqual([5, 7]);

    expect(await createPurchaseOrdersFromSuggestions(o2.scope)).toEqual([]);
    expect(await db.purchaseOrder.count({ where: { orgId: o2.orgId } })).toBe(2);

    // A new suggestion is added to the existing draft, which keeps its edited lines.
    await updatePurchaseOrder(
      o2.scope,
      northPo.id,
      poInput(s.id, north.id, [{ variantId: a.id, quantity: 50, unitCost: "1.00" }]),
    );
    const again = await createPurchaseOrdersFromSuggestions(o2.scope, { location: north.id });
    expect(again.map((r) => [r.created, r.addedLines])).toEqual([[false, 1]]);
    expect(again[0]!.purchaseOrder.lines.map((l) => l.quantity).sort()).toEqual([50, 7].sort());
  });
});

/** Records the audit entry the server action would write alongside the call. */
async function audited<
  T extends { purchaseOrder: { id: string }; before?: unknown; after?: unknown },
>(o: InventoryOrg, action: string, call: Promise<T>) {
  const result = await call;
  await recordAudit(db, o.scope, {
    action,
    entityType: "PurchaseOrder",
    entityId: result.purchaseOrder.id,
    before: result.before,
    after: result.after,
  });
  return result;
}

describe("purchase orders", () => {
  let o: InventoryOrg;
  let shop: { id: string };
  let supplier: { id: string };

  beforeAll(async () => {
    o = await inventoryOrg();
    shop = await createLocation(o.orgId, "Shop");
    supplier = await createSupplier(o.orgId, { name: "Acme", leadTimeDays: 4 });
  }, 60_000);

  it("goes from draft to ordered to partially received to received", async () => {
    const [a, b] = [await createVariant(o.orgId), await createVariant(o.orgId)];
    const { purchaseOrder: draft, after } = await audited(
      o,
      PURCHASE_ORDER_ACTIONS.create,
      createPurchaseOrder(
        o.scope,
        poInput(supplier.id, shop.id, [
          { variantId: a.id, quantity: "10", unitCost: "2.50" },
          { variantId: b.id, quantity: 4, unitCost: 1000 },
        ]),
      ),
    );
    expect(after).toMatchObject({
      status: "DRAFT",
      lines: [
        { quantity: 10, unitCostMinor: 250 },
        { quantity: 4, unitCostMinor: 1000 },
      ],
    });
    await userError(
      receivePurchaseOrder(o.scope, {
        purchaseOrderId: draft.id,
        lines: [{ lineId: draft.lines[0]!.id, quantity: 1 }],
        note: "",
      }),
      "conflict",
    );

    const edited = await audited(
      o,
      PURCHASE_ORDER_ACTIONS.update,
      updatePurchaseOrder(
        o.scope,
        draft.id,
        poInput(supplier.id, shop.id, [
          { variantId: a.id, quantity: 12, unitCost: "2.50" },
          { variantId: b.id, quantity: 4, unitCost: "10" },
        ]),
      ),
    );
    expect(edited.before.lines[0]!.quantity).toBe(10);
    expect(edited.after.lines.map((l) => l.quantity)).toEqual([12, 4]);

    const ordered = await audited(
      o,
      PURCHASE_ORDER_ACTIONS.order,
      markPurchaseOrderOrdered(o.scope, draft.id),
    );
    expect(ordered.after.status).toBe("ORDERED");
    expect(ordered.purchaseOrder.orderedAt).toBeInstanceOf(Date);
    // No expected date was set, so the supplier's lead time decides it.
    const expected = new Date(ordered.purchaseOrder.orderedAt!);
    expected.setUTCHours(0, 0, 0, 0);
    expected.setUTCDate(expected.getUTCDate() + 4);
    expect(ordered.purchaseOrder.expectedAt).toEqual(expected);
    await userError(
      updatePurchaseOrder(
        o.scope,
        draft.id,
        poInput(supplier.id, shop.id, [{ variantId: a.id, quantity: 1, unitCost: 1 }]),
      ),
      "conflict",
    );
    await userError(markPurchaseOrderOrdered(o.scope, draft.id), "conflict");

    const [lineA, lineB] = ordered.purchaseOrder.lines.sort((x, y) =>
      x.variantId === a.id ? -1 : y.variantId === a.id ? 1 : 0,
    );
    const first = await audited(
      o,
      PURCHASE_ORDER_ACTIONS.receive,
      receivePurchaseOrder(
        o.scope,
        receivePurchaseOrderSchema.parse({
          purchaseOrderId: draft.id,
          lines: [
            { lineId: lineA!.id, quantity: "5" },
            { lineId: lineB!.id, quantity: "0" },
          ],
        }),
      ),
    );
    expect(first.purchaseOrder.status).toBe("PARTIALLY_RECEIVED");
    expect(first.before.stock).toEqual([{ variantId: a.id, locationId: shop.id, onHand: 0 }]);
    expect(first.after.stock).toEqual([{ variantId: a.id, locationId: shop.id, onHand: 5 }]);
    expect(await onHandOf(a.id, shop.id)).toBe(5);

    const over = await userError(
      receivePurchaseOrder(o.scope, {
        purchaseOrderId: draft.id,
        lines: [{ lineId: lineA!.id, quantity: 8 }],
        note: "",
      }),
      "conflict",
    );
    expect(over.message).toMatch(/Only 7 of .* still expected/);
    expect(over.options.fieldErrors).toHaveProperty(["lines.0.quantity"]);
    expect(await onHandOf(a.id, shop.id)).toBe(5);

    const done = await audited(
      o,
      PURCHASE_ORDER_ACTIONS.receive,
      receivePurchaseOrder(o.scope, {
        purchaseOrderId: draft.id,
        lines: [
          { lineId: lineA!.id, quantity: 7 },
          { lineId: lineB!.id, quantity: 4 },
        ],
        note: "Second delivery",
      }),
    );
    expect(done.purchaseOrder.status).toBe("RECEIVED");
    expect(done.purchaseOrder.receivedAt).toBeInstanceOf(Date);
    expect([await onHandOf(a.id, shop.id), await onHandOf(b.id, shop.id)]).toEqual([12, 4]);
    const receipts = await db.stockMovement.findMany({
      where: { referenceType: "purchase_order", referenceId: draft.id },
    });
    expect(receipts.map((m) => m.type)).toEqual(["RECEIPT", "RECEIPT", "RECEIPT"]);
    await userError(
      receivePurchaseOrder(o.scope, {
        purchaseOrderId: draft.id,
        lines: [{ lineId: lineA!.id, quantity: 1 }],
        note: "",
      }),
      "conflict",
    );
    await userError(cancelPurchaseOrder(o.scope, draft.id), "conflict");

    const detail = await getPurchaseOrder(o.scope, draft.id);
    expect(detail.timeline.map((e) => e.kind)).toEqual([
      "created",
      "edited",
      "ordered",
      "received",
      "received",
      "completed",
    ]);
    expect(detail.timeline.filter((e) => e.kind === "received").map((e) => e.quantity)).toEqual([
      5, 11,
    ]);
    expect(detail.timeline.every((e) => e.actorLabel === "Olive Owner")).toBe(true);
    expect(detail.lines.map((l) => l.openQty)).toEqual([0, 0]);
    expect(detail.totalMinor).toBe(12 * 250 + 4 * 1000);
    await expectLedgerConsistent(o.orgId);
  });

  it("refuses receiving lines of another purchase order and all-zero receipts", async () => {
    const v = await createVariant(o.orgId);
    const one = await createPurchaseOrder(
      o.scope,
      poInput(supplier.id, shop.id, [{ variantId: v.id, quantity: 2, unitCost: 1 }]),
    );
    const two = await createPurchaseOrder(
      o.scope,
      poInput(supplier.id, shop.id, [{ variantId: v.id, quantity: 2, unitCost: 1 }]),
    );
    await markPurchaseOrderOrdered(o.scope, one.purchaseOrder.id);
    const error = await userError(
      receivePurchaseOrder(o.scope, {
        purchaseOrderId: one.purchaseOrder.id,
        lines: [{ lineId: two.purchaseOrder.lines[0]!.id, quantity: 1 }],
        note: "",
      }),
    );
    expect(error.options.fieldErrors).toHaveProperty(["lines.0.lineId"]);
    expect(
      receivePurchaseOrderSchema.safeParse({
        purchaseOrderId: "x",
        lines: [{ lineId: "l", quantity: 0 }],
      }).success,
    ).toBe(false);
  });

  it("cancels drafts and partly received orders, keeping what arrived", async () => {
    const v = await createVariant(o.orgId);
    const draft = await createPurchaseOrder(
      o.scope,
      poInput(supplier.id, shop.id, [{ variantId: v.id, quantity: 2, unitCost: 1 }]),
    );
    expect((await cancelPurchaseOrder(o.scope, draft.purchaseOrder.id)).after.status).toBe(
      "CANCELLED",
    );
    await userError(markPurchaseOrderOrdered(o.scope, draft.purchaseOrder.id), "conflict");

    const po = await createPurchaseOrder(
      o.scope,
      poInput(supplier.id, shop.id, [{ variantId: v.id, quantity: 6, unitCost: 1 }]),
    );
    await markPurchaseOrderOrdered(o.scope, po.purchaseOrder.id);
    await receivePurchaseOrder(o.scope, {
      purchaseOrderId: po.purchaseOrder.id,
      lines: [{ lineId: po.purchaseOrder.lines[0]!.id, quantity: 2 }],
      note: "",
    });
    await cancelPurchaseOrder(o.scope, po.purchaseOrder.id);
    expect(await onHandOf(v.id, shop.id)).toBe(2);
    const detail = await getPurchaseOrder(o.scope, po.purchaseOrder.id);
    // Written without the actions' audit entries, so the order's dates stand in.
    expect(detail.timeline.map((e) => e.kind)).toEqual(["created", "ordered", "cancelled"]);
  });

  it("validates references and input", async () => {
    const v = await createVariant(o.orgId);
    expect(
      purchaseOrderInputSchema.safeParse({
        supplierId: supplier.id,
        locationId: shop.id,
        lines: [],
      }).success,
    ).toBe(false);
    expect(
      purchaseOrderInputSchema.safeParse({
        supplierId: supplier.id,
        locationId: shop.id,
        lines: [{ variantId: v.id, quantity: 1, unitCost: "1.999" }],
      }).success,
    ).toBe(false);
    await userError(
      createPurchaseOrder(
        o.scope,
        poInput("nope", shop.id, [{ variantId: v.id, quantity: 1, unitCost: 1 }]),
      ),
      "not_found",
    );
    await userError(
      createPurchaseOrder(
        o.scope,
        poInput(supplier.id, "nope", [{ variantId: v.id, quantity: 1, unitCost: 1 }]),
      ),
      "not_found",
    );
    await userError(
      createPurchaseOrder(
        o.scope,
        poInput(supplier.id, shop.id, [{ variantId: "nope", quantity: 1, unitCost: 1 }]),
      ),
      "not_found",
    );
  });

  it("refuses new orders to archived suppliers but keeps drafts that already had one", async () => {
    const v = await createVariant(o.orgId);
    const old = await createSupplier(o.orgId, { name: `Old ${Date.now()}` });
    const draft = await createPurchaseOrder(
      o.scope,
      poInput(old.id, shop.id, [{ variantId: v.id, quantity: 1, unitCost: 1 }]),
    );
    await db.supplier.update({ where: { id: old.id }, data: { archivedAt: new Date() } });
    const error = await userError(
      createPurchaseOrder(
        o.scope,
        poInput(old.id, shop.id, [{ variantId: v.id, quantity: 1, unitCost: 1 }]),
      ),
    );
    expect(error.options.fieldErrors).toHaveProperty("supplierId");
    await updatePurchaseOrder(
      o.scope,
      draft.purchaseOrder.id,
      poInput(old.id, shop.id, [{ variantId: v.id, quantity: 2, unitCost: 1 }]),
    );

    // Suggestions for its products still show, but no draft is made for it.
    const product = await createVariant(o.orgId, { supplierId: old.id });
    await updateReorderSettings(o.scope, {
      variantId: product.id,
      locationId: shop.id,
      reorderPoint: 3,
      reorderQty: 5,
      safetyStock: 0,
      leadTimeDays: null,
    });
    const groups = await listReorderSuggestions(o.scope, { supplier: old.id });
    expect(groups[0]!.lines.map((l) => l.variantId)).toEqual([product.id]);
    expect(await createPurchaseOrdersFromSuggestions(o.scope, { supplier: old.id })).toEqual([]);
  });

  it("numbers purchase orders per organisation without gaps or duplicates under concurrency", async () => {
    const fresh = await inventoryOrg();
    const loc = await createLocation(fresh.orgId);
    const sup = await createSupplier(fresh.orgId);
    const v = await createVariant(fresh.orgId);
    const created = await Promise.all(
      Array.from({ length: 12 }, () =>
        createPurchaseOrder(
          fresh.scope,
          poInput(sup.id, loc.id, [{ variantId: v.id, quantity: 1, unitCost: 1 }]),
        ),
      ),
    );
    expect(created.map((c) => c.purchaseOrder.number).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
  });

  it("lists purchase orders with status, supplier and number filters", async () => {
    const fresh = await inventoryOrg();
    const loc = await createLocation(fresh.orgId, "Depot");
    const [s1, s2] = [
      await createSupplier(fresh.orgId, { name: "Alpha" }),
      await createSupplier(fresh.orgId, { name: "Beta" }),
    ];
    const v = await createVariant(fresh.orgId);
    const p1 = await createPurchaseOrder(
      fresh.scope,
      poInput(s1.id, loc.id, [{ variantId: v.id, quantity: 3, unitCost: "2.00" }]),
    );
    await createPurchaseOrder(
      fresh.scope,
      poInput(s2.id, loc.id, [{ variantId: v.id, quantity: 1, unitCost: 1 }]),
    );
    await markPurchaseOrderOrdered(fresh.scope, p1.purchaseOrder.id);
    const list = (query: Record<string, string>) =>
      listPurchaseOrders(fresh.scope, purchaseOrderListSchema.parse(query));
    const all = await list({});
    expect(all.rows.map((r) => r.number)).toEqual([2, 1]);
    expect(all.rows[1]).toMatchObject({
      supplierName: "Alpha",
      locationName: "Depot",
      orderedQty: 3,
      totalMinor: 600,
      status: "ORDERED",
    });
    expect((await list({ status: "DRAFT" })).rows.map((r) => r.number)).toEqual([2]);
    expect((await list({ supplier: s1.id })).rows.map((r) => r.number)).toEqual([1]);
    expect((await list({ q: "PO-2" })).rows.map((r) => r.number)).toEqual([2]);
    expect((await list({ q: "bet" })).rows.map((r) => r.number)).toEqual([2]);
    expect((await list({ sort: "supplier", dir: "asc" })).rows.map((r) => r.supplierName)).toEqual([
      "Alpha",
      "Beta",
    ]);
  });
});
