import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import {
  listInventoryLevels,
  listInventoryLevelsForExport,
  listLowStock,
} from "@/lib/inventory/list-levels";
import { listMovements, listMovementsForExport } from "@/lib/inventory/list-movements";
import { getPurchaseOrder, listPurchaseOrders } from "@/lib/inventory/list-purchase-orders";
import {
  levelListSchema,
  movementListSchema,
  purchaseOrderListSchema,
} from "@/lib/inventory/list-schemas";
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
import { listReorderSuggestions } from "@/lib/inventory/reorder-suggestions";
import { searchVariants } from "@/lib/inventory/search-variants";
import { adjustStock, receiveStock, transferStock } from "@/lib/inventory/stock-operations";
import { userError } from "./support/factories";
import {
  createLocation,
  createSupplier,
  createVariant,
  inventoryOrg,
  type InventoryOrg,
} from "./support/inventory";

/**
 * Organisation A acting on organisation B's ids must get not_found and change nothing of
 * B's; A's lists never show B's rows, whatever filters A passes.
 */

let a: InventoryOrg;
let b: InventoryOrg;
const A = {} as {
  location: { id: string };
  variant: { id: string };
  supplier: { id: string };
  po: string;
};
const B = {} as {
  location: { id: string };
  variant: { id: string };
  supplier: { id: string };
  po: string;
  draft: string;
  line: string;
};

async function snapshotOfB() {
  const where = { orgId: b.orgId };
  const [levels, movements, orders, lines, sequences] = await Promise.all([
    db.inventoryLevel.findMany({ where, orderBy: { id: "asc" } }),
    db.stockMovement.findMany({ where, orderBy: { id: "asc" } }),
    db.purchaseOrder.findMany({ where, orderBy: { id: "asc" } }),
    db.purchaseOrderLine.findMany({ where, orderBy: { id: "asc" } }),
    db.sequence.findMany({ where }),
  ]);
  return { levels, movements, orders, lines, sequences };
}

beforeAll(async () => {
  [a, b] = [await inventoryOrg(), await inventoryOrg()];
  for (const [org, ids] of [
    [a, A],
    [b, B],
  ] as const) {
    ids.location = await createLocation(org.orgId, "Main");
    ids.supplier = await createSupplier(org.orgId, { name: "Same name" });
    ids.variant = await createVariant(org.orgId, {
      supplierId: ids.supplier.id,
      productName: "Shared name",
      sku: "SAME-SKU",
    });
    await receiveStock(org.scope, {
      locationId: ids.location.id,
      lines: [{ variantId: ids.variant.id, quantity: 5 }],
      note: "",
    });
    await updateReorderSettings(org.scope, {
      variantId: ids.variant.id,
      locationId: ids.location.id,
      reorderPoint: 10,
      reorderQty: 20,
      safetyStock: 0,
      leadTimeDays: null,
    });
    const po = await createPurchaseOrder(org.scope, {
      supplierId: ids.supplier.id,
      locationId: ids.location.id,
      expectedAt: null,
      notes: "",
      lines: [{ variantId: ids.variant.id, quantity: 4, unitCost: 100 }],
    });
    await markPurchaseOrderOrdered(org.scope, po.purchaseOrder.id);
    ids.po = po.purchaseOrder.id;
  }
  const draft = await createPurchaseOrder(b.scope, {
    supplierId: B.supplier.id,
    locationId: B.location.id,
    expectedAt: null,
    notes: "",
    lines: [{ variantId: B.variant.id, quantity: 1, unitCost: 1 }],
  });
  B.draft = draft.purchaseOrder.id;
  B.line = (await db.purchaseOrderLine.findFirstOrThrow({ where: { purchaseOrderId: B.po } })).id;
}, 90_000);

afterAll(async () => {
  await db.$disconnect();
});

