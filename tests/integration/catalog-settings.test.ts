import { describe, expect, it } from "vitest";
import { listCatalogOptions } from "@/lib/catalog/catalog-options";
import {
  archiveCategory,
  createCategory,
  listCategories,
  unarchiveCategory,
  updateCategory,
} from "@/lib/catalog/categories";
import {
  archiveLocation,
  createLocation,
  listLocations,
  unarchiveLocation,
  updateLocation,
} from "@/lib/catalog/locations";
import { locationInputSchema, supplierInputSchema } from "@/lib/catalog/schemas";
import {
  archiveSupplier,
  createSupplier,
  listSuppliers,
  unarchiveSupplier,
  updateSupplier,
} from "@/lib/catalog/suppliers";
import { db } from "@/lib/db";
import { applyMovements } from "@/lib/inventory/ledger";
import { reserveStock } from "@/lib/inventory/reservations";
import {
  catalogTenant,
  makeCategory,
  makeLocation,
  makeProduct,
  makeSupplier,
  receive,
} from "./support/catalog";
import { userError } from "./support/factories";

describe("locations", () => {
  it("creates, lists with stock and updates, with audit before/after", async () => {
    const { scope } = await catalogTenant();
    const created = await createLocation(
      scope,
      locationInputSchema.parse({ name: "High Street", code: "hs", address: "1 High St" }),
    );
    expect(created.before).toBeNull();
    expect(created.after).toMatchObject({ name: "High Street", code: "HS", archivedAt: null });

    const product = await makeProduct(scope);
    await receive(scope, product.variants[0]!.id, created.after.id, 7);
    const [listed] = await listLocations(scope);
    expect(listed).toMatchObject({ id: created.after.id, onHand: 7, stockedVariants: 1 });

    const updated = await updateLocation(scope, created.after.id, {
      name: "High Street shop",
      code: "HS",
      address: "",
    });
    expect(updated.before.name).toBe("High Street");
    expect(updated.after.name).toBe("High Street shop");
  });

  it("refuses a name (any case) or code another location has, on that field", async () => {
    const { scope } = await catalogTenant();
    const main = await makeLocation(scope, "Main");
    const other = await makeLocation(scope, "Warehouse");
    const dup = await userError(
      createLocation(scope, { name: "MAIN", code: main.code, address: "" }),
      "conflict",
    );
    expect(dup.options.fieldErrors).toEqual({
      name: ["Another location has this name."],
      code: ["Another location has this code."],
    });
    const rename = await userError(
      updateLocation(scope, other.id, { name: "main", code: other.code, address: "" }),
    );
    expect(Object.keys(rename.options.fieldErrors ?? {})).toEqual(["name"]);
    // Keeping its own name and code is fine.
    await updateLocation(scope, main.id, { name: "Main", code: main.code, address: "x" });
  });

  it("refuses to archive a location holding stock, reserved units, or the last active one", async () => {
    const { scope } = await catalogTenant();
    const a = await makeLocation(scope, "A");
    const b = await makeLocation(scope, "B");
    const product = await makeProduct(scope, { allowBackorder: true });
    const variantId = product.variants[0]!.id;

    await receive(scope, variantId, a.id, 3);
    const stocked = await userError(archiveLocation(scope, a.id), "conflict");
    expect(stocked.message).toBe(
      "A still holds 3 units of stock. Transfer or adjust them out first.",
    );

    await db.$transaction((tx) =>
      applyMovements({ ...scope, db: tx }, [
        { variantId, locationId: a.id, type: "ADJUSTMENT", quantity: -3, reason: "damaged" },
      ]),
    );
    await db.$transaction((tx) =>
      reserveStock({ ...scope, db: tx }, a.id, [
        { variantId, quantity: 2, allowBackorder: true, label: "Tee" },
      ]),
    );
    expect((await userError(archiveLocation(scope, a.id), "conflict")).message).toMatch(
      /2 units reserved by open orders/,
    );

    const archived = await archiveLocation(scope, b.id);
    expect(archived.after.archivedAt).not.toBeNull();
    await db.inventoryLevel.updateMany({ where: { locationId: a.id }, data: { committed: 0 } });
    expect((await userError(archiveLocation(scope, a.id), "conflict")).message).toMatch(
      /only active location/,
    );

    const restored = await unarchiveLocation(scope, b.id);
    expect(restored.before.archivedAt).not.toBeNull();
    expect(restored.after.archivedAt).toBeNull();
    await archiveLocation(scope, a.id);
    const listed = await listLocations(scope);
    expect(listed.map((l) => [l.name, Boolean(l.archivedAt)])).toEqual([
      ["B", false],
      ["A", true],
    ]);
  });
});

