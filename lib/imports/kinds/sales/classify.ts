import "server-only";
import { Prisma } from "@/lib/db";
import type { ImportContext } from "../types";
import { salesFields, type SalesFieldKey } from "./fields";
import { stagedLinesCtes } from "./staged-lines";

/**
 * Decides what every valid sales line would do, in one statement over the run's rows:
 *
 * 1. Per line: the SKU and the location must exist in the organisation (and the location not
 *    be archived). A line of an order that already exists (same external reference) is
 *    UNCHANGED when that order has the same line (SKU, quantity, unit price, discount) and
 *    INVALID otherwise, so re-importing a file is harmless but a changed order is not silently
 *    ignored. Lines of a new order must agree with its first line on time, location, channel
 *    and customer, since those belong to the order, not the line.
 * 2. Stock: for each variant and location, the running total of new units in sale-time order
 *    must stay within today's on-hand (on-hand never goes below zero); lines past that point
 *    are INVALID. Lines of orders already refused in step 1 take no stock.
 * 3. An order with any INVALID line has all its other new lines INVALID too, so an order is
 *    never imported in part. Everything else is CREATED.
 *
 * Idempotent: it recomputes every row with data from scratch and writes only rows whose verdict
 * changed, so it can run for the dry run and again inside the commit transaction.
 */
