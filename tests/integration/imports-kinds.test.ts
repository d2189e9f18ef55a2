import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { archiveLocation } from "@/lib/catalog/locations";
import { db } from "@/lib/db";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { customersImport } from "@/lib/imports/kinds/customers";
import { inventoryCountsImport } from "@/lib/imports/kinds/inventory-counts";
import { productsImport } from "@/lib/imports/kinds/products";
import { staffShiftsImport } from "@/lib/imports/kinds/staff-shifts";
import type { ImportContext, ImportKindDefinition } from "@/lib/imports/kinds/types";
import { getImportKind } from "@/lib/imports/registry";
import { sampleCsv, templateCsv } from "@/lib/imports/templates";
import type { Scope } from "@/lib/scope";
import { buildCatalog } from "@/prisma/demo/build-catalog";
import { DEMO_LOCATIONS } from "@/prisma/demo/catalog-data";
import { createRandom } from "@/prisma/demo/random";
import { catalogTenant, makeCategory, makeLocation, makeProduct, receive } from "./support/catalog";
import { makeCustomer } from "./support/customers";

const org = { timezone: "Europe/London", currency: "GBP" };

async function tenant(label: string) {
  const { scope } = await catalogTenant(label);
  await db.organization.update({ where: { id: scope.orgId }, data: org });
  return scope;
}

let runNumber = 0;

/**
 * Stages rows as the engine would: each record parsed with the kind's rowSchema, valid ones as
 * data with their natural key, invalid ones with errors. Returns the context classify and
 * commit get.
 */
async function stage<Row>(
  scope: Scope,
  kind: ImportKindDefinition<Row>,
  records: Record<string, string | undefined>[],
): Promise<ImportContext> {
  const run = await db.importRun.create({
    data: {
      orgId: scope.orgId,
      number: ++runNumber,
      kind: kind.kind,
      fileName: "test.csv",
      fileSha256: randomUUID(),
      headers: kind.fields.map((f) => f.key),
      actorType: "USER",
      actorId: scope.actor.id ?? null,
      actorLabel: scope.actor.label,
      mapping: Object.fromEntries(kind.fields.map((f) => [f.key, f.key])),
    },
  });
  const schema = kind.rowSchema(org);
  await db.importRow.createMany({
    data: records.map((record, i) => {
      const cells = Object.fromEntries(kind.fields.map((f) => [f.key, record[f.key] ?? ""]));
      const parsed = schema.safeParse(cells);
      return parsed.success
        ? {
            importRunId: run.id,
            orgId: scope.orgId,
            rowNumber: i + 2,
            naturalKey: kind.naturalKey(parsed.data),
            data: parsed.data as object,
          }
        : {
            importRunId: run.id,
            orgId: scope.orgId,
            rowNumber: i + 2,
            raw: cells,
            errors: parsed.error.issues.map((issue) => ({
              column: String(issue.path[0]),
              value: "",
              message: issue.message,
            })),
            outcome: "INVALID" as const,
          };
    }),
  });
  return { db, orgId: scope.orgId, runId: run.id, actor: scope.actor, org };
}

/** The commit job's transaction: classify again, then commit. */
async function commit<Row>(kind: ImportKindDefinition<Row>, ctx: ImportContext) {
  await db.$transaction(
    async (tx) => {
      await kind.classify({ ...ctx, db: tx });
      await kind.commit({ ...ctx, db: tx });
    },
    { timeout: 60_000 },
  );
}

async function outcomes(ctx: ImportContext) {
  const rows = await db.importRow.findMany({
    where: { importRunId: ctx.runId },
    orderBy: { rowNumber: "asc" },
  });
  return rows.map((r) => ({
    row: r.rowNumber,
    outcome: r.outcome,
    changes: r.changes as Record<string, [unknown, unknown]> | null,
    errors: (r.errors as { column: string; message: string }[] | null) ?? null,
    entityId: r.entityId,
  }));
}

