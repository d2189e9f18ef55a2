import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { rebuildStockOutPeriods } from "@/lib/analytics/stock-outs";
import { seedDemoShop } from "@/prisma/demo/seed-demo-shop";
import { expectRollupsMatchOrders, stockOutPeriods } from "./support/analytics";
import { signUpOwner } from "./support/factories";

/**
 * The demo shop is bulk-written rather than replayed through the domain
 * functions, so it is held to the same invariants the app keeps.
 */
describe("demo shop data", () => {
  it(
    "obeys the stock ledger, reservation and customer-stat invariants",
    { timeout: 120_000 },
    async () => {
      const owner = await signUpOwner();
      const counts = await seedDemoShop(
        db,
        { orgId: owner.orgId, staff: { id: owner.userId, label: "Olive Owner" } },
        { days: 30, ordersPerDay: 12, customers: 40, seed: 7 },
      );
      expect(counts.orders).toBeGreaterThan(200);
      const orgId = owner.orgId;

      const [ledger] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "InventoryLevel" l
      LEFT JOIN (SELECT "variantId", "locationId", sum(quantity) AS s FROM "StockMovement"
                 WHERE "orgId" = ${orgId} GROUP BY 1, 2) m USING ("variantId", "locationId")
      WHERE l."orgId" = ${orgId} AND coalesce(m.s, 0) <> l."onHand"`;
      expect(Number(ledger!.n)).toBe(0);

      const [negative] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "InventoryLevel"
      WHERE "orgId" = ${orgId} AND ("onHand" < 0 OR committed < 0 OR backordered < 0)`;
      expect(Number(negative!.n)).toBe(0);

      const [committed] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "InventoryLevel" l
      LEFT JOIN (SELECT ol."variantId", o."locationId", sum(ol.quantity) AS q
                 FROM "OrderLine" ol JOIN "Order" o ON o.id = ol."orderId"
                 WHERE o."orgId" = ${orgId} AND o.status IN ('PLACED', 'PAID') GROUP BY 1, 2) c
        ON c."variantId" = l."variantId" AND c."locationId" = l."locationId"
      WHERE l."orgId" = ${orgId} AND coalesce(c.q, 0) <> l.committed`;
      expect(Number(committed!.n)).toBe(0);

      const [balances] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "InventoryLevel" l
      JOIN LATERAL (SELECT "balanceAfter" FROM "StockMovement" m
                    WHERE m."variantId" = l."variantId" AND m."locationId" = l."locationId"
                    ORDER BY "createdAt" DESC, id DESC LIMIT 1) last ON true
      WHERE l."orgId" = ${orgId} AND last."balanceAfter" <> l."onHand"`;
      expect(Number(balances!.n)).toBe(0);

      const [stats] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Customer" c
      LEFT JOIN (SELECT "customerId", count(*) AS orders, sum("totalMinor" - "refundedMinor") AS ltv
                 FROM "Order" WHERE "orgId" = ${orgId} AND status NOT IN ('DRAFT', 'CANCELLED')
                 GROUP BY 1) o ON o."customerId" = c.id
      WHERE c."orgId" = ${orgId}
        AND (c."orderCount" <> coalesce(o.orders, 0) OR c."lifetimeValueMinor" <> coalesce(o.ltv, 0))`;
      expect(Number(stats!.n)).toBe(0);

      const totals = await db.$queryRaw<{ bad: bigint }[]>`
      SELECT count(*) AS bad FROM "Order" o
      JOIN (SELECT "orderId", sum("totalMinor") AS t FROM "OrderLine" GROUP BY 1) l ON l."orderId" = o.id
      WHERE o."orgId" = ${orgId} AND l.t <> o."totalMinor"`;
      expect(Number(totals[0]!.bad)).toBe(0);

      // Dashboards read rollups and stock-out periods written in bulk by the seed.
      await expectRollupsMatchOrders(orgId);
      const seeded = await stockOutPeriods(orgId);
      expect(seeded.length).toBeGreaterThan(0);
      await rebuildStockOutPeriods(db, orgId);
      expect(await stockOutPeriods(orgId)).toEqual(seeded);
      const openPeriods = seeded.filter((p) => p.endedAt === null).length;
      const [outNow] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "InventoryLevel" l
      WHERE l."orgId" = ${orgId} AND l."onHand" <= 0
        AND EXISTS (SELECT 1 FROM "StockMovement" m
                    WHERE m."variantId" = l."variantId" AND m."locationId" = l."locationId")`;
      expect(openPeriods).toBe(Number(outNow!.n));
      expect(counts.staffShifts).toBeGreaterThan(100);
      expect(await db.staffShift.count({ where: { orgId } })).toBe(counts.staffShifts);
    },
  );
});
