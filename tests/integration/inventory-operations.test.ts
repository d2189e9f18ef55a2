import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  listInventoryLevels,
  listInventoryLevelsForExport,
  listLowStock,
} from "@/lib/inventory/list-levels";
import { listMovements, listMovementsForExport } from "@/lib/inventory/list-movements";
import { levelListSchema, movementListSchema } from "@/lib/inventory/list-schemas";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import { recordStockCount } from "@/lib/inventory/record-stock-count";
import { updateReorderSettings } from "@/lib/inventory/reorder-settings";
import {
  adjustStockSchema,
  receiveStockSchema,
  reorderSettingsSchema,
  stockCountSchema,
  transferStockSchema,
} from "@/lib/inventory/schemas";
import { searchVariants } from "@/lib/inventory/search-variants";
import { adjustStock, receiveStock, transferStock } from "@/lib/inventory/stock-operations";
import { reserveStock } from "@/lib/inventory/reservations";
import { userError } from "./support/factories";
import {
  createCategory,
  createLocation,
  createSupplier,
  createVariant,
  expectLedgerConsistent,
  inventoryOrg,
  levelOf,
  onHandOf,
  type InventoryOrg,
} from "./support/inventory";

let org: InventoryOrg;
let shop: { id: string };
let warehouse: { id: string };

beforeAll(async () => {
  org = await inventoryOrg();
  shop = await createLocation(org.orgId, "Shop");
  warehouse = await createLocation(org.orgId, "Warehouse");
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
});

const receive = (variantId: string, locationId: string, quantity: number) =>
  receiveStock(
    org.scope,
    receiveStockSchema.parse({ locationId, lines: [{ variantId, quantity }] }),
  );

describe("adjustStock", () => {
  it("adds and removes stock with a reason, recording before and after", async () => {
    const v = await createVariant(org.orgId);
    await receive(v.id, shop.id, 10);
    const result = await adjustStock(
      org.scope,
      adjustStockSchema.parse({
        variantId: v.id,
        locationId: shop.id,
        quantity: "-3",
        reason: "damaged",
        note: "Wet box",
      }),
    );
    expect(result.changes).toEqual([
      { variantId: v.id, locationId: shop.id, onHandBefore: 10, onHandAfter: 7 },
    ]);
    expect(result.before.levels[0]!.onHand).toBe(10);
    expect(result.after).toMatchObject({ reason: "damaged", levels: [{ onHand: 7 }] });
    const movement = await db.stockMovement.findFirstOrThrow({
      where: { variantId: v.id, type: "ADJUSTMENT" },
    });
    expect(movement).toMatchObject({
      quantity: -3,
      balanceAfter: 7,
      reason: "damaged",
      note: "Wet box",
      actorType: "USER",
      actorId: org.userId,
    });
    await adjustStock(
      org.scope,
      adjustStockSchema.parse({
        variantId: v.id,
        locationId: shop.id,
        quantity: 2,
        reason: "found",
      }),
    );
    expect(await onHandOf(v.id, shop.id)).toBe(9);
    await expectLedgerConsistent(org.orgId);
  });

  it("requires a reason and a direction that matches it", () => {
    const base = { variantId: "v", locationId: "l" };
    expect(adjustStockSchema.safeParse({ ...base, quantity: 2 }).success).toBe(false);
    expect(adjustStockSchema.safeParse({ ...base, quantity: 2, reason: "lost" }).success).toBe(
      false,
    );
    expect(adjustStockSchema.safeParse({ ...base, quantity: -2, reason: "found" }).success).toBe(
      false,
    );
    expect(
      adjustStockSchema.safeParse({ ...base, quantity: 0, reason: "correction" }).success,
    ).toBe(false);
    expect(adjustStockSchema.safeParse({ ...base, quantity: 1, reason: "other" }).success).toBe(
      false,
    );
    expect(
      adjustStockSchema.safeParse({ ...base, quantity: 1, reason: "other", note: "Sample" })
        .success,
    ).toBe(true);
  });

  it("refuses taking out more than is on hand, and stock reserved by orders", async () => {
    const v = await createVariant(org.orgId);
    await receive(v.id, shop.id, 5);
    const tooMany = await userError(
      adjustStock(
        org.scope,
        adjustStockSchema.parse({
          variantId: v.id,
          locationId: shop.id,
          quantity: -6,
          reason: "lost",
        }),
      ),
      "conflict",
    );
    expect(tooMany.message).toMatch(/only 5 on hand/);
    expect(tooMany.options.fieldErrors?.quantity).toBeDefined();

    await db.$transaction((tx) =>
      reserveStock({ ...org.scope, db: tx }, shop.id, [
        { variantId: v.id, quantity: 3, allowBackorder: false, label: "x" },
      ]),
    );
    const reserved = await userError(
      adjustStock(
        org.scope,
        adjustStockSchema.parse({
          variantId: v.id,
          locationId: shop.id,
          quantity: -3,
          reason: "lost",
        }),
      ),
      "conflict",
    );
    expect(reserved.message).toMatch(/3 of the 5 on hand are reserved by orders, so at most 2/);
    expect(await onHandOf(v.id, shop.id)).toBe(5);
    await adjustStock(
      org.scope,
      adjustStockSchema.parse({
        variantId: v.id,
        locationId: shop.id,
        quantity: -2,
        reason: "lost",
      }),
    );
    expect(await levelOf(v.id, shop.id)).toMatchObject({ onHand: 3, committed: 3 });
  });

  it("refuses unknown variants and locations", async () => {
    const v = await createVariant(org.orgId);
    await userError(
      adjustStock(org.scope, {
        variantId: "nope",
        locationId: shop.id,
        quantity: 1,
        reason: "found",
        note: "",
      }),
      "not_found",
    );
    await userError(
      adjustStock(org.scope, {
        variantId: v.id,
        locationId: "nope",
        quantity: 1,
        reason: "found",
        note: "",
      }),
      "not_found",
    );
  });
});

