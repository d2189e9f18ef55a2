import { beforeAll, describe, expect, it } from "vitest";
import { archiveProduct } from "@/lib/catalog/archive-product";
import { exportProducts, PRODUCT_EXPORT_COLUMNS } from "@/lib/catalog/export-products";
import { listProducts } from "@/lib/catalog/list-products";
import { getProductDetail } from "@/lib/catalog/product-detail";
import { productListSchema } from "@/lib/catalog/schemas";
import { searchVariants } from "@/lib/catalog/search-variants";
import { db } from "@/lib/db";
import { applyMovements } from "@/lib/inventory/ledger";
import { reserveStock } from "@/lib/inventory/reservations";
import type { Scope } from "@/lib/scope";
import {
  catalogTenant,
  makeCategory,
  makeLocation,
  makeOrder,
  makeProduct,
  makeSupplier,
  receive,
} from "./support/catalog";
import { userError } from "./support/factories";

const v = (sku: string, values: string[], price: string, barcode?: string) => ({
  sku,
  barcode,
  optionValues: values,
  price,
  cost: "1.00",
});

/**
 * One shop with a small, known catalogue:
 *   Apron      (Kitchen, Acme)   1 variant  £20      archived
 *   Bowl       (Kitchen)         3 variants £5–£9   12 on hand
 *   Candle     (no category)     2 variants £15     3 on hand at the shop, 4 at the depot
 *   Doormat    (Home, Acme)      1 variant  £30
 */
let scope: Scope;
let ids: Record<string, string>;
let shop: { id: string };
let depot: { id: string };
let kitchen: { id: string };
let acme: { id: string };

beforeAll(async () => {
  ({ scope } = await catalogTenant());
  shop = await makeLocation(scope, "Shop");
  depot = await makeLocation(scope, "Depot");
  kitchen = await makeCategory(scope, "Kitchen");
  const home = await makeCategory(scope, "Home");
  acme = await makeSupplier(scope, "Acme");
  const apron = await makeProduct(scope, {
    name: "Apron",
    categoryId: kitchen.id,
    supplierId: acme.id,
    optionNames: [],
    variants: [v("APRON", [], "20.00")],
  });
  await archiveProduct(scope, apron.id);
  const bowl = await makeProduct(scope, {
    name: "Bowl",
    categoryId: kitchen.id,
    variants: [
      v("BOWL-S", ["S"], "5.00"),
      v("BOWL-M", ["M"], "7.00", "400111"),
      v("BOWL-L", ["L"], "9.00"),
    ],
  });
  await receive(scope, bowl.variants[1]!.id, shop.id, 12);
  const candle = await makeProduct(scope, {
    name: "Candle",
    optionNames: ["Scent"],
    allowBackorder: true,
    variants: [v("CANDLE-FIG", ["Fig"], "15.00"), v("CANDLE-PINE", ["Pine"], "15.00", "777")],
  });
  await receive(scope, candle.variants[0]!.id, shop.id, 3);
  await receive(scope, candle.variants[1]!.id, depot.id, 4);
  const doormat = await makeProduct(scope, {
    name: "Doormat",
    categoryId: home.id,
    supplierId: acme.id,
    optionNames: [],
    variants: [v("MAT", [], "30.00")],
  });
  ids = { apron: apron.id, bowl: bowl.id, candle: candle.id, doormat: doormat.id };
});

const list = (query: Record<string, string> = {}) =>
  listProducts(scope, productListSchema.parse(query));
const names = async (query: Record<string, string> = {}) =>
  (await list(query)).rows.map((r) => r.name);

