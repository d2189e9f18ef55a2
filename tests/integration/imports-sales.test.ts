import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { archiveLocation, createLocation } from "@/lib/catalog/locations";
import { db, type Db } from "@/lib/db";
import { startValidation, commitImport } from "@/lib/imports/commands";
import { commitImportRun } from "@/lib/imports/commit-run";
import { salesImport } from "@/lib/imports/kinds/sales";
import { getImportPreview, getImportRun } from "@/lib/imports/runs";
import { createImportFromUpload } from "@/lib/imports/uploads";
import { validateImportRun } from "@/lib/imports/validate-run";
import { nextSequenceValue } from "@/lib/inventory/sequence";
import type { ImportContext, ImportRowError } from "@/lib/imports/kinds/types";
import { addProduct, levelOf, openShop, receive, type Shop } from "./support/orders";

/**
 * The sales kind on its own: rows are staged as the engine stages them (the kind's own row
 * schema, natural key, data or errors), then classify and commit run in a transaction.
 */

type Cells = Partial<Record<string, string>>;
type Variant = Awaited<ReturnType<typeof addProduct>>[number];

const ORG = { timezone: "Europe/London", currency: "GBP" };

let shop: Shop;
let other: Shop;

beforeAll(async () => {
  shop = await openShop("Sales import");
  other = await openShop("Other shop");
  await db.organization.updateMany({
    where: { id: { in: [shop.orgId, other.orgId] } },
    data: { timezone: ORG.timezone },
  });
});

/** An import run of `owner` with one staged row per line (file rows 2, 3, …). */
async function stage(owner: Shop, lines: Cells[]) {
  const run = await db.importRun.create({
    data: {
      orgId: owner.orgId,
      number: await nextSequenceValue(db, owner.orgId, "import-run"),
      kind: "SALES",
      status: "VALIDATING",
      fileName: "sales.csv",
      fileSha256: randomUUID(),
      actorType: "USER",
      actorId: owner.owner.userId,
      actorLabel: owner.owner.email,
    },
  });
  const schema = salesImport.rowSchema(ORG);
  await db.importRow.createMany({
    data: lines.map((line, i) => {
      const input = Object.fromEntries(
        salesImport.fields.map((f) => [f.key, line[f.key] ?? ""]),
      ) as Record<string, string>;
      const parsed = schema.safeParse(input);
      return {
        importRunId: run.id,
        orgId: owner.orgId,
        rowNumber: i + 2,
        raw: input,
        ...(parsed.success
          ? { data: parsed.data, naturalKey: salesImport.naturalKey(parsed.data) }
          : {
              outcome: "INVALID" as const,
              errors: parsed.error.issues.map((issue) => ({
                column: String(issue.path[0]),
                value: "",
                message: issue.message,
              })),
            }),
      };
    }),
  });
  return run;
}

function contextOf(owner: Shop, runId: string, client: Db): ImportContext {
  return { db: client, orgId: owner.orgId, runId, actor: owner.scope.actor, org: ORG };
}

async function classify(owner: Shop, runId: string) {
  await db.$transaction((tx) => salesImport.classify(contextOf(owner, runId, tx)));
  return rowsOf(runId);
}

/** Classify then commit in one transaction, as the engine's commit does. */
async function commit(owner: Shop, runId: string) {
  await db.$transaction(
    async (tx) => {
      const ctx = contextOf(owner, runId, tx);
      await salesImport.classify(ctx);
      await salesImport.commit(ctx);
    },
    { timeout: 120_000 },
  );
  return rowsOf(runId);
}

async function rowsOf(runId: string) {
  const rows = await db.importRow.findMany({
    where: { importRunId: runId },
    orderBy: { rowNumber: "asc" },
  });
  return rows.map((r) => ({
    row: r.rowNumber,
    outcome: r.outcome,
    errors: (r.errors as ImportRowError[] | null) ?? [],
    entityId: r.entityId,
  }));
}

