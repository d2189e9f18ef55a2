import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";

export type LevelKey = { variantId: string; locationId: string };

export type LockedLevel = {
  id: string;
  variantId: string;
  locationId: string;
  onHand: number;
  committed: number;
  backordered: number;
};

/** Refuses variants or locations of another organisation before any row is touched. */
async function assertOwned(db: Db, orgId: string, keys: LevelKey[]) {
  const variantIds = [...new Set(keys.map((k) => k.variantId))];
  const locationIds = [...new Set(keys.map((k) => k.locationId))];
  // Sequential: this runs inside a transaction, where queries share one connection.
  const variants = await db.variant.count({ where: { orgId, id: { in: variantIds } } });
  const locations = await db.location.count({ where: { orgId, id: { in: locationIds } } });
  if (variants !== variantIds.length) throw notFound("Variant");
  if (locations !== locationIds.length) throw notFound("Location");
}

/**
 * Locks the stock levels for `keys` (creating missing ones at zero) until the
 * transaction ends, and returns them keyed by `variantId:locationId`.
 *
 * Rows are locked in id order so two transactions touching overlapping sets
 * never deadlock; everything that changes onHand or committed goes through here,
 * which is what makes concurrent orders safe. Must run inside a transaction.
 */
export async function lockLevels(db: Db, orgId: string, keys: LevelKey[]) {
  if (keys.length === 0) return new Map<string, LockedLevel>();
  await assertOwned(db, orgId, keys);
  // Inserting in a fixed order too: two transactions creating the same new levels in opposite
  // orders would otherwise wait on each other's uncommitted rows and deadlock.
  const sorted = [...keys].sort((a, b) => compareKeys(levelKey(a), levelKey(b)));
  const values = Prisma.join(
    sorted.map(
      (k) => Prisma.sql`(${randomUUID()}, ${orgId}, ${k.variantId}, ${k.locationId}, now())`,
    ),
  );
  await db.$executeRaw`
    INSERT INTO "InventoryLevel" ("id", "orgId", "variantId", "locationId", "updatedAt")
    VALUES ${values}
    ON CONFLICT ("variantId", "locationId") DO NOTHING`;
  const pairs = Prisma.join(keys.map((k) => Prisma.sql`(${k.variantId}, ${k.locationId})`));
  const rows = await db.$queryRaw<LockedLevel[]>`
    SELECT "id", "variantId", "locationId", "onHand", "committed", "backordered"
    FROM "InventoryLevel"
    WHERE "orgId" = ${orgId} AND ("variantId", "locationId") IN (${pairs})
    ORDER BY "id"
    FOR UPDATE`;
  return new Map(rows.map((r) => [levelKey(r), r]));
}

function compareKeys(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function levelKey(k: LevelKey) {
  return `${k.variantId}:${k.locationId}`;
}

export function available(level: Pick<LockedLevel, "onHand" | "committed">) {
  return level.onHand - level.committed;
}