describe("receiveStock", () => {
  it("adds RECEIPT movements for every line", async () => {
    const [a, b] = [await createVariant(org.orgId), await createVariant(org.orgId)];
    const result = await receiveStock(
      org.scope,
      receiveStockSchema.parse({
        locationId: warehouse.id,
        lines: [
          { variantId: a.id, quantity: "4" },
          { variantId: b.id, quantity: 6 },
        ],
        note: "Delivery 118",
      }),
    );
    expect(result.changes.map((c) => c.onHandAfter)).toEqual([4, 6]);
    const movements = await db.stockMovement.findMany({
      where: { variantId: { in: [a.id, b.id] } },
    });
    expect(movements.every((m) => m.type === "RECEIPT" && m.note === "Delivery 118")).toBe(true);
  });

  it("refuses zero, duplicate lines and archived locations", async () => {
    const v = await createVariant(org.orgId);
    expect(
      receiveStockSchema.safeParse({
        locationId: shop.id,
        lines: [{ variantId: v.id, quantity: 0 }],
      }).success,
    ).toBe(false);
    expect(
      receiveStockSchema.safeParse({
        locationId: shop.id,
        lines: [
          { variantId: v.id, quantity: 1 },
          { variantId: v.id, quantity: 2 },
        ],
      }).success,
    ).toBe(false);
    const closed = await createLocation(org.orgId);
    await db.location.update({ where: { id: closed.id }, data: { archivedAt: new Date() } });
    const error = await userError(receive(v.id, closed.id, 1));
    expect(error.message).toMatch(/archived/);
    expect(await levelOf(v.id, closed.id)).toBeNull();
  });

  it("receives into a backordered level even though on hand is below committed", async () => {
    const v = await createVariant(org.orgId);
    await db.$transaction((tx) =>
      reserveStock({ ...org.scope, db: tx }, shop.id, [
        { variantId: v.id, quantity: 4, allowBackorder: true, label: "x" },
      ]),
    );
    await receive(v.id, shop.id, 2);
    expect(await levelOf(v.id, shop.id)).toMatchObject({ onHand: 2, committed: 4, backordered: 4 });
  });
});

