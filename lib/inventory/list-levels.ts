import "server-only";
import { Prisma } from "@/lib/db";
import { EXPORT_LIMIT, pageWindow, toPage } from "@/lib/list-params";
import type { ReadScope } from "@/lib/scope";
import type { LevelFilters, LevelListParams } from "./list-schemas";

export type LevelRow = {
  /** Null while the variant has never had stock or settings at this location. */
  levelId: string | null;
  variantId: string;
  locationId: string;
  productId: string;
  productName: string;
  optionValues: string[];
  sku: string;
  locationName: string;
  categoryName: string | null;
  supplierId: string | null;
  supplierName: string | null;
  onHand: number;
  committed: number;
  backordered: number;
  available: number;
  reorderPoint: number;
  reorderQty: number;
  safetyStock: number;
  leadTimeDays: number | null;
};

const AVAILABLE = Prisma.sql`(COALESCE(il."onHand", 0) - COALESCE(il."committed", 0))`;

const ORDER_BY: Record<LevelListParams["sort"], Prisma.Sql> = {
  product: Prisma.sql`p."name"`,
  sku: Prisma.sql`v."sku"`,
  location: Prisma.sql`l."name"`,
  onHand: Prisma.sql`COALESCE(il."onHand", 0)`,
  committed: Prisma.sql`COALESCE(il."committed", 0)`,
  available: AVAILABLE,
  reorderPoint: Prisma.sql`COALESCE(il."reorderPoint", 0)`,
};

/**
 * Every variant at every location, whether or not stock ever moved there (a level row is
 * created lazily by the first movement or setting). Archived variants, products and
 * locations only show while a level exists for them, so stock never silently disappears.
 */
function fromWhere(orgId: string, f: Partial<LevelFilters>) {
  const where: Prisma.Sql[] = [
    Prisma.sql`v."orgId" = ${orgId}`,
    Prisma.sql`(il."id" IS NOT NULL OR (v."status" = 'ACTIVE' AND p."status" = 'ACTIVE' AND l."archivedAt" IS NULL))`,
  ];
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      Prisma.sql`(p."name" ILIKE ${like} OR v."sku" ILIKE ${like} OR v."barcode" ILIKE ${like})`,
    );
  }
  if (f.location) where.push(Prisma.sql`l."id" = ${f.location}`);
  if (f.category) where.push(Prisma.sql`p."categoryId" = ${f.category}`);
  if (f.supplier) where.push(Prisma.sql`p."supplierId" = ${f.supplier}`);
  // Low means "at or below a reorder point someone set"; unplanned variants are not low.
  if (f.stock === "low") {
    where.push(Prisma.sql`il."reorderPoint" > 0 AND ${AVAILABLE} <= il."reorderPoint"`);
  }
  if (f.stock === "out") where.push(Prisma.sql`${AVAILABLE} <= 0`);
  return Prisma.sql`
    FROM "Variant" v
    JOIN "Product" p ON p."id" = v."productId"
    JOIN "Location" l ON l."orgId" = v."orgId"
    LEFT JOIN "InventoryLevel" il ON il."variantId" = v."id" AND il."locationId" = l."id"
    LEFT JOIN "Category" c ON c."id" = p."categoryId"
    LEFT JOIN "Supplier" s ON s."id" = p."supplierId"
    WHERE ${Prisma.join(where, " AND ")}`;
}

const SELECT = Prisma.sql`
  SELECT il."id" AS "levelId", v."id" AS "variantId", l."id" AS "locationId",
    p."id" AS "productId", p."name" AS "productName", v."optionValues", v."sku",
    l."name" AS "locationName", c."name" AS "categoryName",
    s."id" AS "supplierId", s."name" AS "supplierName",
    COALESCE(il."onHand", 0) AS "onHand", COALESCE(il."committed", 0) AS "committed",
    COALESCE(il."backordered", 0) AS "backordered", ${AVAILABLE} AS "available",
    COALESCE(il."reorderPoint", 0) AS "reorderPoint", COALESCE(il."reorderQty", 0) AS "reorderQty",
    COALESCE(il."safetyStock", 0) AS "safetyStock", il."leadTimeDays"`;

function orderBy(sort: LevelListParams["sort"], dir: "asc" | "desc") {
  const direction = dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  // Ties broken by name, variant order and location so pages never overlap.
  return Prisma.sql`ORDER BY ${ORDER_BY[sort]} ${direction}, p."name", v."position", v."sku", l."name"`;
}

/** One page of stock levels, filtered and sorted on the server. */
export async function listInventoryLevels({ db, orgId }: ReadScope, params: LevelListParams) {
  const { skip, take } = pageWindow(params);
  const body = fromWhere(orgId, params);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<
      LevelRow[]
    >`${SELECT} ${body} ${orderBy(params.sort, params.dir)} LIMIT ${take} OFFSET ${skip}`,
    db.$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS "total" ${body}`,
  ]);
  return toPage(rows, count?.total ?? 0, params);
}

export const LEVEL_EXPORT_COLUMNS = [
  "Product",
  "Options",
  "SKU",
  "Location",
  "Category",
  "Supplier",
  "On hand",
  "Committed",
  "Available",
  "Reorder point",
  "Reorder quantity",
  "Safety stock",
];

/** The current view as CSV rows (no paging, capped at EXPORT_LIMIT). */
export async function listInventoryLevelsForExport(
  { db, orgId }: ReadScope,
  params: Omit<LevelListParams, "page" | "pageSize">,
) {
  const rows = await db.$queryRaw<LevelRow[]>`${SELECT} ${fromWhere(orgId, params)} ${orderBy(
    params.sort,
    params.dir,
  )} LIMIT ${EXPORT_LIMIT + 1}`;
  const out: unknown[][] = rows
    .slice(0, EXPORT_LIMIT)
    .map((r) => [
      r.productName,
      r.optionValues.join(" / "),
      r.sku,
      r.locationName,
      r.categoryName ?? "",
      r.supplierName ?? "",
      r.onHand,
      r.committed,
      r.available,
      r.reorderPoint,
      r.reorderQty,
      r.safetyStock,
    ]);
  if (rows.length > EXPORT_LIMIT) out.push([`Only the first ${EXPORT_LIMIT} rows were exported.`]);
  return out;
}

/**
 * Levels at or below their reorder point that have one set, most short first: the
 * low-stock list. Levels without a reorder point are "out" at zero, not "low".
 */
export async function listLowStock(
  { db, orgId }: ReadScope,
  options: { locationId?: string; limit?: number } = {},
) {
  const body = fromWhere(orgId, { location: options.locationId ?? "", stock: "low" });
  return db.$queryRaw<LevelRow[]>`${SELECT} ${body} AND il."reorderPoint" > 0
    ORDER BY (${AVAILABLE} - il."reorderPoint") ASC, p."name", v."sku", l."name"
    LIMIT ${options.limit ?? 100}`;
}