const messages = (row: { errors: ImportRowError[] }) => row.errors.map((e) => e.message);

async function stocked(stock: number, location = shop.main, price = "12.50", owner = shop) {
  const [variant] = await addProduct(owner, { price, cost: "5.00" });
  if (stock > 0) await receive(owner, variant!.id, location.id, stock);
  return variant!;
}

function line(variant: Variant, ref: string, extra: Cells = {}): Cells {
  return {
    occurred_at: "2026-03-01 14:05",
    order_ref: ref,
    sku: variant.sku,
    quantity: "1",
    unit_price: "12.50",
    location: "MAIN",
    ...extra,
  };
}

const ref = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

async function ledgerSum(variantId: string, locationId: string) {
  const sum = await db.stockMovement.aggregate({
    where: { variantId, locationId },
    _sum: { quantity: true },
  });
  return sum._sum.quantity ?? 0;
}

describe("classify", () => {
  it("refuses unknown SKUs and unknown or archived locations, naming the column", async () => {
    const tee = await stocked(10);
    const closed = (
      await createLocation(shop.scope, {
        name: `Closed ${ref("x")}`,
        code: ref("OLD"),
        address: "",
      })
    ).after;
    await archiveLocation(shop.scope, closed.id);

    const run = await stage(shop, [
      line(tee, ref("A"), { sku: "NOPE-123" }),
      line(tee, ref("B"), { location: "Atlantis" }),
      line(tee, ref("C"), { location: closed.code }),
      line(tee, ref("D"), { location: "main store" }),
    ]);
    const rows = await classify(shop, run.id);
    expect(rows[0]).toMatchObject({ outcome: "INVALID" });
    expect(rows[0]!.errors).toEqual([
      { column: "SKU", value: "NOPE-123", message: "No product has the SKU NOPE-123." },
    ]);
    expect(rows[1]!.errors).toEqual([
      {
        column: "Location",
        value: "Atlantis",
        message: 'No location has the code or name "Atlantis".',
      },
    ]);
    expect(messages(rows[2]!)).toEqual([
      `${closed.name} is archived; sales can't be recorded there.`,
    ]);
    // Names match as well as codes, ignoring case.
    expect(rows[3]).toMatchObject({ outcome: "CREATED", errors: [] });
  });

  it("names the file's own headers when the run has a mapping", async () => {
    const tee = await stocked(1);
    const run = await stage(shop, [line(tee, ref("H"), { sku: "MISSING-1" })]);
    await db.importRun.update({ where: { id: run.id }, data: { mapping: { sku: "Item code" } } });
    const [row] = await classify(shop, run.id);
    expect(row!.errors[0]!.column).toBe("Item code");
  });

  it("needs every line of an order to agree on time, location, channel and customer", async () => {
    const tee = await stocked(10);
    const mug = await stocked(10);
    const cap = await stocked(10);
    const bag = await stocked(10);
    const order = ref("MIX");
    const run = await stage(shop, [
      line(tee, order, { customer_email: "ann@example.com" }),
      line(mug, order, { occurred_at: "2026-03-01 14:06", customer_email: "ann@example.com" }),
      line(cap, order, { channel: "online", customer_email: "ann@example.com" }),
      line(bag, order, { customer_email: "bob@example.com" }),
    ]);
    const rows = await classify(shop, run.id);
    expect(rows.map((r) => r.outcome)).toEqual(["INVALID", "INVALID", "INVALID", "INVALID"]);
    expect(rows[0]!.errors).toEqual([
      {
        column: "Order reference",
        value: order,
        message: `Another line of order ${order} has an error.`,
      },
    ]);
    expect(rows[1]!.errors[0]).toMatchObject({
      column: "Date and time",
      message: `Every line of order ${order} needs the same date and time as its first line (row 2).`,
    });
    expect(rows[2]!.errors[0]).toMatchObject({ column: "Channel", value: "online" });
    expect(rows[3]!.errors[0]).toMatchObject({
      column: "Customer email",
      message: `Every line of order ${order} needs the same customer as its first line (row 2).`,
    });

    const sameLocation = ref("LOC");
    const run2 = await stage(shop, [
      line(tee, sameLocation, { location: "MAIN" }),
      line(mug, sameLocation, { location: "Main store" }),
      line(cap, sameLocation, { location: "WH" }),
    ]);
    const rows2 = await classify(shop, run2.id);
    expect(rows2.map((r) => r.outcome)).toEqual(["INVALID", "INVALID", "INVALID"]);
    expect(messages(rows2[1]!)).toEqual([`Another line of order ${sameLocation} has an error.`]);
    expect(messages(rows2[2]!)[0]).toMatch(/needs the same location/);
  });

  it("keeps on-hand at zero or more, taking stock in sale-time order", async () => {
    const tee = await stocked(3);
    const mug = await stocked(5);
    const [early, late, later] = [ref("E"), ref("L"), ref("LL")];
    const run = await stage(shop, [
      // File order is not time order: the 10:00 sale takes stock first.
      line(tee, late, { occurred_at: "2026-03-02 09:00", quantity: "2" }),
      line(tee, early, { occurred_at: "2026-03-01 10:00", quantity: "1" }),
      line(tee, later, { occurred_at: "2026-03-03 09:00", quantity: "1" }),
      line(mug, later, { occurred_at: "2026-03-03 09:00", quantity: "1" }),
    ]);
    const rows = await classify(shop, run.id);
    expect(rows.map((r) => r.outcome)).toEqual(["CREATED", "CREATED", "INVALID", "INVALID"]);
    expect(rows[2]!.errors).toEqual([
      {
        column: "Quantity",
        value: "1",
        message: "Only 3 in stock at MAIN; import a stock count first.",
      },
    ]);
    // The mug is in stock, but its order is refused as a whole.
    expect(messages(rows[3]!)).toEqual([`Another line of order ${later} has an error.`]);
  });

  it("treats lines of a product with no stock level at the location as out of stock", async () => {
    const tee = await stocked(5, shop.warehouse);
    const run = await stage(shop, [line(tee, ref("NS"))]);
    const [row] = await classify(shop, run.id);
    expect(messages(row!)).toEqual(["Only 0 in stock at MAIN; import a stock count first."]);
  });

  it("is idempotent: a second run gives the same verdicts", async () => {
    const tee = await stocked(1);
    const run = await stage(shop, [
      line(tee, ref("I1"), { quantity: "1" }),
      line(tee, ref("I2"), { quantity: "1", occurred_at: "2026-03-02 10:00" }),
      line(tee, ref("I3"), { sku: "UNKNOWN-9" }),
    ]);
    const first = await classify(shop, run.id);
    const second = await classify(shop, run.id);
    expect(second).toEqual(first);
    expect(first.map((r) => r.outcome)).toEqual(["CREATED", "INVALID", "INVALID"]);
  });

  it("does not see another organisation's SKUs or locations", async () => {
    const theirs = await stocked(10, other.main, "12.50", other);
    const mine = await stocked(10);
    const theirLocation = (
      await createLocation(other.scope, { name: "Their shop", code: ref("THEIRS"), address: "" })
    ).after;
    const run = await stage(shop, [
      line(theirs, ref("X1")),
      line(mine, ref("X2"), { location: theirLocation.code }),
    ]);
    const rows = await classify(shop, run.id);
    expect(messages(rows[0]!)).toEqual([`No product has the SKU ${theirs.sku}.`]);
    expect(messages(rows[1]!)).toEqual([
      `No location has the code or name "${theirLocation.code}".`,
    ]);
    expect(await levelOf(theirs.id, other.main.id)).toMatchObject({ onHand: 10 });
  });
});