describe("transferStock", () => {
  it("moves stock out of one location and into another under one reference", async () => {
    const v = await createVariant(org.orgId);
    await receive(v.id, warehouse.id, 12);
    const result = await transferStock(
      org.scope,
      transferStockSchema.parse({
        fromLocationId: warehouse.id,
        toLocationId: shop.id,
        lines: [{ variantId: v.id, quantity: 5 }],
      }),
    );
    expect(await onHandOf(v.id, warehouse.id)).toBe(7);
    expect(await onHandOf(v.id, shop.id)).toBe(5);
    const movements = await db.stockMovement.findMany({
      where: { referenceType: "transfer", referenceId: result.transferId },
      orderBy: { quantity: "asc" },
    });
    expect(movements.map((m) => [m.type, m.locationId, m.quantity])).toEqual([
      ["TRANSFER_OUT", warehouse.id, -5],
      ["TRANSFER_IN", shop.id, 5],
    ]);
    await expectLedgerConsistent(org.orgId);
  });

  it("refuses the same location, and moves nothing when any line is short", async () => {
    const [a, b] = [await createVariant(org.orgId), await createVariant(org.orgId)];
    await receive(a.id, warehouse.id, 3);
    await receive(b.id, warehouse.id, 1);
    expect(
      transferStockSchema.safeParse({
        fromLocationId: shop.id,
        toLocationId: shop.id,
        lines: [{ variantId: a.id, quantity: 1 }],
      }).success,
    ).toBe(false);
    const error = await userError(
      transferStock(
        org.scope,
        transferStockSchema.parse({
          fromLocationId: warehouse.id,
          toLocationId: shop.id,
          lines: [
            { variantId: a.id, quantity: 2 },
            { variantId: b.id, quantity: 2 },
          ],
        }),
      ),
      "conflict",
    );
    expect(Object.keys(error.options.fieldErrors ?? {})).toEqual(["lines.1.quantity"]);
    expect([await onHandOf(a.id, warehouse.id), await onHandOf(a.id, shop.id)]).toEqual([3, 0]);
  });
});

describe("recordStockCount", () => {
  it("keeps stock that moved after the shelf was counted", async () => {
    const v = await createVariant(org.orgId);
    await receive(v.id, shop.id, 10);
    const countedAt = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await receive(v.id, shop.id, 5); // a delivery booked while the count sheet was typed in
    const result = await recordStockCount(
      org.scope,
      stockCountSchema.parse({
        locationId: shop.id,
        countedAt,
        lines: [{ variantId: v.id, counted: 9 }],
      }),
    );
    // The shelf held 9 where the books said 10: one unit is missing, the delivery stays.
    expect(result.lines[0]).toMatchObject({ onHand: 10, difference: -1 });
    expect(await onHandOf(v.id, shop.id)).toBe(14);
  });

  it("writes COUNT movements of the differences and nothing for matching lines", async () => {
    const [a, b, c] = [
      await createVariant(org.orgId),
      await createVariant(org.orgId),
      await createVariant(org.orgId),
    ];
    await receive(a.id, shop.id, 10);
    await receive(b.id, shop.id, 4);
    const result = await recordStockCount(
      org.scope,
      stockCountSchema.parse({
        locationId: shop.id,
        countedAt: new Date(),
        lines: [
          { variantId: a.id, counted: "8" },
          { variantId: b.id, counted: 4 },
          { variantId: c.id, counted: 2 },
        ],
      }),
    );
    expect(result).toMatchObject({ counted: 3, changed: 2 });
    expect(result.lines.map((l) => l.difference)).toEqual([-2, 0, 2]);
    expect([
      await onHandOf(a.id, shop.id),
      await onHandOf(b.id, shop.id),
      await onHandOf(c.id, shop.id),
    ]).toEqual([8, 4, 2]);
    const counts = await db.stockMovement.findMany({ where: { referenceId: result.countId } });
    expect(counts.map((m) => m.quantity).sort()).toEqual([-2, 2]);
    expect(counts.every((m) => m.type === "COUNT")).toBe(true);
    await expectLedgerConsistent(org.orgId);
  });

  it("records what is there even when orders reserved more, and refuses future counts", async () => {
    const v = await createVariant(org.orgId);
    await receive(v.id, shop.id, 5);
    await db.$transaction((tx) =>
      reserveStock({ ...org.scope, db: tx }, shop.id, [
        { variantId: v.id, quantity: 4, allowBackorder: false, label: "x" },
      ]),
    );
    await recordStockCount(
      org.scope,
      stockCountSchema.parse({
        locationId: shop.id,
        countedAt: new Date(),
        lines: [{ variantId: v.id, counted: 1 }],
      }),
    );
    expect(await levelOf(v.id, shop.id)).toMatchObject({ onHand: 1, committed: 4 });
    const future = new Date(Date.now() + 86_400_000);
    expect(
      stockCountSchema.safeParse({
        locationId: shop.id,
        countedAt: future,
        lines: [{ variantId: v.id, counted: 1 }],
      }).success,
    ).toBe(false);
    expect(
      stockCountSchema.safeParse({
        locationId: shop.id,
        countedAt: new Date(),
        lines: [{ variantId: v.id, counted: -1 }],
      }).success,
    ).toBe(false);
  });
});

