import "server-only";
import { randomUUID } from "node:crypto";
import { createCategory } from "@/lib/catalog/categories";
import { createProduct } from "@/lib/catalog/create-product";
import { supplierInputSchema, type ProductInput, type VariantInput } from "@/lib/catalog/schemas";
import { createSupplier } from "@/lib/catalog/suppliers";
import { updateProduct } from "@/lib/catalog/update-product";
import { Prisma } from "@/lib/db";
import type { Scope } from "@/lib/scope";
import type { NamedRecord, PlannedProduct, PlannedRow, ProductPlan } from "./product-plan";
import type { ProductRow } from "./product-row";
import type { RowResult } from "./staged-rows";
import type { ImportContext } from "./types";

import { nameKey } from "./product-matching";

/** The category or supplier a file names, created on first mention. */
async function resolveNamed(
  records: Map<string, NamedRecord>,
  name: string | null,
  create: (name: string) => Promise<NamedRecord>,
) {
  if (!name) return undefined;
  const found = records.get(nameKey(name));
  if (found) return found.id;
  const created = await create(name);
  records.set(nameKey(name), created);
  return created.id;
}

const variantInput = (row: ProductRow, current?: PlannedRow["variant"]): VariantInput => ({
  id: current?.id,
  sku: row.sku,
  barcode: row.barcode ?? current?.barcode ?? null,
  optionValues: row.optionValues,
  price: row.price,
  cost: row.cost,
  status: row.status ?? current?.status ?? "ACTIVE",
});

/** Reorder settings are per stock level; everything else is saved with the product. */
const REORDER_FIELDS = new Set(["reorderPoint", "reorderQty"]);
const needsProductSave = (p: PlannedProduct) =>
  p.rows.some(
    (r) =>
      r.outcome === "CREATED" ||
      Object.keys(r.changes ?? {}).some((field) => !REORDER_FIELDS.has(field)),
  );

/**
 * Saves one product through the catalogue's own create/update (codes checked, variants with
 * history archived rather than lost), keeping every variant the file does not mention.
 */
async function saveProduct(scope: Scope, plan: ProductPlan, p: PlannedProduct) {
  const categoryId = await resolveNamed(plan.categories, p.category, async (name) => {
    const { after } = await createCategory(scope, { name });
    return { id: after.id, name: after.name, archivedAt: null };
  });
  const supplierId = await resolveNamed(plan.suppliers, p.supplier, async (name) => {
    const { after } = await createSupplier(scope, supplierInputSchema.parse({ name }));
    return { id: after.id, name: after.name, archivedAt: null };
  });
  if (!p.existing) {
    const input: ProductInput = {
      name: p.name,
      description: "",
      categoryId: categoryId ?? null,
      supplierId: supplierId ?? null,
      status: p.rows.every((r) => r.row.status === "ARCHIVED") ? "ARCHIVED" : "ACTIVE",
      allowBackorder: false,
      optionNames: p.optionNames,
      variants: p.rows.map((r) => variantInput(r.row)),
    };
    await createProduct(scope, input);
    return;
  }
  const bySku = new Map(p.rows.map((r) => [r.row.sku, r]));
  const input: ProductInput = {
    name: p.name,
    description: p.existing.description,
    categoryId: categoryId ?? p.existing.categoryId,
    supplierId: supplierId ?? p.existing.supplierId,
    status: p.existing.status,
    allowBackorder: p.existing.allowBackorder,
    optionNames: p.existing.optionNames,
    variants: [
      ...p.existing.variants.map((v) => {
        const planned = bySku.get(v.sku);
        return planned
          ? variantInput(planned.row, v)
          : {
              id: v.id,
              sku: v.sku,
              barcode: v.barcode,
              optionValues: v.optionValues,
              price: v.priceMinor,
              cost: v.costMinor,
              status: v.status,
            };
      }),
      ...p.rows.filter((r) => !r.variant).map((r) => variantInput(r.row)),
    ],
  };
  await updateProduct(scope, p.existing.id, input);
}

/**
 * Sets reorder point and quantity at every active location for the rows that give them,
 * creating the stock levels (at zero on hand) that do not exist yet. Two statements for the
 * whole file.
 */
async function applyReorderSettings(
  ctx: ImportContext,
  plan: ProductPlan,
  settings: { variantId: string; reorderPoint: number | null; reorderQty: number | null }[],
) {
  if (settings.length === 0 || plan.activeLocationIds.length === 0) return;
  const pairs = settings.flatMap((s) =>
    plan.activeLocationIds.map((locationId) => ({ ...s, locationId })),
  );
  // Same order as lockLevels inserts in, so concurrent writers never wait on each other in a cycle.
  pairs.sort((a, b) =>
    `${a.variantId}:${a.locationId}` < `${b.variantId}:${b.locationId}` ? -1 : 1,
  );
  for (let i = 0; i < pairs.length; i += 1000) {
    const batch = pairs.slice(i, i + 1000);
    const inserts = Prisma.join(
      batch.map(
        (p) => Prisma.sql`(${randomUUID()}, ${ctx.orgId}, ${p.variantId}, ${p.locationId}, now())`,
      ),
    );
    await ctx.db.$executeRaw`
      INSERT INTO "InventoryLevel" ("id", "orgId", "variantId", "locationId", "updatedAt")
      VALUES ${inserts}
      ON CONFLICT ("variantId", "locationId") DO NOTHING`;
    const values = Prisma.join(
      batch.map(
        (p) =>
          Prisma.sql`(${p.variantId}::text, ${p.locationId}::text, ${p.reorderPoint}::int, ${p.reorderQty}::int)`,
      ),
    );
    await ctx.db.$executeRaw`
      UPDATE "InventoryLevel" AS l
      SET "reorderPoint" = COALESCE(v."reorderPoint", l."reorderPoint"),
          "reorderQty" = COALESCE(v."reorderQty", l."reorderQty"),
          "updatedAt" = now()
      FROM (VALUES ${values}) AS v("variantId", "locationId", "reorderPoint", "reorderQty")
      WHERE l."orgId" = ${ctx.orgId} AND l."variantId" = v."variantId" AND l."locationId" = v."locationId"`;
  }
}

/** Carries out a plan; returns the outcome of every row it wrote, naming the variant. */
export async function commitProductPlan(ctx: ImportContext, plan: ProductPlan) {
  const scope: Scope = { db: ctx.db, orgId: ctx.orgId, actor: ctx.actor };
  const written = plan.products.flatMap((p) => p.rows.filter((r) => r.outcome !== "UNCHANGED"));
  for (const p of plan.products) {
    if (needsProductSave(p)) await saveProduct(scope, plan, p);
  }
  const variants = await ctx.db.variant.findMany({
    where: { orgId: ctx.orgId, sku: { in: written.map((r) => r.row.sku) } },
    select: { id: true, sku: true },
  });
  const idOf = new Map(variants.map((v) => [v.sku, v.id]));
  await applyReorderSettings(
    ctx,
    plan,
    written
      .filter((r) => r.row.reorderPoint !== null || r.row.reorderQty !== null)
      .map((r) => ({
        variantId: idOf.get(r.row.sku)!,
        reorderPoint: r.row.reorderPoint,
        reorderQty: r.row.reorderQty,
      })),
  );
  return written.map((r): RowResult => ({
    rowNumber: r.rowNumber,
    outcome: r.outcome,
    changes: r.changes,
    entityType: "variant",
    entityId: idOf.get(r.row.sku) ?? null,
  }));
}
