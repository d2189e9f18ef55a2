import "server-only";
import { applySalesToRollups } from "@/lib/analytics/rollups";
import { rebuildStockOutPeriods } from "@/lib/analytics/stock-outs";
import { refreshCustomerStatsMany } from "@/lib/customers/customer-stats";
import { Prisma } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { allocateSequenceRange } from "@/lib/inventory/sequence";
import type { ImportContext } from "../types";
import { stagedLinesCtes } from "./staged-lines";

/**
 * Writes the CREATED sales lines as fulfilled, paid orders, entirely in set-based SQL so a file
 * of a million lines is a handful of statements, not a million round trips:
 * customers (new emails), orders numbered from one allocated range, their lines and a timeline
 * entry each, SALE stock movements dated when the sale happened, on-hand decrements, then the
 * sales rollups and stock-out periods of what changed.
 *
 * Totals follow lib/orders/totals: line total = quantity × unit price − line discount, the order
 * sums its lines, and cost is captured from the variants' current cost.
 *
 * Runs inside the import's transaction (the engine's commit) right after classify: the lines
 * are copied once into temporary tables that vanish at commit or rollback, which is only sound
 * on the transaction's single connection (outside a transaction the tables are dropped as soon
 * as they are made, so the next statement fails before anything is written).
 */