describe("categories", () => {
  it("creates, renames, archives and restores, refusing duplicate names", async () => {
    const { scope } = await catalogTenant();
    const { after } = await createCategory(scope, { name: "Shirts" });
    await makeCategory(scope, "Trousers");
    const dup = await userError(createCategory(scope, { name: "shirts" }), "conflict");
    expect(dup.options.fieldErrors).toEqual({ name: ["Another category has this name."] });
    await userError(updateCategory(scope, after.id, { name: "TROUSERS" }), "conflict");

    const renamed = await updateCategory(scope, after.id, { name: "Shirts & tops" });
    expect([renamed.before.name, renamed.after.name]).toEqual(["Shirts", "Shirts & tops"]);

    await makeProduct(scope, { categoryId: after.id });
    const archived = await archiveCategory(scope, after.id);
    expect(archived.after.archivedAt).not.toBeNull();
    const listed = await listCategories(scope);
    expect(listed.map((c) => [c.name, c.productCount, Boolean(c.archivedAt)])).toEqual([
      ["Trousers", 0, false],
      ["Shirts & tops", 1, true],
    ]);
    expect((await unarchiveCategory(scope, after.id)).after.archivedAt).toBeNull();
  });
});

describe("suppliers", () => {
  it("creates with lead time, updates, archives and restores", async () => {
    const { scope } = await catalogTenant();
    const { after } = await createSupplier(
      scope,
      supplierInputSchema.parse({ name: "Acme", email: "Orders@Acme.test", leadTimeDays: "12" }),
    );
    expect(after).toMatchObject({ email: "orders@acme.test", leadTimeDays: 12, phone: null });
    await userError(createSupplier(scope, supplierInputSchema.parse({ name: "ACME" })), "conflict");
    const updated = await updateSupplier(
      scope,
      after.id,
      supplierInputSchema.parse({ name: "Acme Ltd", leadTimeDays: 3 }),
    );
    expect([updated.before.leadTimeDays, updated.after.leadTimeDays]).toEqual([12, 3]);

    await archiveSupplier(scope, after.id);
    expect((await listSuppliers(scope))[0]).toMatchObject({ name: "Acme Ltd", productCount: 0 });
    expect((await listSuppliers(scope))[0]!.archivedAt).not.toBeNull();
    expect((await unarchiveSupplier(scope, after.id)).after.archivedAt).toBeNull();
  });
});

describe("listCatalogOptions", () => {
  it("lists categories, suppliers and locations by name, flagging archived ones", async () => {
    const { scope } = await catalogTenant();
    const old = await makeCategory(scope, "Old");
    await makeCategory(scope, "Accessories");
    await archiveCategory(scope, old.id);
    await makeSupplier(scope, "Zed");
    await makeLocation(scope, "Main");
    const options = await listCatalogOptions(scope);
    expect(options.categories.map((c) => [c.name, c.archived])).toEqual([
      ["Accessories", false],
      ["Old", true],
    ]);
    expect(options.suppliers).toEqual([
      expect.objectContaining({ name: "Zed", leadTimeDays: 7, archived: false }),
    ]);
    expect(options.locations.map((l) => l.name)).toEqual(["Main"]);
  });
});