describe("products import", () => {
  it("creates, updates and leaves products, and a second run changes nothing", async () => {
    const scope = await tenant("Products");
    const shop = await makeLocation(scope);
    const back = await makeLocation(scope);
    const archived = await makeLocation(scope);
    await archiveLocation(scope, archived.id);
    await makeCategory(scope, "Knitwear");
    const tee = await makeProduct(scope, { name: "Tee" });
    const [small, medium] = tee.variants;
    const other = await makeProduct(scope, { name: "Other" });

    const file: Record<string, string>[] = [
      // Known SKU, new price and reorder settings.
      {
        product_name: "Tee",
        sku: small!.sku,
        option1_name: "Size",
        option1_value: "S",
        price: "13.00",
        cost: "5.00",
        reorder_point: "3",
        reorder_qty: "9",
      },
      // Known SKU, as it is.
      {
        product_name: "Tee",
        sku: medium!.sku,
        option1_name: "Size",
        option1_value: "M",
        price: "14.00",
        cost: "6.00",
      },
      // New variant of the known product.
      {
        product_name: "tee",
        sku: `${small!.sku}-L`,
        option1_name: "size",
        option1_value: "L",
        price: "15.00",
        cost: "6.00",
      },
      // New product in a new category and supplier.
      {
        product_name: "Wool hat",
        sku: "HAT-1",
        option1_name: "Colour",
        option1_value: "Rust",
        price: "20",
        cost: "8",
        category: "Hats",
        supplier: "Mill",
        reorder_point: "2",
      },
      {
        product_name: "Wool hat",
        sku: "HAT-2",
        option1_name: "Colour",
        option1_value: "Teal",
        price: "20",
        cost: "8",
        category: "hats",
        supplier: "Mill",
        barcode: "999001",
      },
      // Conflicts: a barcode another SKU has, options the product does not have, a taken combo.
      {
        product_name: "Scarf",
        sku: "SCARF-1",
        price: "10",
        cost: "4",
        barcode: other.variants[0]!.barcode ?? "B-OTHER",
      },
      {
        product_name: "Tee",
        sku: "TEE-XX",
        option1_name: "Colour",
        option1_value: "Red",
        price: "10",
        cost: "4",
      },
      {
        product_name: "Tee",
        sku: "TEE-S2",
        option1_name: "Size",
        option1_value: "S",
        price: "10",
        cost: "4",
      },
      // Invalid by the row rules.
      { product_name: "Tee", sku: "BAD SKU", price: "x", cost: "1" },
    ];
    // The barcode conflict needs a barcode on record.
    await db.variant.update({ where: { id: other.variants[0]!.id }, data: { barcode: "B-OTHER" } });
    file[5]!.barcode = "B-OTHER";

    const ctx = await stage(scope, productsImport, file);
    await productsImport.classify(ctx);
    const dry = await outcomes(ctx);
    expect(dry.map((r) => r.outcome)).toEqual([
      "UPDATED",
      "UNCHANGED",
      "CREATED",
      "CREATED",
      "CREATED",
      "INVALID",
      "INVALID",
      "INVALID",
      "INVALID",
    ]);
    expect(dry[0]!.changes).toEqual({
      price: ["12.00", "13.00"],
      reorderPoint: [0, 3],
      reorderQty: [0, 9],
    });
    expect(dry[5]!.errors![0]).toMatchObject({
      column: "barcode",
      message: `Barcode B-OTHER is already used by SKU ${other.variants[0]!.sku}.`,
    });
    expect(dry[6]!.errors![0]!.column).toBe("option1_name");
    expect(dry[7]!.errors![0]!.message).toBe("Another variant already has these options.");
    // The dry run writes nothing outside the import.
    expect(await db.category.count({ where: { orgId: scope.orgId, name: "Hats" } })).toBe(0);

    await commit(productsImport, ctx);
    const after = await outcomes(ctx);
    expect(after.slice(0, 5).map((r) => r.outcome)).toEqual([
      "UPDATED",
      "UNCHANGED",
      "CREATED",
      "CREATED",
      "CREATED",
    ]);
    expect(after.slice(0, 5).every((r) => r.entityId)).toBe(true);

    const teeNow = await db.product.findUniqueOrThrow({
      where: { id: tee.id },
      include: { variants: { orderBy: { position: "asc" } } },
    });
    expect(teeNow.variants.map((v) => [v.optionValues[0], v.priceMinor])).toEqual([
      ["S", 1300],
      ["M", 1400],
      ["L", 1500],
    ]);
    const levels = await db.inventoryLevel.findMany({
      where: { variantId: small!.id },
      select: { locationId: true, reorderPoint: true, reorderQty: true, onHand: true },
    });
    // Every active location, not the archived one; no stock appears.
    expect(levels.map((l) => l.locationId).sort()).toEqual([shop.id, back.id].sort());
    expect(levels.every((l) => l.reorderPoint === 3 && l.reorderQty === 9 && l.onHand === 0)).toBe(
      true,
    );
    const hat = await db.product.findFirstOrThrow({
      where: { orgId: scope.orgId, name: "Wool hat" },
      include: { category: true, supplier: true, variants: true },
    });
    expect(hat.category?.name).toBe("Hats");
    expect(hat.supplier?.name).toBe("Mill");
    expect(hat.optionNames).toEqual(["Colour"]);
    expect(hat.variants.map((v) => v.sku).sort()).toEqual(["HAT-1", "HAT-2"]);
    expect(await db.category.count({ where: { orgId: scope.orgId } })).toBe(2);

    // The same file again: everything that was written is now unchanged.
    const again = await stage(scope, productsImport, file.slice(0, 5));
    await productsImport.classify(again);
    expect((await outcomes(again)).map((r) => r.outcome)).toEqual(Array(5).fill("UNCHANGED"));
  });

  it("never matches or touches another organisation's SKUs, products or categories", async () => {
    const mine = await tenant("Mine");
    const theirs = await tenant("Theirs");
    await makeLocation(mine);
    const theirProduct = await makeProduct(theirs, { name: "Shared name" });
    const sku = theirProduct.variants[0]!.sku;
    const theirCategory = await makeCategory(theirs, "Shared category");

    const ctx = await stage(mine, productsImport, [
      {
        product_name: "Shared name",
        sku,
        option1_name: "Size",
        option1_value: "S",
        price: "99",
        cost: "1",
        category: "Shared category",
      },
    ]);
    await productsImport.classify(ctx);
    expect((await outcomes(ctx))[0]!.outcome).toBe("CREATED");
    await commit(productsImport, ctx);

    const theirVariant = await db.variant.findFirstOrThrow({ where: { orgId: theirs.orgId, sku } });
    expect(theirVariant.priceMinor).toBe(1200);
    const myVariant = await db.variant.findFirstOrThrow({
      where: { orgId: mine.orgId, sku },
      include: { product: { include: { category: true } } },
    });
    expect(myVariant.priceMinor).toBe(9900);
    expect(myVariant.product.category?.id).not.toBe(theirCategory.id);
    expect(myVariant.product.category?.orgId).toBe(mine.orgId);
  });
});