describe("commit", () => {
  it("creates fulfilled, paid orders with lines, customers, stock movements and rollups", async () => {
    const tee = await stocked(10, shop.main, "12.50");
    const mug = await stocked(4, shop.main, "8.00");
    const email = `buyer-${randomUUID().slice(0, 8)}@example.com`;
    const [a, b] = [ref("POS"), ref("WEB")];
    const sequenceBefore = await sequenceValue(shop.orgId);
    const run = await stage(shop, [
      line(tee, a, { quantity: "2", unit_price: "12.50", discount: "1.00", customer_email: email }),
      line(mug, a, { quantity: "1", unit_price: "8.00", customer_email: email.toUpperCase() }),
      line(tee, b, {
        occurred_at: "2026-03-02T09:30:00Z",
        quantity: "3",
        unit_price: "11.00",
        channel: "online",
      }),
      line(tee, ref("BAD"), { sku: "NOT-THERE" }),
    ]);
    const rows = await commit(shop, run.id);
    expect(rows.map((r) => r.outcome)).toEqual(["CREATED", "CREATED", "CREATED", "INVALID"]);

    const orders = await db.order.findMany({
      where: { orgId: shop.orgId, importRunId: run.id },
      include: { lines: { orderBy: { unitPriceMinor: "desc" } }, events: true },
      orderBy: { number: "asc" },
    });
    expect(orders.map((o) => o.externalRef)).toEqual([a, b]);
    expect(orders.map((o) => o.number)).toEqual([sequenceBefore + 1, sequenceBefore + 2]);
    expect(await sequenceValue(shop.orgId)).toBe(sequenceBefore + 2);
    const [first, second] = orders;
    expect(first).toMatchObject({
      status: "FULFILLED",
      paymentStatus: "PAID",
      currency: "GBP",
      channel: "IN_STORE",
      locationId: shop.main.id,
      subtotalMinor: 2 * 1250 + 800,
      discountMinor: 100,
      totalMinor: 2 * 1250 + 800 - 100,
      costMinor: 3 * 500,
      placedAt: new Date("2026-03-01T14:05:00Z"),
      paidAt: new Date("2026-03-01T14:05:00Z"),
      fulfilledAt: new Date("2026-03-01T14:05:00Z"),
    });
    expect(
      first!.lines.map((l) => [
        l.quantity,
        l.unitPriceMinor,
        l.unitCostMinor,
        l.discountMinor,
        l.totalMinor,
      ]),
    ).toEqual([
      [2, 1250, 500, 100, 2400],
      [1, 800, 500, 0, 800],
    ]);
    expect(first!.events).toHaveLength(1);
    expect(first!.events[0]).toMatchObject({
      type: "imported",
      toStatus: "FULFILLED",
      message: `Imported from import #${run.number}`,
      actorLabel: shop.scope.actor.label,
    });
    expect(second).toMatchObject({ channel: "ONLINE", customerId: null, totalMinor: 3300 });

    const customer = await db.customer.findUniqueOrThrow({
      where: { orgId_email: { orgId: shop.orgId, email } },
    });
    expect(customer).toMatchObject({
      orderCount: 1,
      lifetimeValueMinor: 3200,
      firstOrderAt: new Date("2026-03-01T14:05:00Z"),
    });
    expect(first!.customerId).toBe(customer.id);

    // Stock: 10 − 2 − 3 tees and 4 − 1 mugs, with the ledger summing to on-hand.
    expect(await levelOf(tee.id, shop.main.id)).toMatchObject({ onHand: 5 });
    expect(await levelOf(mug.id, shop.main.id)).toMatchObject({ onHand: 3 });
    expect(await ledgerSum(tee.id, shop.main.id)).toBe(5);
    expect(await ledgerSum(mug.id, shop.main.id)).toBe(3);
    const sales = await db.stockMovement.findMany({
      where: { variantId: tee.id, type: "SALE" },
      orderBy: { createdAt: "asc" },
    });
    expect(sales.map((m) => [m.quantity, m.balanceAfter, m.referenceId, m.createdAt])).toEqual([
      [-2, 8, first!.id, new Date("2026-03-01T14:05:00Z")],
      [-3, 5, second!.id, new Date("2026-03-02T09:30:00Z")],
    ]);
    expect(sales[0]).toMatchObject({ referenceType: "order", actorLabel: shop.scope.actor.label });

    // Import rows point at what they created.
    expect(rows.slice(0, 3).map((r) => r.entityId)).toEqual([first!.id, first!.id, second!.id]);
    const entityTypes = await db.importRow.findMany({
      where: { importRunId: run.id, outcome: "CREATED" },
      select: { entityType: true },
    });
    expect(entityTypes.every((r) => r.entityType === "order")).toBe(true);

    // Rollups count the day in the shop's zone (London is UTC+0 in March).
    const daily = await db.salesDaily.findMany({
      where: { orgId: shop.orgId, variantId: tee.id },
      orderBy: { day: "asc" },
    });
    expect(daily.map((d) => [d.day.toISOString().slice(0, 10), d.units, d.revenueMinor])).toEqual([
      ["2026-03-01", 2, 2400],
      ["2026-03-02", 3, 3300],
    ]);
  });

  it("records a stock-out when an import sells the last unit", async () => {
    const tee = await stocked(2);
    // The stock arrived before the sales being imported, as it did in the shop.
    await db.stockMovement.updateMany({
      where: { variantId: tee.id },
      data: { createdAt: new Date("2026-02-01T09:00:00Z") },
    });
    const run = await stage(shop, [line(tee, ref("LAST"), { quantity: "2" })]);
    await commit(shop, run.id);
    const periods = await db.stockOutPeriod.findMany({
      where: { orgId: shop.orgId, variantId: tee.id, locationId: shop.main.id },
    });
    expect(periods).toHaveLength(1);
    expect(periods[0]).toMatchObject({
      startedAt: new Date("2026-03-01T14:05:00Z"),
      endedAt: null,
    });
  });

  it("finds everything UNCHANGED when the same lines are classified again", async () => {
    const tee = await stocked(5);
    const mug = await stocked(5);
    const order = ref("AGAIN");
    const lines = [
      line(tee, order, { quantity: "2", discount: "0.50" }),
      line(mug, order, { quantity: "1" }),
    ];
    const run = await stage(shop, lines);
    await commit(shop, run.id);
    const again = await classify(shop, run.id);
    expect(again.map((r) => r.outcome)).toEqual(["UNCHANGED", "UNCHANGED"]);

    // The same file uploaded again imports nothing and takes no more stock.
    const second = await stage(shop, lines);
    const rows = await commit(shop, second.id);
    expect(rows.map((r) => r.outcome)).toEqual(["UNCHANGED", "UNCHANGED"]);
    expect(await db.order.count({ where: { orgId: shop.orgId, externalRef: order } })).toBe(1);
    expect(await levelOf(tee.id, shop.main.id)).toMatchObject({ onHand: 3 });

    // A different line for an order already imported is refused, not merged.
    const changed = await stage(shop, [line(tee, order, { quantity: "3" })]);
    const [row] = await classify(shop, changed.id);
    expect(row).toMatchObject({ outcome: "INVALID" });
    expect(messages(row!)).toEqual([`Order ${order} was already imported with different lines.`]);
  });

  it("leaves nothing behind when it fails midway", async () => {
    const tee = await stocked(5);
    const email = `rollback-${randomUUID().slice(0, 8)}@example.com`;
    const run = await stage(shop, [
      line(tee, ref("FAIL"), { quantity: "2", customer_email: email }),
    ]);
    // Someone else took the next order number without the sequence knowing.
    const taken = (await sequenceValue(shop.orgId)) + 1;
    const squatter = await db.order.create({
      data: {
        orgId: shop.orgId,
        number: taken,
        locationId: shop.main.id,
        currency: "GBP",
        status: "DRAFT",
      },
    });
    const movementsBefore = await db.stockMovement.count({ where: { orgId: shop.orgId } });
    const sequenceBefore = await sequenceValue(shop.orgId);

    await expect(commit(shop, run.id)).rejects.toThrow(/Order_orgId_number_key/);

    expect(await db.order.count({ where: { importRunId: run.id } })).toBe(0);
    expect(await db.customer.count({ where: { orgId: shop.orgId, email } })).toBe(0);
    expect(await db.stockMovement.count({ where: { orgId: shop.orgId } })).toBe(movementsBefore);
    expect(await levelOf(tee.id, shop.main.id)).toMatchObject({ onHand: 5 });
    expect(await sequenceValue(shop.orgId)).toBe(sequenceBefore);
    expect(await db.salesDaily.count({ where: { variantId: tee.id } })).toBe(0);
    const [row] = await rowsOf(run.id);
    expect(row!.entityId).toBeNull();
    await db.order.delete({ where: { id: squatter.id } });
  });
});

