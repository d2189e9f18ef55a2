import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { rebuildSalesRollups, SALES_ROLLUP_TABLES } from "@/lib/analytics/rollups";
import { rebuildStockOutPeriods } from "@/lib/analytics/stock-outs";
import { buildCatalog } from "./build-catalog";
import { buildCustomers, customerStats } from "./build-customers";
import { createRandom } from "./random";
import { simulate } from "./simulate";
import { buildStaffShifts } from "./build-staff-shifts";

const DAY = 86_400_000;

export type DemoShopOptions = {
  /** Days of history ending today. */
  days?: number;
  ordersPerDay?: number;
  customers?: number;
  seed?: number;
};

/** Inserts rows in batches; one statement per batch keeps a large seed to seconds. */
async function insert<T>(rows: T[], write: (batch: T[]) => Promise<unknown>, size = 2000) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/**
 * Fills an organisation with a deterministic, realistic shop: catalogue, two
 * locations, customers and months of orders with stock that obeys the ledger.
 * Bulk-written rather than replayed through the domain functions, which would
 * take minutes; tests check the result against the same invariants.
 */
export async function seedDemoShop(
  db: PrismaClient,
  { orgId, staff }: { orgId: string; staff: { id: string; label: string } },
  options: DemoShopOptions = {},
) {
  const {
    days = 182,
    ordersPerDay = 48,
    customers: customerCount = 500,
    seed = 20261121,
  } = options;
  const random = createRandom(seed);
  const end = new Date();
  const start = new Date(Math.floor(end.getTime() / DAY) * DAY - days * DAY);
  const catalog = buildCatalog(orgId, random, ordersPerDay, 2.3);
  const { customers, addresses } = buildCustomers(orgId, random, customerCount, start);
  const [shop, web] = catalog.locations;
  const sim = simulate({
    orgId,
    random,
    variants: catalog.variants,
    customers,
    locationIds: { shop: shop!.id, web: web!.id },
    start,
    end,
    ordersPerDay,
    staff,
  });
  const stats = customerStats(sim.orders as Parameters<typeof customerStats>[0]);
  const customerRows = customers.map((c) => ({ ...c, ...(stats.get(c.id) ?? {}) }));
  const shifts = buildStaffShifts(orgId, { shop: shop!.id, web: web!.id }, start, end);

  await db.$transaction(
    async (tx) => {
      await tx.location.createMany({ data: catalog.locations });
      await tx.category.createMany({ data: catalog.categories });
      await tx.supplier.createMany({ data: catalog.suppliers });
      await tx.product.createMany({ data: catalog.products });
      await tx.variant.createMany({
        data: catalog.variants.map((v) => ({
          id: v.id,
          orgId,
          productId: v.productId,
          sku: v.sku,
          barcode: v.barcode,
          optionValues: v.optionValues,
          priceMinor: v.priceMinor,
          costMinor: v.costMinor,
          position: v.position,
        })),
      });
      await tx.inventoryLevel.createMany({ data: sim.levels });
      await insert(customerRows, (batch) => tx.customer.createMany({ data: batch }));
      await insert(addresses, (batch) => tx.customerAddress.createMany({ data: batch }));
      await insert(sim.purchaseOrders, (b) => tx.purchaseOrder.createMany({ data: b as never }));
      await insert(sim.purchaseOrderLines, (b) =>
        tx.purchaseOrderLine.createMany({ data: b as never }),
      );
      await insert(sim.orders, (b) => tx.order.createMany({ data: b as never }));
      await insert(sim.lines, (b) => tx.orderLine.createMany({ data: b as never }));
      await insert(sim.events, (b) => tx.orderEvent.createMany({ data: b as never }));
      await insert(sim.returns, (b) => tx.orderReturn.createMany({ data: b as never }));
      await insert(sim.returnLines, (b) => tx.orderReturnLine.createMany({ data: b as never }));
      await insert(sim.refunds, (b) => tx.refund.createMany({ data: b as never }));
      await insert(sim.movements, (b) => tx.stockMovement.createMany({ data: b as never }));
      await insert(shifts, (batch) => tx.staffShift.createMany({ data: batch }));
      await tx.sequence.createMany({
        data: [
          { orgId, name: "order", value: sim.lastOrderNumber },
          { orgId, name: "purchase_order", value: sim.lastPoNumber },
        ],
      });
      // Bulk writes bypass the order and ledger paths that keep these current.
      await rebuildSalesRollups(tx, orgId);
      await rebuildStockOutPeriods(tx, orgId);
    },
    { timeout: 300_000 },
  );
  // Fresh planner statistics: without them Postgres plans the dashboards' and reports' joins
  // over thousands of just-inserted rows as if the tables were empty (seconds, not ms).
  const tables = ["Order", "OrderLine", "StockMovement", ...SALES_ROLLUP_TABLES];
  await db.$executeRaw`ANALYZE ${Prisma.raw(tables.map((t) => `"${t}"`).join(", "))}`;
  return {
    variants: catalog.variants.length,
    customers: customers.length,
    orders: sim.orders.length,
    lines: sim.lines.length,
    movements: sim.movements.length,
    staffShifts: shifts.length,
  };
}