describe("customers import", () => {
  it("creates, updates and leaves customers; blank cells keep what is on record", async () => {
    const scope = await tenant("Customers");
    const known = await makeCustomer(scope, {
      email: "known@example.com",
      firstName: "Kim",
      lastName: "Known",
      phone: "07700 900001",
      notes: "Keep me",
    });
    await makeCustomer(scope, { email: "same@example.com", firstName: "Sam", lastName: "Same" });

    const file = [
      {
        email: "KNOWN@example.com",
        last_name: "Known-Smith",
        tags: "vip",
        marketing_consent: "yes",
        consent_source: "in store",
        address_line1: "1 Main St",
        city: "York",
        country: "GB",
      },
      { email: "same@example.com", first_name: "Sam" },
      { email: "new@example.com", first_name: "Nia", company: "Nia Ltd", tags: "wholesale" },
      { email: "broken", first_name: "Bad" },
    ];
    const ctx = await stage(scope, customersImport, file);
    await customersImport.classify(ctx);
    const dry = await outcomes(ctx);
    expect(dry.map((r) => r.outcome)).toEqual(["UPDATED", "UNCHANGED", "CREATED", "INVALID"]);
    expect(dry[0]!.changes).toEqual({
      lastName: ["Known", "Known-Smith"],
      tags: [[], ["vip"]],
      marketingConsent: [false, true],
      consentSource: [null, "in store"],
      address: ["", "1 Main St, York, GB"],
    });

    await commit(customersImport, ctx);
    const updated = await db.customer.findUniqueOrThrow({
      where: { id: known.id },
      include: { addresses: true },
    });
    expect(updated).toMatchObject({
      firstName: "Kim",
      lastName: "Known-Smith",
      phone: "07700 900001",
      notes: "Keep me",
      tags: ["vip"],
      marketingConsent: true,
    });
    expect(updated.consentAt).not.toBeNull();
    expect(updated.addresses).toMatchObject([{ line1: "1 Main St", isDefault: true }]);
    const created = await db.customer.findFirstOrThrow({
      where: { orgId: scope.orgId, email: "new@example.com" },
    });
    expect(created).toMatchObject({ firstName: "Nia", company: "Nia Ltd", tags: ["wholesale"] });
    expect((await outcomes(ctx))[2]!.entityId).toBe(created.id);

    const again = await stage(scope, customersImport, file.slice(0, 3));
    await customersImport.classify(again);
    expect((await outcomes(again)).map((r) => r.outcome)).toEqual(Array(3).fill("UNCHANGED"));
  });

  it("keeps another organisation's customer with the same email out of it", async () => {
    const mine = await tenant("Mine");
    const theirs = await tenant("Theirs");
    const theirCustomer = await makeCustomer(theirs, {
      email: "both@example.com",
      firstName: "Them",
    });
    const ctx = await stage(mine, customersImport, [
      { email: "both@example.com", first_name: "Us" },
    ]);
    await customersImport.classify(ctx);
    expect((await outcomes(ctx))[0]!.outcome).toBe("CREATED");
    await commit(customersImport, ctx);
    expect(
      (await db.customer.findUniqueOrThrow({ where: { id: theirCustomer.id } })).firstName,
    ).toBe("Them");
    expect(
      await db.customer.count({ where: { orgId: mine.orgId, email: "both@example.com" } }),
    ).toBe(1);
  });
});