describe("through the import engine", () => {
  it("maps common headers, dry-runs and commits a sales file", async () => {
    const tee = await stocked(5);
    const order = ref("T");
    const csv = [
      "Date,Receipt,SKU,Qty,Price,Store,Email",
      `2026-03-04 10:15,${order},${tee.sku.toLowerCase()},2,12.50,main,Eve@Example.com`,
      `2026-03-04 10:15,${order}-2,${tee.sku},1,"1,000.00",MAIN,`,
      `2026-03-04 10:15,${order}-3,NOPE,1,12.50,MAIN,`,
      `2026-02-30 10:15,${order}-4,${tee.sku},x,12.50,MAIN,`,
    ].join("\n");
    const quiet = { log: () => undefined };
    const created = await createImportFromUpload(shop.scope, {
      kind: "SALES",
      fileName: "till.csv",
      body: Buffer.from(csv),
    });
    const preview = await getImportPreview(shop.scope, created.id);
    expect(preview.suggestedMapping).toMatchObject({
      occurred_at: "Date",
      order_ref: "Receipt",
      sku: "SKU",
      quantity: "Qty",
      unit_price: "Price",
      location: "Store",
      customer_email: "Email",
    });
    await startValidation(shop.scope, created.id, { mapping: preview.suggestedMapping });
    await validateImportRun(shop.orgId, created.id, quiet);
    const validated = await getImportRun(shop.scope, created.id);
    expect(validated).toMatchObject({ status: "VALIDATED", rowsValid: 2, rowsInvalid: 2 });
    expect(validated.createdCount).toBe(2);

    await commitImport(shop.scope, created.id);
    await commitImportRun(shop.orgId, created.id, quiet);
    const done = await getImportRun(shop.scope, created.id);
    expect(done).toMatchObject({ status: "COMPLETED", createdCount: 2, failureReason: null });
    const rows = await rowsOf(created.id);
    expect(rows.map((r) => r.outcome)).toEqual(["CREATED", "CREATED", "INVALID", "INVALID"]);
    expect(rows[2]!.errors).toEqual([
      { column: "SKU", value: "NOPE", message: "No product has the SKU NOPE." },
    ]);
    expect(await levelOf(tee.id, shop.main.id)).toMatchObject({ onHand: 2 });
    const imported = await db.order.findMany({
      where: { importRunId: created.id },
      orderBy: { externalRef: "asc" },
    });
    expect(imported.map((o) => o.totalMinor)).toEqual([2500, 100000]);
  });
});

async function sequenceValue(orgId: string) {
  const row = await db.sequence.findUnique({ where: { orgId_name: { orgId, name: "order" } } });
  return row?.value ?? 0;
}
