import { beforeAll, describe, expect, it } from "vitest";
import { archiveProduct, unarchiveProduct } from "@/lib/catalog/archive-product";
import { listCatalogOptions } from "@/lib/catalog/catalog-options";
import {
  archiveCategory,
  listCategories,
  unarchiveCategory,
  updateCategory,
} from "@/lib/catalog/categories";
import { createProduct } from "@/lib/catalog/create-product";
import { exportProducts } from "@/lib/catalog/export-products";
import { listProducts } from "@/lib/catalog/list-products";
import {
  archiveLocation,
  listLocations,
  unarchiveLocation,
  updateLocation,
} from "@/lib/catalog/locations";
import { getProductDetail } from "@/lib/catalog/product-detail";
import { productListSchema } from "@/lib/catalog/schemas";
import { searchVariants } from "@/lib/catalog/search-variants";
import {
  archiveSupplier,
  listSuppliers,
  unarchiveSupplier,
  updateSupplier,
} from "@/lib/catalog/suppliers";
import { updateProduct } from "@/lib/catalog/update-product";
import { db } from "@/lib/db";
import type { Scope } from "@/lib/scope";
import {
  catalogTenant,
  makeCategory,
  makeLocation,
  makeProduct,
  makeSupplier,
  productInput,
  receive,
} from "./support/catalog";
import { userError } from "./support/factories";

/**
 * Two shops with the same kinds of rows. Every call is made with A's scope on B's ids: each
 * must answer not_found, B's rows must be unchanged, and A's lists must never show B's rows.
 */
async function seed(label: string) {
  const { scope } = await catalogTenant(label);
  const location = await makeLocation(scope, `${label} store`);
  const category = await makeCategory(scope, `${label} category`);
  const supplier = await makeSupplier(scope, `${label} supplier`);
  const product = await makeProduct(scope, {
    name: `${label} product`,
    categoryId: category.id,
    supplierId: supplier.id,
  });
  await receive(scope, product.variants[0]!.id, location.id, 5);
  return { scope, location, category, supplier, product, variant: product.variants[0]! };
}

async function snapshot(orgId: string) {
  const [locations, categories, suppliers, products, variants, levels] = await Promise.all([
    db.location.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    db.category.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    db.supplier.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    db.product.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    db.variant.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
    db.inventoryLevel.findMany({ where: { orgId }, orderBy: { id: "asc" } }),
  ]);
  return { locations, categories, suppliers, products, variants, levels };
}

let a: Awaited<ReturnType<typeof seed>>;
let b: Awaited<ReturnType<typeof seed>>;
let bBefore: Awaited<ReturnType<typeof snapshot>>;
let as: Scope;

beforeAll(async () => {
  a = await seed("A");
  b = await seed("B");
  as = a.scope;
  bBefore = await snapshot(b.scope.orgId);
});

describe("cross-organisation access to the catalog", () => {
  it("locations: A cannot update, archive or restore B's", async () => {
    const input = { name: "Hijacked", code: "HJ", address: "" };
    await userError(updateLocation(as, b.location.id, input), "not_found");
    await userError(archiveLocation(as, b.location.id), "not_found");
    await userError(unarchiveLocation(as, b.location.id), "not_found");
    await userError(searchVariants(as, { q: "", locationId: b.location.id }), "not_found");
  });

  it("categories: A cannot update, archive, restore or use B's", async () => {
    await userError(updateCategory(as, b.category.id, { name: "Hijacked" }), "not_found");
    await userError(archiveCategory(as, b.category.id), "not_found");
    await userError(unarchiveCategory(as, b.category.id), "not_found");
    await userError(createProduct(as, productInput({ categoryId: b.category.id })), "not_found");
  });

  it("suppliers: A cannot update, archive, restore or use B's", async () => {
    const input = { name: "Hijacked", email: null, phone: null, leadTimeDays: 1, notes: "" };
    await userError(updateSupplier(as, b.supplier.id, input), "not_found");
    await userError(archiveSupplier(as, b.supplier.id), "not_found");
    await userError(unarchiveSupplier(as, b.supplier.id), "not_found");
    await userError(createProduct(as, productInput({ supplierId: b.supplier.id })), "not_found");
  });

  it("products: A cannot read, update, archive or restore B's", async () => {
    await userError(getProductDetail(as, b.product.id), "not_found");
    await userError(updateProduct(as, b.product.id, productInput()), "not_found");
    await userError(archiveProduct(as, b.product.id), "not_found");
    await userError(unarchiveProduct(as, b.product.id), "not_found");
  });

  it("variants: A cannot take over B's variant through its own product", async () => {
    const input = productInput({
      variants: [{ id: b.variant.id, sku: "TAKEN", optionValues: ["S"], price: "1", cost: "1" }],
    });
    await userError(updateProduct(as, a.product.id, input), "not_found");
    const found = await searchVariants(as, { ids: [b.variant.id], locationId: a.location.id });
    expect(found).toEqual([]);
  });

  it("leaves B's rows exactly as they were", async () => {
    expect(await snapshot(b.scope.orgId)).toEqual(bBefore);
  });

  it("never lists B's rows in A's lists, options, searches or exports", async () => {
    const bIds = new Set([b.location.id, b.category.id, b.supplier.id, b.product.id, b.variant.id]);
    const everything = JSON.stringify([
      await listLocations(as),
      await listCategories(as),
      await listSuppliers(as),
      await listCatalogOptions(as),
      await listProducts(as, productListSchema.parse({})),
      await listProducts(as, productListSchema.parse({ category: b.category.id })),
      await searchVariants(as, { q: "product", locationId: a.location.id }),
      await exportProducts(as, productListSchema.parse({}), "GBP"),
    ]);
    for (const id of bIds) expect(everything).not.toContain(id);
    expect(everything).not.toContain("B product");
    expect(everything).toContain("A product");
    // Filtering by B's category finds nothing rather than B's products.
    expect(
      (await listProducts(as, productListSchema.parse({ supplier: b.supplier.id }))).total,
    ).toBe(0);
  });
});