describe("listProducts", () => {
  it("returns rows with variant count, price range and stock on hand", async () => {
    const page = await list();
    expect(page).toMatchObject({ total: 4, page: 1, pageSize: 25, pageCount: 1 });
    const bowl = page.rows.find((r) => r.name === "Bowl")!;
    expect(bowl).toMatchObject({
      categoryName: "Kitchen",
      supplierName: null,
      status: "ACTIVE",
      variantCount: 3,
      minPriceMinor: 500,
      maxPriceMinor: 900,
      firstSku: "BOWL-S",
      onHand: 12,
      available: 12,
    });
    expect(page.rows.find((r) => r.name === "Candle")!.onHand).toBe(7);
  });

  it("searches name, SKU and barcode, case-insensitively and literally", async () => {
    expect(await names({ q: "bow" })).toEqual(["Bowl"]);
    expect(await names({ q: "candle-p" })).toEqual(["Candle"]);
    expect(await names({ q: "400111" })).toEqual(["Bowl"]);
    expect(await names({ q: "%" })).toEqual([]);
  });

  it("filters by category (or none), supplier and status", async () => {
    expect(await names({ category: kitchen.id })).toEqual(["Apron", "Bowl"]);
    expect(await names({ category: "none" })).toEqual(["Candle"]);
    expect(await names({ supplier: acme.id })).toEqual(["Apron", "Doormat"]);
    expect(await names({ supplier: "none" })).toEqual(["Bowl", "Candle"]);
    expect(await names({ status: "ARCHIVED" })).toEqual(["Apron"]);
    expect(await names({ status: "ACTIVE", category: kitchen.id })).toEqual(["Bowl"]);
  });

  it("sorts by name, variants, price, stock and last update", async () => {
    expect(await names({ dir: "desc" })).toEqual(["Doormat", "Candle", "Bowl", "Apron"]);
    expect(await names({ sort: "variants", dir: "desc" })).toEqual([
      "Bowl",
      "Candle",
      "Apron",
      "Doormat",
    ]);
    expect(await names({ sort: "price" })).toEqual(["Bowl", "Candle", "Apron", "Doormat"]);
    expect(await names({ sort: "onHand", dir: "desc" })).toEqual([
      "Bowl",
      "Candle",
      "Apron",
      "Doormat",
    ]);
    // Created (and Apron archived) in alphabetical order, so the last update is Doormat's.
    expect(await names({ sort: "updatedAt", dir: "desc" })).toEqual([
      "Doormat",
      "Candle",
      "Bowl",
      "Apron",
    ]);
  });

  it("pages through the results", async () => {
    const manyScope = (await catalogTenant()).scope;
    for (let i = 0; i < 27; i++) {
      await makeProduct(manyScope, {
        name: `Item ${String(i).padStart(2, "0")}`,
        optionNames: [],
        variants: [v(`ITEM-${i}`, [], "1.00")],
      });
    }
    const second = await listProducts(manyScope, productListSchema.parse({ page: "2" }));
    expect(second).toMatchObject({ total: 27, page: 2, pageCount: 2 });
    expect(second.rows.map((r) => r.name)).toEqual(["Item 25", "Item 26"]);
    const big = await listProducts(manyScope, productListSchema.parse({ pageSize: "50" }));
    expect(big.rows).toHaveLength(27);
  });
});

describe("exportProducts", () => {
  it("exports the current view, one row per variant, with decimal money", async () => {
    const rows = await exportProducts(
      scope,
      productListSchema.parse({ category: kitchen.id, sort: "name", dir: "desc" }),
      "GBP",
    );
    expect(PRODUCT_EXPORT_COLUMNS).toHaveLength(rows[0]!.length);
    expect(rows).toEqual([
      ["Bowl", "active", "Kitchen", "", "BOWL-S", "", "Size: S", "active", "5.00", "1.00", 0],
      [
        "Bowl",
        "active",
        "Kitchen",
        "",
        "BOWL-M",
        "400111",
        "Size: M",
        "active",
        "7.00",
        "1.00",
        12,
      ],
      ["Bowl", "active", "Kitchen", "", "BOWL-L", "", "Size: L", "active", "9.00", "1.00", 0],
      ["Apron", "archived", "Kitchen", "Acme", "APRON", "", "", "active", "20.00", "1.00", 0],
    ]);
  });

  it("keeps variants of a product together when sorting by stock", async () => {
    const rows = await exportProducts(
      scope,
      productListSchema.parse({ sort: "onHand", dir: "desc" }),
      "GBP",
    );
    expect(rows.map((r) => r[4])).toEqual([
      "BOWL-S",
      "BOWL-M",
      "BOWL-L",
      "CANDLE-FIG",
      "CANDLE-PINE",
      "APRON",
      "MAT",
    ]);
  });
});