describe("updateReorderSettings", () => {
  it("creates the level when needed and returns before and after", async () => {
    const v = await createVariant(org.orgId);
    const first = await updateReorderSettings(
      org.scope,
      reorderSettingsSchema.parse({
        variantId: v.id,
        locationId: shop.id,
        reorderPoint: "5",
        reorderQty: "12",
        safetyStock: "2",
        leadTimeDays: "",
      }),
    );
    expect(first.before).toEqual({
      reorderPoint: 0,
      reorderQty: 0,
      safetyStock: 0,
      leadTimeDays: null,
    });
    expect(first.after).toEqual({
      reorderPoint: 5,
      reorderQty: 12,
      safetyStock: 2,
      leadTimeDays: null,
    });
    const second = await updateReorderSettings(
      org.scope,
      reorderSettingsSchema.parse({
        variantId: v.id,
        locationId: shop.id,
        reorderPoint: 6,
        reorderQty: 12,
        safetyStock: 0,
        leadTimeDays: 3,
      }),
    );
    expect(second.levelId).toBe(first.levelId);
    expect(await levelOf(v.id, shop.id)).toMatchObject({
      reorderPoint: 6,
      leadTimeDays: 3,
      onHand: 0,
    });
    expect(
      reorderSettingsSchema.safeParse({
        variantId: v.id,
        locationId: shop.id,
        reorderPoint: -1,
        reorderQty: 0,
        safetyStock: 0,
      }).success,
    ).toBe(false);
  });
});

describe("listInventoryLevels", () => {
  it("lists every variant at every location, filtered, sorted and paged", async () => {
    const o = await inventoryOrg();
    const [north, south] = [
      await createLocation(o.orgId, "North"),
      await createLocation(o.orgId, "South"),
    ];
    const supplier = await createSupplier(o.orgId, { name: "Acme" });
    const category = await createCategory(o.orgId, "Shirts");
    const shirt = await createVariant(o.orgId, {
      productName: "Linen shirt",
      sku: "SHIRT-M",
      supplierId: supplier.id,
      categoryId: category.id,
    });
    const mug = await createVariant(o.orgId, { productName: "Mug", sku: "MUG-1" });
    const rcv = (variantId: string, locationId: string, quantity: number) =>
      receiveStock(o.scope, { locationId, lines: [{ variantId, quantity }], note: "" });
    await rcv(shirt.id, north.id, 10);
    await rcv(mug.id, north.id, 3);
    await updateReorderSettings(o.scope, {
      variantId: mug.id,
      locationId: north.id,
      reorderPoint: 4,
      reorderQty: 10,
      safetyStock: 0,
      leadTimeDays: null,
    });
    await db.$transaction((tx) =>
      reserveStock({ ...o.scope, db: tx }, north.id, [
        { variantId: shirt.id, quantity: 2, allowBackorder: false, label: "x" },
      ]),
    );

    const list = (query: Record<string, string>) =>
      listInventoryLevels(o.scope, levelListSchema.parse(query));
    const all = await list({});
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => `${r.sku}@${r.locationName}`)).toEqual([
      "SHIRT-M@North",
      "SHIRT-M@South",
      "MUG-1@North",
      "MUG-1@South",
    ]);
    expect(all.rows[0]).toMatchObject({
      onHand: 10,
      committed: 2,
      available: 8,
      supplierName: "Acme",
      categoryName: "Shirts",
    });
    expect(all.rows[1]).toMatchObject({ levelId: null, onHand: 0, available: 0 });

    expect((await list({ q: "shirt" })).total).toBe(2);
    expect((await list({ q: "mug-1" })).total).toBe(2);
    expect((await list({ q: "%" })).total).toBe(0);
    expect((await list({ location: south.id })).rows.every((r) => r.locationName === "South")).toBe(
      true,
    );
    expect((await list({ supplier: supplier.id })).rows.map((r) => r.sku)).toEqual([
      "SHIRT-M",
      "SHIRT-M",
    ]);
    expect((await list({ category: category.id })).total).toBe(2);
    // low: available ≤ a reorder point someone set (levels without one are never low)
    expect((await list({ stock: "low", location: north.id })).rows.map((r) => r.sku)).toEqual([
      "MUG-1",
    ]);
    expect((await list({ stock: "out" })).rows.map((r) => `${r.sku}@${r.locationName}`)).toEqual([
      "SHIRT-M@South",
      "MUG-1@South",
    ]);
    expect((await list({ sort: "available", dir: "desc" })).rows[0]).toMatchObject({
      sku: "SHIRT-M",
      available: 8,
    });
    const page2 = await list({ pageSize: "25", page: "2" });
    expect(page2.rows).toEqual([]);
    expect(page2.total).toBe(4);

    const csv = await listInventoryLevelsForExport(o.scope, {
      ...levelListSchema.parse({ stock: "low" }),
    });
    expect(csv.map((r) => r[2])).toEqual(["MUG-1"]);

    const low = await listLowStock(o.scope);
    expect(low.map((r) => r.sku)).toEqual(["MUG-1"]);
  });
});

