import "server-only";
import { Prisma, type Db } from "@/lib/db";
import { inTransaction } from "@/lib/db/in-transaction";

/**
 * A stock-out period is derived from the ledger only: it opens at the movement that takes a
 * level's on-hand from above zero to zero (or below), and ends at the movement that brings it
 * back above zero. A level that never had stock (no movements, on hand 0 since it was created)
 * has no period: it was never in stock, so nothing "ran out" and it does not count towards
 * stock-out days. The dashboards still show such levels as out today through InventoryLevel.
 */

type Pair = { variantId: string; locationId: string };

/**
 * Keeps periods current as one movement changes a level's on-hand, inside the ledger's
 * transaction (the level is locked, so no other movement for it can interleave).
 * `at` is the movement's createdAt, so a rebuild from the ledger gives the same periods.
 */
export async function recordStockOutTransition(
  db: Db,
  orgId: string,
  change: Pair & { before: number; after: number; at: Date },
): Promise<void> {
  const { variantId, locationId, before, after, at } = change;
  const pair = { variantId, locationId };
  if (before > 0 && after <= 0) {
    await db.stockOutPeriod.create({ data: { orgId, ...pair, startedAt: at } });
  } else if (before <= 0 && after > 0) {
    await db.stockOutPeriod.updateMany({
      where: { orgId, ...pair, endedAt: null },
      data: { endedAt: at },
    });
  }
}

/**
 * Recomputes StockOutPeriod from the ledger for some variant/location pairs, or for the whole
 * organisation: after bulk writes that bypass applyMovements (the demo seed, imports).
 *
 * Gaps and islands over StockMovement in ledger order (createdAt, id): a movement is a
 * transition when its balance is on the other side of zero from the previous one (no previous
 * movement counts as 0, i.e. "not in stock yet"); transitions alternate, so every transition
 * into ≤ 0 opens a period that the next transition, if any, closes.
 */
export async function rebuildStockOutPeriods(db: Db, orgId: string, pairs?: Pair[]): Promise<void> {
  if (pairs && pairs.length === 0) return;
  const variantIds = pairs?.map((p) => p.variantId) ?? [];
  const locationIds = pairs?.map((p) => p.locationId) ?? [];
  const onlyPairs = pairs
    ? Prisma.sql`AND ("variantId", "locationId") IN (
        SELECT * FROM unnest(${variantIds}::text[], ${locationIds}::text[]))`
    : Prisma.empty;
  await inTransaction({ db }, async ({ db: tx }) => {
    await tx.$executeRaw`DELETE FROM "StockOutPeriod" WHERE "orgId" = ${orgId} ${onlyPairs}`;
    await tx.$executeRaw`
      WITH m AS (
        SELECT "id", "variantId", "locationId", "createdAt", "balanceAfter",
               coalesce(lag("balanceAfter") OVER w, 0) AS "prev"
        FROM "StockMovement"
        WHERE "orgId" = ${orgId} ${onlyPairs}
        WINDOW w AS (PARTITION BY "variantId", "locationId" ORDER BY "createdAt", "id")
      ),
      transitions AS (
        SELECT "variantId", "locationId", "createdAt", "balanceAfter" <= 0 AS "out",
               lead("createdAt") OVER (
                 PARTITION BY "variantId", "locationId" ORDER BY "createdAt", "id") AS "nextAt"
        FROM m
        WHERE ("balanceAfter" <= 0) <> ("prev" <= 0)
      )
      INSERT INTO "StockOutPeriod" ("id", "orgId", "variantId", "locationId", "startedAt", "endedAt")
      SELECT gen_random_uuid()::text, ${orgId}, "variantId", "locationId", "createdAt", "nextAt"
      FROM transitions
      WHERE "out"`;
  });
}