describe("inventory counts import", () => {
  it("records counts through the ledger, refreshes stock-outs and is idempotent", async () => {
    const scope = await tenant("Counts");
    const shop = await makeLocation(scope, "Front shop");
    const product = await makeProduct(scope);
    const [small, medium] = product.variants;
    await receive(scope, small!.id, shop.id, 10);
    await receive(scope, medium!.id, shop.id, 4);
    const other = await tenant("Other");
    const theirs = await makeProduct(other);
    const theirLocation = await makeLocation(other);

    const file = [
      { sku: small!.sku.toLowerCase(), location: shop.code, on_hand: "7" },
      { sku: medium!.sku, location: "front SHOP", on_hand: "0" },
      { sku: "NOPE-1", location: shop.code, on_hand: "1" },
      { sku: small!.sku, location: "Nowhere", on_hand: "1" },
      { sku: theirs.variants[0]!.sku, location: shop.code, on_hand: "1" },
      { sku: medium!.sku, location: theirLocation.code, on_hand: "1" },
      { sku: medium!.sku, location: "Front shop", on_hand: "5" },
    ];
    const ctx = await stage(scope, inventoryCountsImport, file);
    await inventoryCountsImport.classify(ctx);
    const dry = await outcomes(ctx);
    expect(dry.map((r) => r.outcome)).toEqual([
      "UPDATED",
      "UPDATED",
      "INVALID",
      "INVALID",
      "INVALID",
      "INVALID",
      "INVALID",
    ]);
    expect(dry[0]!.changes).toEqual({ onHand: [10, 7] });
    expect(dry[2]!.errors![0]).toMatchObject({
      column: "sku",
      message: "No product variant has the SKU NOPE-1.",
    });
    expect(dry[3]!.errors![0]!.column).toBe("location");
    expect(dry[6]!.errors![0]!.message).toMatch(/already counted on row 3/);

    await commit(inventoryCountsImport, ctx);
    const levels = await db.inventoryLevel.findMany({
      where: { orgId: scope.orgId, locationId: shop.id },
      orderBy: { onHand: "desc" },
    });
    expect(levels.map((l) => l.onHand)).toEqual([7, 0]);
    const movements = await db.stockMovement.findMany({
      where: { orgId: scope.orgId, type: "COUNT" },
    });
    expect(movements.map((m) => m.quantity).sort()).toEqual([-3, -4]);
    expect(
      movements.every((m) => m.referenceType === "import" && m.referenceId === ctx.runId),
    ).toBe(true);
    const open = await db.stockOutPeriod.findMany({ where: { orgId: scope.orgId, endedAt: null } });
    expect(open.map((p) => [p.variantId, p.locationId])).toEqual([[medium!.id, shop.id]]);
    // The other organisation's stock is untouched.
    expect(await db.stockMovement.count({ where: { orgId: other.orgId } })).toBe(0);

    const again = await stage(scope, inventoryCountsImport, file.slice(0, 2));
    await inventoryCountsImport.classify(again);
    expect((await outcomes(again)).map((r) => r.outcome)).toEqual(["UNCHANGED", "UNCHANGED"]);
  });

  it("keeps sales made after the count time", async () => {
    const scope = await tenant("Counted earlier");
    const shop = await makeLocation(scope);
    const product = await makeProduct(scope);
    const variant = product.variants[0]!;
    await receive(scope, variant.id, shop.id, 10);
    const countedAt = new Date(Date.now() - 60_000);
    await new Promise((r) => setTimeout(r, 5));
    await db.stockMovement.updateMany({
      where: { variantId: variant.id },
      data: { createdAt: new Date(Date.now() - 120_000) },
    });
    // Two sold after the shelf was counted.
    await db.$transaction(async (tx) => {
      const { applyMovements } = await import("@/lib/inventory/ledger");
      await applyMovements({ ...scope, db: tx }, [
        { variantId: variant.id, locationId: shop.id, type: "SALE", quantity: -2 },
      ]);
    });
    const ctx = await stage(scope, inventoryCountsImport, [
      { sku: variant.sku, location: shop.code, on_hand: "9", counted_at: countedAt.toISOString() },
    ]);
    await inventoryCountsImport.classify(ctx);
    expect((await outcomes(ctx))[0]!.changes).toEqual({ onHand: [10, 9] });
    await commit(inventoryCountsImport, ctx);
    const level = await db.inventoryLevel.findFirstOrThrow({ where: { variantId: variant.id } });
    expect(level.onHand).toBe(7);
  });
});

