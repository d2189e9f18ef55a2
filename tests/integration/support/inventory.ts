import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import type { Scope } from "@/lib/scope";
import { signUpOwner } from "./factories";

/**
 * Inventory test data. Catalog rows (locations, suppliers, products, variants) are made
 * with Prisma directly while lib/catalog is being built; stock always moves through
 * lib/inventory, so the ledger is exactly what the app would write.
 */

export type InventoryOrg = Awaited<ReturnType<typeof inventoryOrg>>;

/** A signed-up owner's organisation and a write scope acting as that owner. */
export async function inventoryOrg() {
  const owner = await signUpOwner();
  const actor: Actor = { type: "USER", id: owner.userId, label: owner.user.name ?? owner.email };
  const scope: Scope = { db, orgId: owner.orgId, actor };
  return { ...owner, scope, actor };
}

const tag = () => randomUUID().slice(0, 8);

export async function createLocation(orgId: string, name = `Store ${tag()}`) {
  return db.location.create({
    data: { orgId, name, code: name.slice(0, 12).toUpperCase() + tag() },
  });
}

export async function createSupplier(
  orgId: string,
  options: { name?: string; leadTimeDays?: number } = {},
) {
  return db.supplier.create({
    data: {
      orgId,
      name: options.name ?? `Supplier ${tag()}`,
      leadTimeDays: options.leadTimeDays ?? 7,
    },
  });
}

export async function createCategory(orgId: string, name = `Category ${tag()}`) {
  return db.category.create({ data: { orgId, name } });
}

export type VariantOptions = {
  productName?: string;
  sku?: string;
  supplierId?: string | null;
  categoryId?: string | null;
  costMinor?: number;
  priceMinor?: number;
  optionValues?: string[];
};

/** A one-variant product (or another variant of `productId`). */
export async function createVariant(
  orgId: string,
  options: VariantOptions & { productId?: string } = {},
) {
  const productId =
    options.productId ??
    (
      await db.product.create({
        data: {
          orgId,
          name: options.productName ?? `Product ${tag()}`,
          supplierId: options.supplierId ?? null,
          categoryId: options.categoryId ?? null,
          optionNames: options.optionValues?.length ? ["Size"] : [],
        },
      })
    ).id;
  return db.variant.create({
    data: {
      orgId,
      productId,
      sku: options.sku ?? `SKU-${tag()}`,
      optionValues: options.optionValues ?? [],
      priceMinor: options.priceMinor ?? 2000,
      costMinor: options.costMinor ?? 800,
    },
  });
}

export async function levelOf(variantId: string, locationId: string) {
  return db.inventoryLevel.findUnique({
    where: { variantId_locationId: { variantId, locationId } },
  });
}

export async function onHandOf(variantId: string, locationId: string) {
  return (await levelOf(variantId, locationId))?.onHand ?? 0;
}

/**
 * The ledger invariant, for every level of an organisation: the movements sum to on
 * hand, the newest movement's balanceAfter is on hand, and nothing is negative.
 */
export async function expectLedgerConsistent(orgId: string) {
  const rows = await db.$queryRaw<
    {
      variantId: string;
      locationId: string;
      onHand: number;
      sum: number;
      last: number | null;
      count: number;
    }[]
  >`
    SELECT il."variantId", il."locationId", il."onHand",
      COALESCE(SUM(m."quantity"), 0)::int AS "sum", COUNT(m."id")::int AS "count",
      (SELECT m2."balanceAfter" FROM "StockMovement" m2
        WHERE m2."variantId" = il."variantId" AND m2."locationId" = il."locationId"
        ORDER BY m2."createdAt" DESC, m2."id" DESC LIMIT 1) AS "last"
    FROM "InventoryLevel" il
    LEFT JOIN "StockMovement" m ON m."variantId" = il."variantId" AND m."locationId" = il."locationId"
    WHERE il."orgId" = ${orgId}
    GROUP BY il."id"`;
  const broken = rows.filter(
    (r) => r.sum !== r.onHand || (r.count > 0 && r.last !== r.onHand) || r.onHand < 0,
  );
  expect(broken).toEqual([]);
  return rows;
}
