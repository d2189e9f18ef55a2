import "server-only";
import { Prisma, type Db } from "@/lib/db";

/**
 * Orders that count towards a customer's history: placed or later, not cancelled. Drafts are
 * not sales yet; refunds are netted out through `refundedMinor`.
 */
const COUNTED = Prisma.sql`('PLACED', 'PAID', 'FULFILLED', 'DELIVERED')`;

/**
 * Recomputes orderCount, lifetimeValueMinor (Σ totalMinor − refundedMinor), firstOrderAt and
 * lastOrderAt (placedAt) of one customer from the Order table. Order writes call this inside
 * their transaction after every change; it is idempotent and reads only that customer's
 * orders (Order's customerId index).
 */
export async function refreshCustomerStats(
  db: Db,
  orgId: string,
  customerId: string | null | undefined,
): Promise<void> {
  if (customerId) await refreshCustomerStatsMany(db, orgId, [customerId]);
}

/**
 * The set-wise form, for imports and bulk order changes: one UPDATE for all `customerIds`.
 *
 * The customers are locked first, in a statement of their own. Under READ COMMITTED every
 * statement takes a fresh snapshot, so once a concurrent order transaction for the same
 * customer has committed and released the row, the UPDATE below sees its order. Computing and
 * writing in a single statement would instead wait for the lock and then write totals from a
 * snapshot taken before the other order committed, losing it. The lock is NO KEY UPDATE (what
 * the UPDATE takes anyway): FOR UPDATE would conflict with the key-share locks that inserting
 * an order for this customer holds, and two order transactions would deadlock.
 */
export async function refreshCustomerStatsMany(
  db: Db,
  orgId: string,
  customerIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(customerIds)].sort();
  if (ids.length === 0) return;
  await db.$executeRaw`
    SELECT 1 FROM "Customer"
    WHERE "orgId" = ${orgId} AND "id" = ANY(${ids}::text[])
    ORDER BY "id"
    FOR NO KEY UPDATE`;
  await db.$executeRaw`
    UPDATE "Customer" AS c
    SET "orderCount" = s."orderCount",
        "lifetimeValueMinor" = s."lifetimeValueMinor",
        "firstOrderAt" = s."firstOrderAt",
        "lastOrderAt" = s."lastOrderAt"
    FROM (
      SELECT c2."id",
             count(o."id")::int AS "orderCount",
             COALESCE(sum(o."totalMinor" - o."refundedMinor"), 0)::int AS "lifetimeValueMinor",
             min(o."placedAt") AS "firstOrderAt",
             max(o."placedAt") AS "lastOrderAt"
      FROM "Customer" c2
      LEFT JOIN "Order" o
        ON o."customerId" = c2."id" AND o."orgId" = c2."orgId" AND o."status" IN ${COUNTED}
      WHERE c2."orgId" = ${orgId} AND c2."id" = ANY(${ids}::text[])
      GROUP BY c2."id"
    ) AS s
    WHERE c."id" = s."id"`;
}
