import type pg from "pg";
import { createRandom } from "@/prisma/demo/random";
import type { BenchConfig } from "../config";
import { copyRows, CopyWriter } from "../support/copy-writer";
import { benchId, buildCatalog } from "./catalog";
import { buildCustomer } from "./customers";
import { localDays, localToday } from "./local-days";
import { generateSales, type BenchLine, type BenchOrder } from "./sales";
import { buildShifts } from "./shifts";
import { buildStock } from "./stock";

export const BENCH_ORG_ID = benchId("org", 1);

const ORDER_COLUMNS = [
  "id",
  "orgId",
  "number",
  "customerId",
  "locationId",
  "channel",
  "status",
  "paymentStatus",
  "currency",
  "subtotalMinor",
  "discountMinor",
  "totalMinor",
  "costMinor",
  "placedAt",
  "paidAt",
  "fulfilledAt",
  "deliveredAt",
  "cancelledAt",
  "createdAt",
  "updatedAt",
] as const;
const LINE_COLUMNS = [
  "id",
  "orgId",
  "orderId",
  "variantId",
  "quantity",
  "unitPriceMinor",
  "unitCostMinor",
  "discountMinor",
  "totalMinor",
] as const;
/** Orders and their lines are copied in batches of about this many lines (see writeSales). */
const LINES_PER_BATCH = 100_000;

export type GeneratedOrg = {
  orgId: string;
  today: string;
  counts: {
    products: number;
    variants: number;
    locations: number;
    customers: number;
    orders: number;
    lines: number;
    staffShifts: number;
    stockOutPeriods: number;
  };
};

/** Each order's lifecycle timestamps follow from its status and when it was placed. */
function orderValues(orgId: string, currency: string, o: BenchOrder) {
  const at = o.placedAt;
  const later = (hours: number) => new Date(at.getTime() + hours * 3_600_000);
  const cancelled = o.status === "CANCELLED";
  return [
    o.id,
    orgId,
    o.number,
    o.customerId,
    o.locationId,
    o.channel,
    o.status,
    cancelled ? "UNPAID" : "PAID",
    currency,
    o.subtotalMinor,
    o.discountMinor,
    o.totalMinor,
    o.costMinor,
    at,
    cancelled ? null : at,
    cancelled ? null : o.channel === "IN_STORE" ? at : later(20),
    o.status === "DELIVERED" ? later(68) : null,
    cancelled ? later(2) : null,
    at,
    at,
  ];
}

function lineValues(orgId: string, l: BenchLine) {
  return [
    l.id,
    orgId,
    l.orderId,
    l.variantId,
    l.quantity,
    l.unitPriceMinor,
    l.unitCostMinor,
    l.discountMinor,
    l.totalMinor,
  ];
}

/**
 * Orders first, then their lines, batch by batch on one connection: a line's foreign key needs
 * its order committed, and one batch (≈100k lines) keeps memory small.
 */
async function writeSales(
  client: pg.Client,
  orgId: string,
  currency: string,
  sales: ReturnType<typeof generateSales>,
) {
  let orders: BenchOrder[] = [];
  let lines: BenchLine[] = [];
  const totals = { orders: 0, lines: 0 };
  const flush = async () => {
    totals.orders += await copyRows(
      client,
      "Order",
      ORDER_COLUMNS,
      orders.map((o) => orderValues(orgId, currency, o)),
    );
    totals.lines += await copyRows(
      client,
      "OrderLine",
      LINE_COLUMNS,
      lines.map((l) => lineValues(orgId, l)),
    );
    orders = [];
    lines = [];
  };
  for (const day of sales) {
    orders.push(...day.orders);
    lines.push(...day.lines);
    if (lines.length >= LINES_PER_BATCH) await flush();
  }
  await flush();
  return totals;
}

/**
 * Writes the benchmark organisation into an empty, migrated database with COPY. Deterministic:
 * the same seed, sizes and end date give the same rows.
 */