describe("inventory across organisations", () => {
  it("refuses every write on another organisation's variants, locations, suppliers and purchase orders", async () => {
    const before = await snapshotOfB();
    const s = a.scope;
    const mine = { variantId: A.variant.id, locationId: A.location.id };
    const theirs = { variantId: B.variant.id, locationId: B.location.id };
    const attempts: (() => Promise<unknown>)[] = [
      () =>
        adjustStock(s, {
          ...mine,
          variantId: B.variant.id,
          quantity: -1,
          reason: "lost",
          note: "",
        }),
      () =>
        adjustStock(s, {
          ...mine,
          locationId: B.location.id,
          quantity: 1,
          reason: "found",
          note: "",
        }),
      () => adjustStock(s, { ...theirs, quantity: -1, reason: "lost", note: "" }),
      () =>
        receiveStock(s, {
          locationId: B.location.id,
          lines: [{ variantId: A.variant.id, quantity: 1 }],
          note: "",
        }),
      () =>
        receiveStock(s, {
          locationId: A.location.id,
          lines: [{ variantId: B.variant.id, quantity: 1 }],
          note: "",
        }),
      () =>
        transferStock(s, {
          fromLocationId: A.location.id,
          toLocationId: B.location.id,
          lines: [{ variantId: A.variant.id, quantity: 1 }],
          note: "",
        }),
      () =>
        transferStock(s, {
          fromLocationId: B.location.id,
          toLocationId: A.location.id,
          lines: [{ variantId: B.variant.id, quantity: 1 }],
          note: "",
        }),
      () =>
        recordStockCount(s, {
          locationId: B.location.id,
          countedAt: new Date(),
          lines: [{ variantId: B.variant.id, counted: 0 }],
          note: "",
        }),
      () =>
        recordStockCount(s, {
          locationId: A.location.id,
          countedAt: new Date(),
          lines: [{ variantId: B.variant.id, counted: 0 }],
          note: "",
        }),
      () =>
        updateReorderSettings(s, {
          ...theirs,
          reorderPoint: 0,
          reorderQty: 0,
          safetyStock: 0,
          leadTimeDays: null,
        }),
      () =>
        createPurchaseOrder(s, {
          supplierId: B.supplier.id,
          locationId: A.location.id,
          expectedAt: null,
          notes: "",
          lines: [{ variantId: A.variant.id, quantity: 1, unitCost: 1 }],
        }),
      () =>
        createPurchaseOrder(s, {
          supplierId: A.supplier.id,
          locationId: B.location.id,
          expectedAt: null,
          notes: "",
          lines: [{ variantId: A.variant.id, quantity: 1, unitCost: 1 }],
        }),
      () =>
        createPurchaseOrder(s, {
          supplierId: A.supplier.id,
          locationId: A.location.id,
          expectedAt: null,
          notes: "",
          lines: [{ variantId: B.variant.id, quantity: 1, unitCost: 1 }],
        }),
      () =>
        updatePurchaseOrder(s, B.draft, {
          supplierId: A.supplier.id,
          locationId: A.location.id,
          expectedAt: null,
          notes: "",
          lines: [{ variantId: A.variant.id, quantity: 1, unitCost: 1 }],
        }),
      () => markPurchaseOrderOrdered(s, B.draft),
      () => cancelPurchaseOrder(s, B.po),
      () => cancelPurchaseOrder(s, B.draft),
      () =>
        receivePurchaseOrder(s, {
          purchaseOrderId: B.po,
          lines: [{ lineId: B.line, quantity: 1 }],
          note: "",
        }),
      () => getPurchaseOrder(s, B.po),
    ];
    for (const [i, attempt] of attempts.entries()) {
      const error = await userError(attempt());
      expect(error.code, `attempt ${i}: ${error.message}`).toBe("not_found");
    }
    // A's own purchase order cannot receive B's line either.
    const error = await userError(
      receivePurchaseOrder(s, {
        purchaseOrderId: A.po,
        lines: [{ lineId: B.line, quantity: 1 }],
        note: "",
      }),
    );
    expect(error.options.fieldErrors).toHaveProperty(["lines.0.lineId"]);

    expect(await snapshotOfB()).toEqual(before);
  });

  it("never lists another organisation's stock, movements, suggestions or purchase orders", async () => {
    const s = a.scope;
    const levels = await listInventoryLevels(s, levelListSchema.parse({ pageSize: "100" }));
    expect(levels.rows.map((r) => r.variantId)).toEqual([A.variant.id]);
    for (const query of [
      { location: B.location.id },
      { supplier: B.supplier.id },
      { q: "SAME-SKU", location: B.location.id },
    ]) {
      expect((await listInventoryLevels(s, levelListSchema.parse(query))).total).toBe(0);
    }
    const exported = await listInventoryLevelsForExport(s, levelListSchema.parse({}));
    expect(exported).toHaveLength(1);
    expect((await listLowStock(s)).map((r) => r.variantId)).toEqual([A.variant.id]);

    const movements = await listMovements(s, movementListSchema.parse({ pageSize: "100" }));
    expect(new Set(movements.rows.map((r) => r.variantId))).toEqual(new Set([A.variant.id]));
    expect(
      (await listMovements(s, movementListSchema.parse({ variant: B.variant.id }))).total,
    ).toBe(0);
    expect(
      (await listMovements(s, movementListSchema.parse({ location: B.location.id }))).total,
    ).toBe(0);
    expect(
      await listMovementsForExport(s, movementListSchema.parse({ variant: B.variant.id })),
    ).toEqual([]);

    const orders = await listPurchaseOrders(s, purchaseOrderListSchema.parse({}));
    expect(orders.rows.map((r) => r.id)).toEqual([A.po]);
    expect(
      (await listPurchaseOrders(s, purchaseOrderListSchema.parse({ supplier: B.supplier.id })))
        .total,
    ).toBe(0);

    const suggestions = await listReorderSuggestions(s);
    expect(suggestions.flatMap((g) => g.lines.map((l) => l.variantId))).toEqual([A.variant.id]);
    expect(await listReorderSuggestions(s, { location: B.location.id })).toEqual([]);

    const found = await searchVariants(s, { q: "SAME-SKU", supplierId: B.supplier.id });
    expect(found.map((v) => v.id)).toEqual([A.variant.id]);
    expect(found[0]!.fromSupplier).toBe(false);

    const options = await inventoryFilterOptions(s);
    expect(options.locations.map((l) => l.id)).toEqual([A.location.id]);
    expect(options.suppliers.map((x) => x.id)).toEqual([A.supplier.id]);
  });

  it("creates draft purchase orders from its own suggestions only", async () => {
    const before = await snapshotOfB();
    const created = await createPurchaseOrdersFromSuggestions(a.scope, { location: B.location.id });
    expect(created).toEqual([]);
    const own = await createPurchaseOrdersFromSuggestions(a.scope);
    expect(own.map((r) => r.purchaseOrder.orgId)).toEqual([a.orgId]);
    expect(own[0]!.purchaseOrder.number).toBe(2);
    expect(await snapshotOfB()).toEqual(before);
  });
});
