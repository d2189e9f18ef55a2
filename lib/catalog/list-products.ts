import "server-only";
import { Prisma } from "@/lib/db";
import { EXPORT_LIMIT, pageWindow, toPage } from "@/lib/list-params";
import type { ReadScope } from "@/lib/scope";
import type { ProductListParams, ProductSort, ProductStatus } from "./schemas";
import { likePattern } from "@/lib/db/query-helpers";

export type ProductFilters = Pick<ProductListParams, "q" | "category" | "supplier" | "status">;

/** The WHERE clause shared by the list, its count and its CSV export. */
export function productWhere(orgId: string, f: ProductFilters): Prisma.Sql {
  const parts = [Prisma.sql`p."orgId" = ${orgId}`];
  if (f.q) {
    const pattern = likePattern(f.q);
    parts.push(Prisma.sql`(p."name" ILIKE ${pattern} OR EXISTS (
      SELECT 1 FROM "Variant" sv
      WHERE sv."productId" = p."id" AND (sv."sku" ILIKE ${pattern} OR sv."barcode" ILIKE ${pattern})))`);
  }
  if (f.category === "none") parts.push(Prisma.sql`p."categoryId" IS NULL`);
  else if (f.category) parts.push(Prisma.sql`p."categoryId" = ${f.category}`);
  if (f.supplier === "none") parts.push(Prisma.sql`p."supplierId" IS NULL`);
  else if (f.supplier) parts.push(Prisma.sql`p."supplierId" = ${f.supplier}`);
  if (f.status) parts.push(Prisma.sql`p."status" = ${f.status}::"ProductStatus"`);
  return Prisma.join(parts, " AND ");
}

const SORT_COLUMNS: Record<ProductSort, string> = {
  name: `lower(p."name")`,
  updatedAt: `p."updatedAt"`,
  variants: `vs."variantCount"`,
  price: `vs."minPriceMinor"`,
  onHand: `st."onHand"`,
};

/**
 * Sort column and direction come from a whitelist, never from the URL as text. Columns are
 * qualified so the export (which also has a per-variant "onHand") still orders by the product's.
 */
export function productOrder(sort: ProductSort, dir: "asc" | "desc"): Prisma.Sql {
  const direction = dir === "desc" ? "DESC" : "ASC";
  return Prisma.raw(
    `${SORT_COLUMNS[sort]} ${direction} NULLS LAST, lower(p."name") ASC, p."id" ASC`,
  );
}

/** Per product: active variants, their price range and first SKU, and stock over all locations. */
const PRODUCT_STATS = Prisma.sql`
  LEFT JOIN "Category" c ON c."id" = p."categoryId"
  LEFT JOIN "Supplier" s ON s."id" = p."supplierId"
  LEFT JOIN LATERAL (
    SELECT COUNT(*)::int AS "variantCount",
           MIN(v."priceMinor")::int AS "minPriceMinor",
           MAX(v."priceMinor")::int AS "maxPriceMinor",
           (array_agg(v."sku" ORDER BY v."position", v."id"))[1] AS "firstSku"
    FROM "Variant" v WHERE v."productId" = p."id" AND v."status" = 'ACTIVE'
  ) vs ON true
  LEFT JOIN LATERAL (
    SELECT COALESCE(SUM(l."onHand"), 0)::int AS "onHand",
           COALESCE(SUM(l."onHand" - l."committed"), 0)::int AS "available"
    FROM "InventoryLevel" l JOIN "Variant" v ON v."id" = l."variantId"
    WHERE v."productId" = p."id"
  ) st ON true`;

export type ProductListRow = {
  id: string;
  name: string;
  status: ProductStatus;
  updatedAt: Date;
  categoryId: string | null;
  categoryName: string | null;
  supplierId: string | null;
  supplierName: string | null;
  /** Active variants only. */
  variantCount: number;
  minPriceMinor: number | null;
  maxPriceMinor: number | null;
  firstSku: string | null;
  onHand: number;
  available: number;
};

/** One page of products, filtered and sorted on the server, with variant count, prices and stock. */
export async function listProducts({ db, orgId }: ReadScope, params: ProductListParams) {
  const where = productWhere(orgId, params);
  const { skip, take } = pageWindow(params);
  const [rows, count] = await Promise.all([
    db.$queryRaw<ProductListRow[]>`
      SELECT p."id", p."name", p."status", p."updatedAt",
             p."categoryId", c."name" AS "categoryName", p."supplierId", s."name" AS "supplierName",
             COALESCE(vs."variantCount", 0) AS "variantCount", vs."minPriceMinor",
             vs."maxPriceMinor", vs."firstSku", st."onHand", st."available"
      FROM "Product" p ${PRODUCT_STATS}
      WHERE ${where}
      ORDER BY ${productOrder(params.sort, params.dir)}
      LIMIT ${take} OFFSET ${skip}`,
    db.$queryRaw<{ count: number }[]>`
      SELECT COUNT(*)::int AS "count" FROM "Product" p WHERE ${where}`,
  ]);
  return toPage(rows, count[0]?.count ?? 0, params);
}

export type ProductExportRow = {
  productName: string;
  productStatus: ProductStatus;
  categoryName: string | null;
  supplierName: string | null;
  optionNames: string[];
  sku: string;
  barcode: string | null;
  optionValues: string[];
  variantStatus: ProductStatus;
  priceMinor: number;
  costMinor: number;
  onHand: number;
};

/**
 * Every variant of the products in the current view (same filters and order, all pages), for
 * the CSV export; one row past EXPORT_LIMIT tells the caller the export was cut short.
 */
export async function listProductVariantsForExport(
  { db, orgId }: ReadScope,
  params: Pick<ProductListParams, keyof ProductFilters | "sort" | "dir">,
) {
  return db.$queryRaw<ProductExportRow[]>`
    SELECT p."name" AS "productName", p."status" AS "productStatus",
           c."name" AS "categoryName", s."name" AS "supplierName", p."optionNames",
           v."sku", v."barcode", v."optionValues", v."status" AS "variantStatus",
           v."priceMinor", v."costMinor",
           COALESCE((SELECT SUM(l."onHand") FROM "InventoryLevel" l
                     WHERE l."variantId" = v."id"), 0)::int AS "onHand"
    FROM "Product" p ${PRODUCT_STATS}
    JOIN "Variant" v ON v."productId" = p."id"
    WHERE ${productWhere(orgId, params)}
    ORDER BY ${productOrder(params.sort, params.dir)}, v."status" ASC, v."position" ASC, v."id" ASC
    LIMIT ${EXPORT_LIMIT + 1}`;
}