export async function commitSales(ctx: ImportContext): Promise<void> {
  const { db, orgId, runId, actor, org } = ctx;
  await db.$executeRaw`DROP TABLE IF EXISTS sales_import_line, sales_import_order`;
  await db.$executeRaw`
    CREATE TEMP TABLE sales_import_line (
      row_number int PRIMARY KEY, ref text NOT NULL, variant_id text NOT NULL,
      unit_cost int NOT NULL, qty int NOT NULL, price int NOT NULL, discount int NOT NULL,
      location_id text NOT NULL, channel "SalesChannel" NOT NULL, email text,
      at timestamp(3) NOT NULL
    ) ON COMMIT DROP`;
  const lines = await db.$executeRaw`
    INSERT INTO sales_import_line
    WITH ${stagedLinesCtes(orgId, runId)}
    SELECT row_number, ref, variant_id, unit_cost, qty, price, discount, location_id, channel,
           email, at
    FROM staged WHERE outcome = 'CREATED'`;
  if (lines === 0) return;
  await db.$executeRaw`ANALYZE sales_import_line`;

  await lockAndCheckStock(ctx);

  const [counted] = await db.$queryRaw<{ orders: number; run: number }[]>`
    SELECT (SELECT count(DISTINCT ref) FROM sales_import_line)::int AS orders,
           (SELECT "number" FROM "ImportRun" WHERE "id" = ${runId} AND "orgId" = ${orgId}) AS run`;
  const firstNumber = await allocateSequenceRange(db, orgId, "order", counted!.orders);

  // Numbers follow sale time, so the order list reads in the order things were sold.
  await db.$executeRaw`
    CREATE TEMP TABLE sales_import_order (
      id text PRIMARY KEY, number int NOT NULL, ref text NOT NULL UNIQUE, at timestamp(3) NOT NULL,
      location_id text NOT NULL, channel "SalesChannel" NOT NULL, email text, customer_id text,
      subtotal int NOT NULL, discount int NOT NULL, cost int NOT NULL
    ) ON COMMIT DROP`;
  // gen_random_uuid() stands in for Prisma's client-side cuid(): ids only need to be unique
  // text, and generating them in SQL keeps the whole import server-side.
  await db.$executeRaw`
    INSERT INTO sales_import_order
      (id, number, ref, at, location_id, channel, email, subtotal, discount, cost)
    SELECT gen_random_uuid()::text,
           ${firstNumber}::int + (row_number() OVER (ORDER BY min(at), ref))::int - 1,
           ref, min(at), min(location_id), min(channel::text)::"SalesChannel", min(email),
           sum(qty::int8 * price)::int, sum(discount)::int, sum(qty::int8 * unit_cost)::int
    FROM sales_import_line
    GROUP BY ref`;
  await db.$executeRaw`ANALYZE sales_import_order`;

  const customerIds = await linkCustomers(ctx);

  await db.$executeRaw`
    INSERT INTO "Order" ("id", "orgId", "number", "customerId", "locationId", "channel", "status",
      "paymentStatus", "currency", "subtotalMinor", "discountMinor", "totalMinor", "costMinor",
      "externalRef", "importRunId", "placedAt", "paidAt", "fulfilledAt", "createdAt", "updatedAt")
    SELECT id, ${orgId}, number, customer_id, location_id, channel, 'FULFILLED', 'PAID',
           ${org.currency}, subtotal, discount, subtotal - discount, cost, ref, ${runId},
           at, at, at, now(), now()
    FROM sales_import_order
    ORDER BY number`;
  await db.$executeRaw`
    INSERT INTO "OrderLine" ("id", "orgId", "orderId", "variantId", "quantity", "unitPriceMinor",
      "unitCostMinor", "discountMinor", "totalMinor")
    SELECT gen_random_uuid()::text, ${orgId}, o.id, l.variant_id, l.qty, l.price, l.unit_cost,
           l.discount, l.qty * l.price - l.discount
    FROM sales_import_line l JOIN sales_import_order o ON o.ref = l.ref
    ORDER BY o.number, l.row_number`;
  await db.$executeRaw`
    INSERT INTO "OrderEvent" ("id", "orgId", "orderId", "type", "fromStatus", "toStatus",
      "message", "data", "actorType", "actorId", "actorLabel", "createdAt")
    SELECT gen_random_uuid()::text, ${orgId}, id, 'imported', NULL, 'FULFILLED',
           ${`Imported from import #${counted!.run}`},
           jsonb_build_object('importRunId', ${runId}::text, 'importNumber', ${counted!.run}::int),
           ${actor.type}::"ActorType", ${actor.id ?? null}, ${actor.label}, now()
    FROM sales_import_order`;

  // Balances count down from today's on-hand in sale-time order, so the last imported sale of
  // each level ends at the new on-hand and the ledger still sums to it.
  await db.$executeRaw`
    INSERT INTO "StockMovement" ("id", "orgId", "variantId", "locationId", "type", "quantity",
      "balanceAfter", "actorType", "actorId", "actorLabel", "referenceType", "referenceId",
      "createdAt")
    SELECT gen_random_uuid()::text, ${orgId}, l.variant_id, l.location_id, 'SALE', -l.qty,
           il."onHand" - sum(l.qty) OVER (
             PARTITION BY l.variant_id, l.location_id ORDER BY l.at, l.row_number
             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
           ),
           ${actor.type}::"ActorType", ${actor.id ?? null}, ${actor.label}, 'order', o.id, l.at
    FROM sales_import_line l
    JOIN sales_import_order o ON o.ref = l.ref
    JOIN "InventoryLevel" il
      ON il."orgId" = ${orgId} AND il."variantId" = l.variant_id AND il."locationId" = l.location_id`;
  await db.$executeRaw`
    UPDATE "InventoryLevel" il
    SET "onHand" = il."onHand" - n.qty, "updatedAt" = now()
    FROM (
      SELECT variant_id, location_id, sum(qty)::int AS qty
      FROM sales_import_line GROUP BY variant_id, location_id
    ) AS n
    WHERE il."orgId" = ${orgId} AND il."variantId" = n.variant_id AND il."locationId" = n.location_id`;

  await db.$executeRaw`
    UPDATE "ImportRow" r
    SET "entityType" = 'order', "entityId" = o.id
    FROM sales_import_line l JOIN sales_import_order o ON o.ref = l.ref
    WHERE r."importRunId" = ${runId} AND r."orgId" = ${orgId} AND r."rowNumber" = l.row_number`;

  await refreshCustomerStatsMany(db, orgId, customerIds);
  await applySalesToRollups(db, orgId, { importRunId: runId }, 1);
  const pairs = await db.$queryRaw<{ variantId: string; locationId: string }[]>`
    SELECT DISTINCT variant_id AS "variantId", location_id AS "locationId" FROM sales_import_line`;
  await rebuildStockOutPeriods(db, orgId, pairs);
}

/**
 * Locks the stock levels the import takes from, in id order like the ledger does (so it never
 * deadlocks with orders being placed), and makes sure stock did not shrink since classify read
 * it: on-hand never goes below zero.
 */
async function lockAndCheckStock({ db, orgId }: ImportContext) {
  await db.$executeRaw`
    SELECT il."id" FROM "InventoryLevel" il
    WHERE il."orgId" = ${orgId}
      AND (il."variantId", il."locationId") IN (
        SELECT DISTINCT variant_id, location_id FROM sales_import_line)
    ORDER BY il."id"
    FOR NO KEY UPDATE`;
  const short = await db.$queryRaw<{ sku: string; code: string }[]>`
    SELECT v."sku" AS sku, loc."code" AS code
    FROM (
      SELECT variant_id, location_id, sum(qty) AS qty
      FROM sales_import_line GROUP BY variant_id, location_id
    ) AS n
    JOIN "Variant" v ON v."id" = n.variant_id
    JOIN "Location" loc ON loc."id" = n.location_id
    LEFT JOIN "InventoryLevel" il
      ON il."orgId" = ${orgId} AND il."variantId" = n.variant_id AND il."locationId" = n.location_id
    WHERE coalesce(il."onHand", 0) < n.qty
    ORDER BY v."sku", loc."code"
    LIMIT 1`;
  if (short.length > 0) {
    throw new UserError(
      `Stock of ${short[0]!.sku} at ${short[0]!.code} changed while the import was running; validate it again.`,
      { code: "conflict" },
    );
  }
}

/**
 * Matches orders to customers by email (stored lower-case, as the row schema writes them) and
 * adds a customer for each new email. Returns the customers whose stats must be refreshed.
 */
async function linkCustomers({ db, orgId }: ImportContext): Promise<string[]> {
  await db.$executeRaw`
    INSERT INTO "Customer" ("id", "orgId", "email", "tags", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, ${orgId}, email, '{}', now(), now()
    FROM (SELECT DISTINCT email FROM sales_import_order WHERE email IS NOT NULL) AS e
    ORDER BY email
    ON CONFLICT ("orgId", "email") DO NOTHING`;
  await db.$executeRaw`
    UPDATE sales_import_order o SET customer_id = c."id"
    FROM "Customer" c
    WHERE c."orgId" = ${orgId} AND c."email" = o.email`;
  const rows = await db.$queryRaw<{ id: string }[]>(Prisma.sql`
    SELECT DISTINCT customer_id AS id FROM sales_import_order WHERE customer_id IS NOT NULL`);
  return rows.map((r) => r.id);
}