describe("listMovements", () => {
  it("shows the ledger per variant and location, newest first, with filters", async () => {
    const v = await createVariant(org.orgId, { sku: `LEDGER-${Date.now()}` });
    await receive(v.id, warehouse.id, 9);
    await transferStock(org.scope, {
      fromLocationId: warehouse.id,
      toLocationId: shop.id,
      lines: [{ variantId: v.id, quantity: 4 }],
      note: "",
    });
    await adjustStock(org.scope, {
      variantId: v.id,
      locationId: shop.id,
      quantity: -1,
      reason: "damaged",
      note: "",
    });

    const list = (query: Record<string, string>) =>
      listMovements(org.scope, movementListSchema.parse(query));
    const all = await list({ variant: v.id });
    expect(all.rows.map((r) => [r.type, r.quantity, r.balanceAfter])).toEqual([
      ["ADJUSTMENT", -1, 3],
      ["TRANSFER_IN", 4, 4],
      ["TRANSFER_OUT", -4, 5],
      ["RECEIPT", 9, 9],
    ]);
    expect(all.rows[0]).toMatchObject({
      locationName: "Shop",
      sku: v.sku,
      actorLabel: "Olive Owner",
    });
    expect((await list({ variant: v.id, location: shop.id })).total).toBe(2);
    expect(
      (await list({ q: v.sku.toLowerCase(), type: "RECEIPT" })).rows.map((r) => r.quantity),
    ).toEqual([9]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await list({ variant: v.id, from: today, to: today })).total).toBe(4);
    expect((await list({ variant: v.id, to: "2000-01-01" })).total).toBe(0);
    expect((await list({ variant: v.id, sort: "quantity", dir: "asc" })).rows[0]!.quantity).toBe(
      -4,
    );
    const csv = await listMovementsForExport(
      org.scope,
      movementListSchema.parse({ variant: v.id }),
    );
    expect(csv).toHaveLength(4);
    expect(csv[0]!.slice(1, 6)).toEqual(["Adjustment", expect.any(String), v.sku, "Shop", -1]);
  });
});

describe("searchVariants and inventoryFilterOptions", () => {
  it("finds active variants by name, SKU or barcode, the supplier's own first", async () => {
    const o = await inventoryOrg();
    const [mine, other] = [await createSupplier(o.orgId), await createSupplier(o.orgId)];
    const a = await createVariant(o.orgId, {
      productName: "Alpha tee",
      sku: "TEE-A",
      supplierId: other.id,
    });
    const b = await createVariant(o.orgId, {
      productName: "Beta tee",
      sku: "TEE-B",
      supplierId: mine.id,
    });
    const gone = await createVariant(o.orgId, { productName: "Gamma tee", sku: "TEE-G" });
    await db.variant.update({
      where: { id: gone.id },
      data: { status: "ARCHIVED", barcode: "5012345" },
    });
    await db.variant.update({ where: { id: a.id }, data: { barcode: "5099999" } });

    expect((await searchVariants(o.scope, { q: "tee" })).map((v) => v.sku)).toEqual([
      "TEE-A",
      "TEE-B",
    ]);
    const ranked = await searchVariants(o.scope, { q: "tee", supplierId: mine.id });
    expect(ranked.map((v) => [v.sku, v.fromSupplier])).toEqual([
      ["TEE-B", true],
      ["TEE-A", false],
    ]);
    expect((await searchVariants(o.scope, { q: "5099999" })).map((v) => v.id)).toEqual([a.id]);
    expect(await searchVariants(o.scope, { q: "5012345" })).toEqual([]);
    expect((await searchVariants(o.scope, { q: "", limit: 1 })).map((v) => v.id)).toEqual([a.id]);
    expect(b.id).toBeTruthy();

    const archived = await createLocation(o.orgId, "Closed");
    await db.location.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    await createLocation(o.orgId, "Open");
    const options = await inventoryFilterOptions(o.scope);
    expect(options.locations.map((l) => [l.name, l.archived])).toEqual([
      ["Open", false],
      ["Closed", true],
    ]);
    expect(options.suppliers).toHaveLength(2);
  });
});
