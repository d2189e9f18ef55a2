import { randomUUID } from "node:crypto";
import { createCategory } from "@/lib/catalog/categories";
import { createProduct } from "@/lib/catalog/create-product";
import { createLocation } from "@/lib/catalog/locations";
import { productInputSchema, type ProductInput } from "@/lib/catalog/schemas";
import { createSupplier } from "@/lib/catalog/suppliers";
import { db } from "@/lib/db";
import { applyMovements } from "@/lib/inventory/ledger";
import type { Scope } from "@/lib/scope";
import { signUpOwner } from "./factories";

/** A new organisation and a scope acting as its owner. */
export async function catalogTenant(label = "Shop") {
  const owner = await signUpOwner({ organizationName: `${label} ${randomUUID().slice(0, 6)}` });
  const scope: Scope = {
    db,
    orgId: owner.orgId,
    actor: { type: "USER", id: owner.userId, label: owner.email },
  };
  return { owner, scope };
}

const unique = () => randomUUID().slice(0, 8).toUpperCase();

export async function makeLocation(scope: Scope, name = `Store ${unique()}`) {
  const { after } = await createLocation(scope, { name, code: unique(), address: "" });
  return after;
}

export async function makeCategory(scope: Scope, name = `Category ${unique()}`) {
  return (await createCategory(scope, { name })).after;
}

export async function makeSupplier(scope: Scope, name = `Supplier ${unique()}`) {
  const { after } = await createSupplier(scope, {
    name,
    email: null,
    phone: null,
    leadTimeDays: 7,
    notes: "",
  });
  return after;
}

/** Raw input as a form or API would send it, parsed through the shared schema. */
export function productInput(raw: Record<string, unknown> = {}): ProductInput {
  const sku = unique();
  return productInputSchema.parse({
    name: `Tee ${sku}`,
    optionNames: ["Size"],
    variants: [
      { sku: `${sku}-S`, optionValues: ["S"], price: "12.00", cost: "5.00" },
      { sku: `${sku}-M`, optionValues: ["M"], price: "14.00", cost: "6.00" },
    ],
    ...raw,
  });
}

export async function makeProduct(scope: Scope, raw: Record<string, unknown> = {}) {
  return (await createProduct(scope, productInput(raw))).after;
}

/** Puts stock on a shelf through the ledger, as receiving would. */
export async function receive(
  scope: Scope,
  variantId: string,
  locationId: string,
  quantity: number,
) {
  await db.$transaction((tx) =>
    applyMovements({ ...scope, db: tx }, [{ variantId, locationId, type: "RECEIPT", quantity }]),
  );
}

/**
 * An order with one line for the variant. The orders domain has no write functions yet, so this
 * writes the rows directly; swap for its createOrder once it exists.
 */
export async function makeOrder(
  scope: Scope,
  {
    variantId,
    locationId,
    quantity = 1,
  }: { variantId: string; locationId: string; quantity?: number },
) {
  const last = await db.order.aggregate({ where: { orgId: scope.orgId }, _max: { number: true } });
  return db.order.create({
    data: {
      orgId: scope.orgId,
      number: (last._max.number ?? 1000) + 1,
      locationId,
      currency: "GBP",
      status: "PLACED",
      subtotalMinor: quantity * 1000,
      totalMinor: quantity * 1000,
      lines: {
        create: {
          orgId: scope.orgId,
          variantId,
          quantity,
          unitPriceMinor: 1000,
          unitCostMinor: 400,
          totalMinor: quantity * 1000,
        },
      },
    },
  });
}
