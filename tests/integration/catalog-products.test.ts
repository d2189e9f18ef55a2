import { describe, expect, it } from "vitest";
import { archiveProduct, unarchiveProduct } from "@/lib/catalog/archive-product";
import { archiveCategory } from "@/lib/catalog/categories";
import { createProduct } from "@/lib/catalog/create-product";
import type { ProductSnapshot } from "@/lib/catalog/product-snapshot";
import { productInputSchema } from "@/lib/catalog/schemas";
import { updateProduct } from "@/lib/catalog/update-product";
import { db } from "@/lib/db";
import {
  catalogTenant,
  makeCategory,
  makeLocation,
  makeOrder,
  makeProduct,
  makeSupplier,
  productInput,
  receive,
} from "./support/catalog";
import { userError } from "./support/factories";

/** The product as an edit form would submit it back, ready to change. */
function asInput(p: ProductSnapshot, changes: Record<string, unknown> = {}) {
  return productInputSchema.parse({
    ...p,
    variants: p.variants.map((v) => ({ ...v, price: v.priceMinor, cost: v.costMinor })),
    ...changes,
  });
}

describe("createProduct", () => {
  it("creates a product with its variants in form order, money in minor units", async () => {
    const { scope } = await catalogTenant();
    const category = await makeCategory(scope);
    const supplier = await makeSupplier(scope);
    const { before, after } = await createProduct(
      scope,
      productInputSchema.parse({
        name: "Linen shirt",
        categoryId: category.id,
        supplierId: supplier.id,
        optionNames: ["Size", "Colour"],
        allowBackorder: true,
        variants: [
          {
            sku: " ls-s-bl ",
            barcode: "5012345678900",
            optionValues: ["S", "Blue"],
            price: "39.50",
            cost: "12",
          },
          { sku: "LS-M-BL", optionValues: ["M", "Blue"], price: 3950, cost: 1200 },
        ],
      }),
    );
    expect(before).toBeNull();
    expect(after).toMatchObject({
      name: "Linen shirt",
      status: "ACTIVE",
      categoryId: category.id,
      supplierId: supplier.id,
      optionNames: ["Size", "Colour"],
      allowBackorder: true,
    });
    expect(after.variants.map((v) => [v.sku, v.barcode, v.priceMinor, v.costMinor])).toEqual([
      ["LS-S-BL", "5012345678900", 3950, 1200],
      ["LS-M-BL", null, 3950, 1200],
    ]);
  });

  it("refuses SKUs and barcodes used elsewhere in the organisation, on the exact variant field", async () => {
    const { scope } = await catalogTenant();
    const first = await makeProduct(scope, {
      name: "Tee",
      variants: [{ sku: "TEE-S", barcode: "111", optionValues: ["S"], price: "1", cost: "1" }],
    });
    const error = await userError(
      createProduct(
        scope,
        productInput({
          variants: [
            { sku: "NEW-S", optionValues: ["S"], price: "1", cost: "1" },
            { sku: "tee-s", barcode: "111", optionValues: ["M"], price: "1", cost: "1" },
          ],
        }),
      ),
      "conflict",
    );
    expect(error.options.fieldErrors).toEqual({
      "variants.1.sku": ["SKU TEE-S is already used by “Tee — S”."],
      "variants.1.barcode": ["Barcode 111 is already used by “Tee — S”."],
    });
    // Nothing of the refused product was written.
    expect(await db.variant.count({ where: { orgId: scope.orgId, sku: "NEW-S" } })).toBe(0);
    expect(await db.product.count({ where: { orgId: scope.orgId } })).toBe(1);
    expect(first.variants).toHaveLength(1);
  });

  it("lets another organisation reuse the same SKU and barcode", async () => {
    const a = await catalogTenant("A");
    const b = await catalogTenant("B");
    const raw = {
      variants: [{ sku: "SAME", barcode: "999", optionValues: ["S"], price: "1", cost: "1" }],
    };
    await makeProduct(a.scope, raw);
    await expect(makeProduct(b.scope, raw)).resolves.toBeTruthy();
  });

  it("refuses an archived category for a new product, but keeps it on one that has it", async () => {
    const { scope } = await catalogTenant();
    const category = await makeCategory(scope, "Old stock");
    const product = await makeProduct(scope, { categoryId: category.id });
    await archiveCategory(scope, category.id);
    const error = await userError(createProduct(scope, productInput({ categoryId: category.id })));
    expect(error.options.fieldErrors?.categoryId).toEqual([
      "Old stock is archived. Restore it under Settings first.",
    ]);
    await expect(
      updateProduct(scope, product.id, asInput(product, { name: "Renamed" })),
    ).resolves.toBeTruthy();
  });

  it("joins the caller's transaction when it has one", async () => {
    const { scope } = await catalogTenant();
    await expect(
      db.$transaction(async (tx) => {
        await createProduct({ ...scope, db: tx }, productInput({ name: "Rolled back" }));
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await db.product.count({ where: { orgId: scope.orgId, name: "Rolled back" } })).toBe(0);
  });
});

describe("updateProduct", () => {
  it("edits, adds and deletes variants, returning before and after", async () => {
    const { scope } = await catalogTenant();
    const product = await makeProduct(scope);
    const [s, m] = product.variants;
    const { before, after } = await updateProduct(
      scope,
      product.id,
      asInput(product, {
        name: "Better tee",
        variants: [
          { id: s!.id, sku: s!.sku, optionValues: ["S"], price: "13.00", cost: "5.00" },
          { sku: "TEE-NEW-L", optionValues: ["L"], price: "15.00", cost: "7.00" },
        ],
      }),
    );
    expect(before.variants.map((v) => v.sku)).toEqual([s!.sku, m!.sku]);
    expect(after.name).toBe("Better tee");
    expect(after.variants.map((v) => [v.id === s!.id, v.sku, v.priceMinor])).toEqual([
      [true, s!.sku, 1300],
      [false, "TEE-NEW-L", 1500],
    ]);
    // M had no history, so it is gone rather than archived.
    expect(await db.variant.findUnique({ where: { id: m!.id } })).toBeNull();
  });

  it("archives instead of deleting variants with stock movements or order lines", async () => {
    const { scope } = await catalogTenant();
    const location = await makeLocation(scope);
    const product = await makeProduct(scope, {
      variants: [
        { sku: "H-S", optionValues: ["S"], price: "1", cost: "1" },
        { sku: "H-M", optionValues: ["M"], price: "1", cost: "1" },
        { sku: "H-L", optionValues: ["L"], price: "1", cost: "1" },
      ],
    });
    const [s, m, l] = product.variants;
    await receive(scope, m!.id, location.id, 2);
    await makeOrder(scope, { variantId: l!.id, locationId: location.id });
    const { after } = await updateProduct(
      scope,
      product.id,
      asInput(product, { variants: [{ ...asInput(product).variants[0], id: s!.id }] }),
    );
    expect(after.variants.map((v) => [v.sku, v.status])).toEqual([
      ["H-S", "ACTIVE"],
      ["H-M", "ARCHIVED"],
      ["H-L", "ARCHIVED"],
    ]);
    // An archived variant keeps its SKU (even when left out again), so a new one cannot take it.
    const error = await userError(
      updateProduct(
        scope,
        product.id,
        asInput(after, {
          variants: [
            asInput(after).variants[0],
            { sku: "H-M", optionValues: ["XL"], price: "1", cost: "1" },
          ],
        }),
      ),
      "conflict",
    );
    expect(error.options.fieldErrors).toEqual({
      "variants.1.sku": [expect.stringMatching(/^SKU H-M is already used by “Tee .* — M”\.$/)],
    });
  });

  it("lets variants of one product swap SKUs and barcodes", async () => {
    const { scope } = await catalogTenant();
    const product = await makeProduct(scope, {
      variants: [
        { sku: "SW-A", barcode: "1", optionValues: ["S"], price: "1", cost: "1" },
        { sku: "SW-B", barcode: "2", optionValues: ["M"], price: "1", cost: "1" },
      ],
    });
    const [a, b] = asInput(product).variants;
    const { after } = await updateProduct(
      scope,
      product.id,
      asInput(product, {
        variants: [
          { ...a, sku: "SW-B", barcode: "2" },
          { ...b, sku: "SW-A", barcode: "1" },
        ],
      }),
    );
    expect(after.variants.map((v) => [v.optionValues[0], v.sku, v.barcode])).toEqual([
      ["S", "SW-B", "2"],
      ["M", "SW-A", "1"],
    ]);
  });

  it("refuses a variant id of another product and leaves everything unchanged", async () => {
    const { scope } = await catalogTenant();
    const mine = await makeProduct(scope);
    const other = await makeProduct(scope);
    const stolen = other.variants[0]!;
    await userError(
      updateProduct(
        scope,
        mine.id,
        asInput(mine, {
          variants: [{ id: stolen.id, sku: "STOLEN", optionValues: ["S"], price: "1", cost: "1" }],
        }),
      ),
      "not_found",
    );
    expect((await db.variant.findUniqueOrThrow({ where: { id: stolen.id } })).sku).toBe(stolen.sku);
    expect(await db.variant.count({ where: { productId: mine.id } })).toBe(2);
  });

  it("refuses a SKU held by another product on the variant's row", async () => {
    const { scope } = await catalogTenant();
    const taken = await makeProduct(scope);
    const product = await makeProduct(scope);
    const variants = asInput(product).variants;
    const error = await userError(
      updateProduct(
        scope,
        product.id,
        asInput(product, {
          variants: [variants[0], { ...variants[1], sku: taken.variants[1]!.sku }],
        }),
      ),
      "conflict",
    );
    expect(error.options.fieldErrors).toEqual({
      "variants.1.sku": [expect.stringMatching(/^SKU .* is already used by “Tee .* — M”\.$/)],
    });
  });
});

describe("archiveProduct / unarchiveProduct", () => {
  it("switches the status and returns before and after", async () => {
    const { scope } = await catalogTenant();
    const product = await makeProduct(scope);
    const archived = await archiveProduct(scope, product.id);
    expect([archived.before.status, archived.after.status]).toEqual(["ACTIVE", "ARCHIVED"]);
    // Variants are untouched, so unarchiving restores the product as it was.
    expect(archived.after.variants.every((v) => v.status === "ACTIVE")).toBe(true);
    const again = await archiveProduct(scope, product.id);
    expect(again.after.status).toBe("ARCHIVED");
    const restored = await unarchiveProduct(scope, product.id);
    expect(restored.after.status).toBe("ACTIVE");
  });
});
