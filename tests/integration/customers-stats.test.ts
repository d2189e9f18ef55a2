import { afterAll, describe, expect, it } from "vitest";
import { refreshCustomerStats, refreshCustomerStatsMany } from "@/lib/customers/customer-stats";
import { db } from "@/lib/db";
import { customerOrg, insertOrder, makeCustomer, storedStats } from "./support/customers";

const SLOW = { timeout: 120_000 };

afterAll(async () => {
  await db.$disconnect();
});

const day = (d: number) => new Date(Date.UTC(2025, 4, d, 9));

describe("refreshCustomerStats", SLOW, () => {
  it("counts placed-or-later orders, nets refunds, and ignores drafts and cancellations", async () => {
    const { scope } = await customerOrg();
    const customer = await makeCustomer(scope);
    const orgId = scope.orgId;
    await insertOrder(orgId, customer.id, { status: "PLACED", totalMinor: 1000, placedAt: day(3) });
    await insertOrder(orgId, customer.id, { status: "PAID", totalMinor: 2500, placedAt: day(4) });
    await insertOrder(orgId, customer.id, {
      status: "FULFILLED",
      totalMinor: 700,
      placedAt: day(6),
    });
    await insertOrder(orgId, customer.id, {
      status: "DELIVERED",
      totalMinor: 4000,
      refundedMinor: 1500, // partial refund
      placedAt: day(8),
    });
    await insertOrder(orgId, customer.id, {
      status: "PAID",
      totalMinor: 900,
      refundedMinor: 900, // fully refunded: still an order, worth nothing
      placedAt: day(9),
    });
    // Neither of these counts, even though they carry dates outside the range above.
    await insertOrder(orgId, customer.id, {
      status: "CANCELLED",
      totalMinor: 50_000,
      placedAt: day(1),
    });
    await insertOrder(orgId, customer.id, { status: "DRAFT", totalMinor: 80_000, placedAt: null });

    await refreshCustomerStats(db, orgId, customer.id);
    const expected = {
      orderCount: 5,
      lifetimeValueMinor: 1000 + 2500 + 700 + (4000 - 1500) + 0,
      firstOrderAt: day(3),
      lastOrderAt: day(9),
    };
    expect(await storedStats(customer.id)).toEqual(expected);

    // Idempotent: running it again changes nothing.
    await refreshCustomerStats(db, orgId, customer.id);
    expect(await storedStats(customer.id)).toEqual(expected);
  });

  it("resets to zero when no order counts any more, and leaves other customers alone", async () => {
    const { scope } = await customerOrg();
    const customer = await makeCustomer(scope);
    const bystander = await makeCustomer(scope);
    await db.customer.update({ where: { id: bystander.id }, data: { orderCount: 7 } });
    const order = await insertOrder(scope.orgId, customer.id, {
      status: "PAID",
      totalMinor: 1200,
      placedAt: day(2),
    });
    await refreshCustomerStats(db, scope.orgId, customer.id);
    expect((await storedStats(customer.id)).orderCount).toBe(1);

    await db.order.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
    await refreshCustomerStats(db, scope.orgId, customer.id);
    expect(await storedStats(customer.id)).toEqual({
      orderCount: 0,
      lifetimeValueMinor: 0,
      firstOrderAt: null,
      lastOrderAt: null,
    });
    expect((await storedStats(bystander.id)).orderCount).toBe(7);
  });

  it("is a no-op for orders without a customer", async () => {
    await expect(refreshCustomerStats(db, "org", null)).resolves.toBeUndefined();
    await expect(refreshCustomerStats(db, "org", undefined)).resolves.toBeUndefined();
    await expect(refreshCustomerStatsMany(db, "org", [])).resolves.toBeUndefined();
  });

  it("refreshes both customers when an order moves between them, in one call", async () => {
    const { scope } = await customerOrg();
    const from = await makeCustomer(scope);
    const to = await makeCustomer(scope);
    const order = await insertOrder(scope.orgId, from.id, {
      status: "PAID",
      totalMinor: 3300,
      placedAt: day(5),
    });
    await refreshCustomerStats(db, scope.orgId, from.id);
    await db.order.update({ where: { id: order.id }, data: { customerId: to.id } });
    await refreshCustomerStatsMany(db, scope.orgId, [from.id, to.id, to.id]);
    expect(await storedStats(from.id)).toMatchObject({ orderCount: 0, lifetimeValueMinor: 0 });
    expect(await storedStats(to.id)).toMatchObject({ orderCount: 1, lifetimeValueMinor: 3300 });
  });

  it("never loses an order written by a concurrent transaction for the same customer", async () => {
    const { scope } = await customerOrg();
    const customer = await makeCustomer(scope);
    const orgId = scope.orgId;
    await insertOrder(orgId, null, { status: "DRAFT", totalMinor: 0 }); // creates the location

    // T1 writes an order and refreshes, then holds its transaction open until T2 is waiting
    // for the customer row; T2 wrote its own order before T1 committed.
    let t1Refreshed!: () => void;
    const refreshed = new Promise<void>((resolve) => (t1Refreshed = resolve));
    const t1 = db.$transaction(
      async (tx) => {
        await insertOrder(
          orgId,
          customer.id,
          { status: "PAID", totalMinor: 100, placedAt: day(1) },
          tx,
        );
        await refreshCustomerStats(tx, orgId, customer.id);
        t1Refreshed();
        await waitForLockWaiter();
      },
      { timeout: 20_000 },
    );
    await refreshed;
    const t2 = db.$transaction(
      async (tx) => {
        await insertOrder(
          orgId,
          customer.id,
          { status: "PAID", totalMinor: 200, placedAt: day(2) },
          tx,
        );
        await refreshCustomerStats(tx, orgId, customer.id);
      },
      { timeout: 20_000 },
    );
    await Promise.all([t1, t2]);

    expect(await storedStats(customer.id)).toEqual({
      orderCount: 2,
      lifetimeValueMinor: 300,
      firstOrderAt: day(1),
      lastOrderAt: day(2),
    });
  });

  it("ends exact after many concurrent order transactions", async () => {
    const { scope } = await customerOrg();
    const customer = await makeCustomer(scope);
    await insertOrder(scope.orgId, null, { status: "DRAFT", totalMinor: 0 });
    await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        db.$transaction(
          async (tx) => {
            await insertOrder(
              scope.orgId,
              customer.id,
              { status: "PLACED", totalMinor: i + 1, placedAt: day(i + 1) },
              tx,
            );
            await refreshCustomerStats(tx, scope.orgId, customer.id);
          },
          { timeout: 30_000 },
        ),
      ),
    );
    expect(await storedStats(customer.id)).toEqual({
      orderCount: 16,
      lifetimeValueMinor: (16 * 17) / 2,
      firstOrderAt: day(1),
      lastOrderAt: day(16),
    });
  });
});

/** Resolves once another session of this database is blocked on a row lock. */
async function waitForLockWaiter() {
  for (let i = 0; i < 200; i++) {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS "waiting" FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if (row && row.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("No transaction ever waited for the customer row.");
}