describe("getProductDetail", () => {
  it("shows variants with stock per location, movements and orders", async () => {
    const candleDetail = await getProductDetail(scope, ids.candle!);
    const [fig, pine] = candleDetail.variants;
    await db.$transaction((tx) =>
      reserveStock({ ...scope, db: tx }, shop.id, [
        { variantId: fig!.id, quantity: 5, allowBackorder: true, label: "Candle — Fig" },
      ]),
    );
    await db.$transaction((tx) =>
      applyMovements({ ...scope, db: tx }, [
        {
          variantId: pine!.id,
          locationId: depot.id,
          type: "ADJUSTMENT",
          quantity: -1,
          reason: "broken",
        },
      ]),
    );
    const order = await makeOrder(scope, { variantId: fig!.id, locationId: shop.id, quantity: 5 });

    const detail = await getProductDetail(scope, ids.candle!);
    expect(detail.product).toMatchObject({
      name: "Candle",
      optionNames: ["Scent"],
      allowBackorder: true,
    });
    expect(detail.locations.map((l) => l.name)).toEqual(["Depot", "Shop"]);
    expect(detail.variants[0]).toMatchObject({
      sku: "CANDLE-FIG",
      onHand: 3,
      committed: 5,
      available: -2,
    });
    expect(detail.variants[0]!.stock).toEqual([
      {
        locationId: depot.id,
        onHand: 0,
        committed: 0,
        available: 0,
        backordered: 0,
        reorderPoint: 0,
      },
      {
        locationId: shop.id,
        onHand: 3,
        committed: 5,
        available: -2,
        backordered: 2,
        reorderPoint: 0,
      },
    ]);
    expect(
      detail.movements.map((m) => [m.type, m.sku, m.quantity, m.balanceAfter, m.locationName]),
    ).toEqual([
      ["ADJUSTMENT", "CANDLE-PINE", -1, 3, "Depot"],
      ["RECEIPT", "CANDLE-PINE", 4, 4, "Depot"],
      ["RECEIPT", "CANDLE-FIG", 3, 3, "Shop"],
    ]);
    expect(detail.orders).toEqual([
      expect.objectContaining({ id: order.id, number: order.number, quantity: 5, customer: null }),
    ]);
  });

  it("shows an archived location only while it holds something of the product", async () => {
    const { scope: own } = await catalogTenant();
    const open = await makeLocation(own, "Open");
    const closed = await makeLocation(own, "Closed");
    const product = await makeProduct(own);
    await db.location.update({ where: { id: closed.id }, data: { archivedAt: new Date() } });
    expect((await getProductDetail(own, product.id)).locations.map((l) => l.id)).toEqual([open.id]);
  });

  it("throws not_found for an unknown product", async () => {
    await userError(getProductDetail(scope, "nope"), "not_found");
  });
});

describe("searchVariants", () => {
  it("matches every word against name, SKU, barcode and option values, with stock at the location", async () => {
    const found = await searchVariants(scope, { q: "candle pine", locationId: depot.id });
    expect(found).toEqual([
      expect.objectContaining({
        sku: "CANDLE-PINE",
        productName: "Candle",
        optionNames: ["Scent"],
        optionValues: ["Pine"],
        label: "Candle — Pine",
        priceMinor: 1500,
        costMinor: 100,
        allowBackorder: true,
        active: true,
        onHand: 3,
        committed: 0,
        available: 3,
      }),
    ]);
  });

  it("puts an exact SKU or barcode first and leaves out archived products", async () => {
    expect(
      (await searchVariants(scope, { q: "777", locationId: shop.id })).map((r) => r.sku),
    ).toEqual(["CANDLE-PINE"]);
    const bowls = await searchVariants(scope, { q: "bowl-m", locationId: shop.id });
    expect(bowls[0]).toMatchObject({ sku: "BOWL-M", onHand: 12 });
    expect(await searchVariants(scope, { q: "apron", locationId: shop.id })).toEqual([]);
    const all = await searchVariants(scope, { q: "", locationId: shop.id, limit: 3 });
    expect(all.map((r) => r.sku)).toEqual(["BOWL-S", "BOWL-M", "BOWL-L"]);
  });

  it("fetches given ids whatever their status", async () => {
    const apron = (await getProductDetail(scope, ids.apron!)).variants[0]!;
    const found = await searchVariants(scope, { ids: [apron.id], locationId: shop.id });
    expect(found).toEqual([expect.objectContaining({ sku: "APRON", active: false })]);
  });

  it("refuses an unknown location", async () => {
    await userError(searchVariants(scope, { q: "", locationId: "nope" }), "not_found");
  });
});
