import "server-only";
import { Prisma } from "@/lib/db";

/**
 * The run's staged sales lines as SQL, for classify and commit to share one reading of
 * ImportRow.data (see SalesRow) and one way of resolving it against the catalog:
 * - `variant_id`/`unit_cost`: the organisation's variant with that SKU (SKUs are stored
 *   upper-case, and the row schema upper-cases them too);
 * - `location_id`: the organisation's location whose code, or else whose name, matches the
 *   cell ignoring case. Codes win, so a location named like another's code is never a tie.
 * Times are stored like Prisma stores DateTime: UTC in a `timestamp(3)` without zone.
 *
 * Used as `WITH ${stagedLinesCtes(...)} SELECT … FROM staged`.
 */
export function stagedLinesCtes(orgId: string, runId: string) {
  return Prisma.sql`
    location_keys AS (
      SELECT DISTINCT ON (k."key") k."key", k."id", k."code", k."name", k."archivedAt"
      FROM (
        SELECT lower("code") AS "key", 1 AS "rank", "id", "code", "name", "archivedAt"
        FROM "Location" WHERE "orgId" = ${orgId}
        UNION ALL
        SELECT lower("name"), 2, "id", "code", "name", "archivedAt"
        FROM "Location" WHERE "orgId" = ${orgId}
      ) AS k
      ORDER BY k."key", k."rank"
    ),
    staged AS (
      SELECT r."rowNumber" AS row_number,
             r."outcome" AS outcome,
             r."data"->>'orderRef' AS ref,
             r."data"->>'sku' AS sku,
             (r."data"->>'quantity')::int AS qty,
             (r."data"->>'unitPriceMinor')::int AS price,
             (r."data"->>'discountMinor')::int AS discount,
             r."data"->>'location' AS location_text,
             (r."data"->>'channel')::"SalesChannel" AS channel,
             r."data"->>'customerEmail' AS email,
             ((r."data"->>'occurredAt')::timestamptz AT TIME ZONE 'UTC')::timestamp(3) AS at,
             v."id" AS variant_id,
             v."costMinor" AS unit_cost,
             lk."id" AS location_id,
             lk."code" AS location_code,
             lk."name" AS location_name,
             lk."archivedAt" AS location_archived_at
      FROM "ImportRow" r
      LEFT JOIN "Variant" v ON v."orgId" = ${orgId} AND v."sku" = r."data"->>'sku'
      LEFT JOIN location_keys lk ON lk."key" = lower(r."data"->>'location')
      WHERE r."importRunId" = ${runId} AND r."orgId" = ${orgId} AND r."data" IS NOT NULL
    )`;
}