export async function classifySales(ctx: ImportContext): Promise<void> {
  const { db, orgId, runId } = ctx;
  const column = await columnNames(ctx);
  const error = (key: SalesFieldKey, value: Prisma.Sql, message: Prisma.Sql) =>
    Prisma.sql`jsonb_build_object('column', ${column[key]}::text, 'value', ${value}, 'message', ${message})`;

  await db.$executeRaw`
    WITH ${stagedLinesCtes(orgId, runId)},
    lined AS (
      SELECT s.*, o."id" AS order_id,
             first_value(s.row_number) OVER w AS first_row,
             first_value(s.at) OVER w AS first_at,
             first_value(coalesce(s.location_id, lower(s.location_text))) OVER w AS first_location,
             first_value(s.channel) OVER w AS first_channel,
             first_value(s.email) OVER w AS first_email
      FROM staged s
      LEFT JOIN "Order" o ON o."orgId" = ${orgId} AND o."externalRef" = s.ref
      WINDOW w AS (PARTITION BY s.ref ORDER BY s.row_number)
    ),
    checked AS (
      SELECT l.*, array_remove(ARRAY[
        CASE WHEN l.variant_id IS NULL THEN ${error(
          "sku",
          Prisma.sql`l.sku`,
          Prisma.sql`format('No product has the SKU %s.', l.sku)`,
        )} END,
        CASE WHEN l.location_id IS NULL THEN ${error(
          "location",
          Prisma.sql`l.location_text`,
          Prisma.sql`format('No location has the code or name "%s".', l.location_text)`,
        )}
        WHEN l.location_archived_at IS NOT NULL THEN ${error(
          "location",
          Prisma.sql`l.location_text`,
          Prisma.sql`format('%s is archived; sales can''t be recorded there.', l.location_name)`,
        )} END,
        CASE WHEN l.order_id IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM "OrderLine" ol
          WHERE ol."orderId" = l.order_id AND ol."variantId" = l.variant_id
            AND ol."quantity" = l.qty AND ol."unitPriceMinor" = l.price
            AND ol."discountMinor" = l.discount
        ) THEN ${error(
          "order_ref",
          Prisma.sql`l.ref`,
          Prisma.sql`format('Order %s was already imported with different lines.', l.ref)`,
        )} END,
        CASE WHEN l.order_id IS NULL AND l.at <> l.first_at THEN ${error(
          "occurred_at",
          Prisma.sql`to_char(l.at, 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
          Prisma.sql`format('Every line of order %s needs the same date and time as its first line (row %s).', l.ref, l.first_row)`,
        )} END,
        CASE WHEN l.order_id IS NULL
          AND coalesce(l.location_id, lower(l.location_text)) <> l.first_location THEN ${error(
            "location",
            Prisma.sql`l.location_text`,
            Prisma.sql`format('Every line of order %s needs the same location as its first line (row %s).', l.ref, l.first_row)`,
          )} END,
        CASE WHEN l.order_id IS NULL AND l.channel <> l.first_channel THEN ${error(
          "channel",
          Prisma.sql`lower(l.channel::text)`,
          Prisma.sql`format('Every line of order %s needs the same channel as its first line (row %s).', l.ref, l.first_row)`,
        )} END,
        CASE WHEN l.order_id IS NULL AND l.email IS DISTINCT FROM l.first_email THEN ${error(
          "customer_email",
          Prisma.sql`coalesce(l.email, '')`,
          Prisma.sql`format('Every line of order %s needs the same customer as its first line (row %s).', l.ref, l.first_row)`,
        )} END
      ], NULL) AS errs
      FROM lined l
    ),
    sound_orders AS (
      SELECT ref FROM checked WHERE order_id IS NULL
      GROUP BY ref HAVING bool_and(cardinality(errs) = 0)
    ),
    stock AS (
      SELECT c.row_number, c.location_code, coalesce(il."onHand", 0) AS on_hand,
             sum(c.qty) OVER (
               PARTITION BY c.variant_id, c.location_id ORDER BY c.at, c.row_number
               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
             ) AS running
      FROM checked c
      JOIN sound_orders so ON so.ref = c.ref
      LEFT JOIN "InventoryLevel" il
        ON il."orgId" = ${orgId} AND il."variantId" = c.variant_id AND il."locationId" = c.location_id
    ),
    stocked AS (
      SELECT c.*, CASE WHEN st.running > st.on_hand THEN ${error(
        "quantity",
        Prisma.sql`c.qty::text`,
        Prisma.sql`format('Only %s in stock at %s; import a stock count first.', st.on_hand, st.location_code)`,
      )} END AS stock_error
      FROM checked c
      LEFT JOIN stock st ON st.row_number = c.row_number
    ),
    broken_orders AS (
      SELECT ref FROM stocked WHERE order_id IS NULL
      GROUP BY ref HAVING bool_or(cardinality(errs) > 0 OR stock_error IS NOT NULL)
    ),
    verdicts AS (
      SELECT s.row_number,
             (CASE
               WHEN cardinality(s.errs) > 0 OR s.stock_error IS NOT NULL THEN 'INVALID'
               WHEN s.order_id IS NOT NULL THEN 'UNCHANGED'
               WHEN b.ref IS NOT NULL THEN 'INVALID'
               ELSE 'CREATED'
             END)::"ImportRowOutcome" AS outcome,
             CASE
               WHEN cardinality(s.errs) > 0 THEN to_jsonb(s.errs)
               WHEN s.stock_error IS NOT NULL THEN jsonb_build_array(s.stock_error)
               WHEN s.order_id IS NULL AND b.ref IS NOT NULL THEN jsonb_build_array(${error(
                 "order_ref",
                 Prisma.sql`s.ref`,
                 Prisma.sql`format('Another line of order %s has an error.', s.ref)`,
               )})
             END AS errors
      FROM stocked s
      LEFT JOIN broken_orders b ON b.ref = s.ref
    )
    UPDATE "ImportRow" r
    SET "outcome" = v.outcome, "errors" = v.errors
    FROM verdicts v
    WHERE r."importRunId" = ${runId} AND r."orgId" = ${orgId} AND r."rowNumber" = v.row_number
      AND (r."outcome" IS DISTINCT FROM v.outcome OR r."errors"::jsonb IS DISTINCT FROM v.errors)`;
}

/**
 * Errors name the file's own column, as the row schema's errors do (the header the field was
 * mapped to), so the error file and the preview point at what the person sees.
 */
async function columnNames(ctx: ImportContext): Promise<Record<SalesFieldKey, string>> {
  const run = await ctx.db.importRun.findFirst({
    where: { id: ctx.runId, orgId: ctx.orgId },
    select: { mapping: true },
  });
  const mapping = (run?.mapping ?? {}) as Record<string, unknown>;
  const names = {} as Record<SalesFieldKey, string>;
  for (const field of salesFields) {
    const header = mapping[field.key];
    names[field.key] = typeof header === "string" && header !== "" ? header : field.label;
  }
  return names;
}