describe("staff shifts import", () => {
  it("creates shifts, moves end times on a re-import and ignores other organisations", async () => {
    const scope = await tenant("Shifts");
    const shop = await makeLocation(scope, "Shifts shop");
    const other = await tenant("Other shifts");
    const theirLocation = await makeLocation(other);
    const file = [
      {
        person: "Sam Patel",
        location: shop.code,
        start: "2026-11-16 09:00",
        end: "2026-11-16 17:00",
      },
      { person: "Jo", location: "shifts shop", start: "2026-07-16 09:00", end: "2026-07-16 12:00" },
      {
        person: "Jo",
        location: theirLocation.code,
        start: "2026-11-16 09:00",
        end: "2026-11-16 12:00",
      },
    ];
    const ctx = await stage(scope, staffShiftsImport, file);
    await staffShiftsImport.classify(ctx);
    expect((await outcomes(ctx)).map((r) => r.outcome)).toEqual(["CREATED", "CREATED", "INVALID"]);
    await commit(staffShiftsImport, ctx);
    const shifts = await db.staffShift.findMany({
      where: { orgId: scope.orgId },
      orderBy: { startAt: "asc" },
    });
    expect(shifts.map((s) => [s.person, s.startAt.toISOString(), s.importRunId])).toEqual([
      ["Jo", "2026-07-16T08:00:00.000Z", ctx.runId],
      ["Sam Patel", "2026-11-16T09:00:00.000Z", ctx.runId],
    ]);
    expect(await db.staffShift.count({ where: { orgId: other.orgId } })).toBe(0);

    const corrected = await stage(scope, staffShiftsImport, [
      { ...file[0]!, end: "2026-11-16 18:00" },
      file[1]!,
    ]);
    await staffShiftsImport.classify(corrected);
    const dry = await outcomes(corrected);
    expect(dry.map((r) => r.outcome)).toEqual(["UPDATED", "UNCHANGED"]);
    expect(dry[0]!.changes).toEqual({
      end: ["2026-11-16T17:00:00.000Z", "2026-11-16T18:00:00.000Z"],
    });
    await commit(staffShiftsImport, corrected);
    const sam = await db.staffShift.findFirstOrThrow({
      where: { orgId: scope.orgId, person: "Sam Patel" },
    });
    expect(sam.endAt.toISOString()).toBe("2026-11-16T18:00:00.000Z");
    expect(await db.staffShift.count({ where: { orgId: scope.orgId } })).toBe(2);
  });
});

