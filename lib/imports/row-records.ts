import "server-only";
import { customerDisplayName } from "@/lib/customers/display-name";
import type { ReadScope } from "@/lib/scope";

/** The record an import row created or changed, named the way its own page names it. */
export type RowRecord = { page: "order" | "product" | "customer"; id: string; label: string };

/**
 * Names and targets for the records behind a page of import rows, looked up in one query per
 * entity type. A variant row points at its product; staff shifts have no page of their own.
 */
export async function rowRecords(
  { db, orgId }: ReadScope,
  rows: readonly { entityType: string | null; entityId: string | null }[],
): Promise<Map<string, RowRecord>> {
  const ids = (type: string) => [
    ...new Set(rows.filter((r) => r.entityType === type && r.entityId).map((r) => r.entityId!)),
  ];
  const [orders, products, customers, variants] = await Promise.all([
    db.order.findMany({
      where: { orgId, id: { in: ids("order") } },
      select: { id: true, number: true },
    }),
    db.product.findMany({
      where: { orgId, id: { in: ids("product") } },
      select: { id: true, name: true },
    }),
    db.customer.findMany({
      where: { orgId, id: { in: ids("customer") } },
      select: { id: true, firstName: true, lastName: true, company: true, email: true },
    }),
    db.variant.findMany({
      where: { orgId, id: { in: ids("variant") } },
      select: { id: true, sku: true, productId: true },
    }),
  ]);
  const records = new Map<string, RowRecord>();
  for (const o of orders)
    records.set(o.id, { page: "order", id: o.id, label: `Order #${o.number}` });
  for (const p of products) records.set(p.id, { page: "product", id: p.id, label: p.name });
  for (const c of customers) {
    records.set(c.id, { page: "customer", id: c.id, label: customerDisplayName(c) });
  }
  for (const v of variants) records.set(v.id, { page: "product", id: v.productId, label: v.sku });
  return records;
}