export async function writeBenchOrg(
  client: pg.Client,
  config: BenchConfig,
  now: Date,
): Promise<GeneratedOrg> {
  const random = createRandom(config.seed);
  const orgId = BENCH_ORG_ID;
  const today = localToday(config.timezone, now);
  const days = localDays(config.timezone, today, config.historyDays);
  const historyStart = days[0]!.at(0, 0, 0);
  const catalog = buildCatalog(random, config.variants);
  const stamp = (
    values: readonly (string | number | boolean | Date | null | readonly string[])[],
  ) => [...values, now];

  await copyRows(
    client,
    "Organization",
    ["id", "name", "slug", "currency", "timezone", "updatedAt"],
    [
      [
        orgId,
        "Benchmark Outfitters",
        "benchmark-outfitters",
        config.currency,
        config.timezone,
        now,
      ],
    ],
  );
  await copyRows(
    client,
    "Location",
    ["id", "orgId", "code", "name", "updatedAt"],
    catalog.locations.map((l) => stamp([l.id, orgId, l.code, l.name])),
  );
  await copyRows(
    client,
    "Category",
    ["id", "orgId", "name"],
    catalog.categories.map((c) => [c.id, orgId, c.name]),
  );
  await copyRows(
    client,
    "Product",
    ["id", "orgId", "name", "categoryId", "optionNames", "updatedAt"],
    catalog.products.map((p) => stamp([p.id, orgId, p.name, p.categoryId, p.optionNames])),
  );
  await copyRows(
    client,
    "Variant",
    [
      "id",
      "orgId",
      "productId",
      "sku",
      "optionValues",
      "priceMinor",
      "costMinor",
      "position",
      "updatedAt",
    ],
    catalog.variants.map((v) =>
      stamp([
        v.id,
        orgId,
        v.productId,
        v.sku,
        v.optionValues,
        v.priceMinor,
        v.costMinor,
        v.position,
      ]),
    ),
  );

  const stock = buildStock(random, catalog, historyStart, now);
  await copyRows(
    client,
    "InventoryLevel",
    ["id", "orgId", "variantId", "locationId", "onHand", "reorderPoint", "reorderQty", "updatedAt"],
    stock.levels.map((l) =>
      stamp([l.id, orgId, l.variantId, l.locationId, l.onHand, l.reorderPoint, l.reorderQty]),
    ),
  );
  await copyRows(
    client,
    "StockOutPeriod",
    ["id", "orgId", "variantId", "locationId", "startedAt", "endedAt"],
    stock.stockOuts.map((s) => [s.id, orgId, s.variantId, s.locationId, s.startedAt, s.endedAt]),
  );

  const customers = CopyWriter.open(client, "Customer", [
    "id",
    "orgId",
    "email",
    "firstName",
    "lastName",
    "marketingConsent",
    "tags",
    "createdAt",
    "updatedAt",
  ]);
  const customerIds: string[] = [];
  for (let n = 1; n <= config.customers; n++) {
    const c = buildCustomer(random, n, historyStart);
    customerIds.push(c.id);
    customers.push([
      c.id,
      orgId,
      c.email,
      c.firstName,
      c.lastName,
      c.marketingConsent,
      [],
      c.createdAt,
      c.createdAt,
    ]);
    await customers.flushIfFull();
  }
  await customers.end();

  const shifts = buildShifts(random, catalog, days);
  await copyRows(
    client,
    "StaffShift",
    ["id", "orgId", "person", "locationId", "startAt", "endAt"],
    shifts.map((s) => [s.id, orgId, s.person, s.locationId, s.startAt, s.endAt]),
  );

  const sales = generateSales({
    random,
    catalog,
    customerIds,
    days,
    now,
    targetLines: config.salesLines,
  });
  const totals = await writeSales(client, orgId, config.currency, sales);
  await finishOrg(client, orgId);

  return {
    orgId,
    today,
    counts: {
      products: catalog.products.length,
      variants: catalog.variants.length,
      locations: catalog.locations.length,
      customers: config.customers,
      orders: totals.orders,
      lines: totals.lines,
      staffShifts: shifts.length,
      stockOutPeriods: stock.stockOuts.length,
    },
  };
}

/** What the app keeps derived from orders: customer totals and the next order number. */
async function finishOrg(client: pg.Client, orgId: string) {
  await client.query(
    `UPDATE "Customer" c SET "orderCount" = s.n, "lifetimeValueMinor" = s.v,
       "firstOrderAt" = s.first, "lastOrderAt" = s.last
     FROM (SELECT "customerId", count(*)::int AS n, sum("totalMinor")::int AS v,
                  min("placedAt") AS first, max("placedAt") AS last
           FROM "Order" WHERE "orgId" = $1 AND status <> 'CANCELLED' AND "customerId" IS NOT NULL
           GROUP BY "customerId") s
     WHERE c.id = s."customerId" AND c."orgId" = $1`,
    [orgId],
  );
  await client.query(
    `INSERT INTO "Sequence" ("orgId", name, value)
     SELECT $1, 'order', coalesce(max(number), 0) FROM "Order" WHERE "orgId" = $1`,
    [orgId],
  );
}