describe("templates and samples", () => {
  const kinds: ImportKind[] = [
    "SALES",
    "INVENTORY_COUNTS",
    "PRODUCTS",
    "CUSTOMERS",
    "STAFF_SHIFTS",
  ];
  const records = (text: string) =>
    parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const demo = buildCatalog("demo", createRandom(1), 48, 2.3);
  const demoSkus = new Set(demo.variants.map((v) => v.sku));
  const demoLocations = new Set(DEMO_LOCATIONS.flatMap((l) => [l.code, l.name.toUpperCase()]));

  it.each(kinds)("the %s template has the kind's columns and rows that pass its rules", (kind) => {
    const definition = getImportKind(kind);
    const rows = records(templateCsv(kind));
    expect(Object.keys(rows[0]!)).toEqual(definition.fields.map((f) => f.key));
    for (const row of rows) expect(definition.rowSchema(org).safeParse(row).success).toBe(true);
  });

  it.each(kinds)("the %s sample fits the demo shop", (kind) => {
    const definition = getImportKind(kind);
    const rows = records(sampleCsv(kind));
    const results = rows.map((row) => definition.rowSchema(org).safeParse(row));
    const invalid = results.filter((r) => !r.success).length;
    expect(invalid).toBe(kind === "SALES" ? 2 : 0);
    for (const row of rows) {
      if ("location" in row) expect(demoLocations.has(row.location!.toUpperCase())).toBe(true);
      if ("sku" in row && kind !== "PRODUCTS" && row.sku !== "P99-NOPE") {
        expect(demoSkus.has(row.sku!)).toBe(true);
      }
    }
    if (kind === "PRODUCTS") {
      // Known SKUs keep their product's options; the rest are new.
      for (const row of rows.filter((r) => demoSkus.has(r.sku!))) {
        const variant = demo.variants.find((v) => v.sku === row.sku)!;
        const product = demo.products.find((p) => p.id === variant.productId)!;
        expect(product.name).toBe(row.product_name);
        expect([row.option1_name]).toEqual(product.optionNames);
      }
    }
    if (kind === "SALES") {
      // The third wrong row passes the row rules and is refused for its unknown SKU.
      expect(rows.filter((r) => !demoSkus.has(r.sku!)).map((r) => r.sku)).toEqual(["P99-NOPE"]);
    }
  });
});
