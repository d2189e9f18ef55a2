import "server-only";
import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { variantLabel } from "./labels";
import type { OrderLineInput } from "./schemas";
import { computeTotals } from "./totals";

/**
 * Checks what an order refers to and prices it from the catalog: the location, the customer
 * and every variant must belong to the organisation (anything else is "not found", whoever
 * owns it), archived things cannot be sold, and unit prices and costs come from the variants
 * as they are now. Client-side prices are never an input.
 */
export async function prepareOrder(
  db: Db,
  orgId: string,
  input: {
    locationId: string;
    customerId?: string | null;
    lines: Pick<OrderLineInput, "variantId" | "quantity" | "discount">[];
    discount: number;
  },
) {
  const variantIds = input.lines.map((l) => l.variantId);
  // One after another: this runs inside the order's transaction, which has one connection.
  const org = await db.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { currency: true },
  });
  const location = await db.location.findFirst({
    where: { id: input.locationId, orgId },
    select: { id: true, name: true, archivedAt: true },
  });
  const customer = input.customerId
    ? await db.customer.findFirst({ where: { id: input.customerId, orgId }, select: { id: true } })
    : null;
  const variants = await db.variant.findMany({
    where: { orgId, id: { in: variantIds } },
    select: {
      id: true,
      sku: true,
      optionValues: true,
      priceMinor: true,
      costMinor: true,
      status: true,
      product: { select: { name: true, status: true, allowBackorder: true } },
    },
  });

  if (!location) throw refusal("Location not found.", "locationId", "not_found");
  if (location.archivedAt) {
    throw refusal(`${location.name} is archived; choose another location.`, "locationId");
  }
  if (input.customerId && !customer)
    throw refusal("Customer not found.", "customerId", "not_found");

  const byId = new Map(variants.map((v) => [v.id, v]));
  const lines = input.lines.map((line, i) => {
    const variant = byId.get(line.variantId);
    if (!variant) throw refusal("Product not found.", `lines.${i}.variantId`, "not_found");
    const label = variantLabel({
      productName: variant.product.name,
      optionValues: variant.optionValues,
      sku: variant.sku,
    });
    if (variant.status === "ARCHIVED" || variant.product.status === "ARCHIVED") {
      throw refusal(`${label} is archived and can't be sold.`, `lines.${i}.variantId`);
    }
    return {
      variantId: variant.id,
      label,
      allowBackorder: variant.product.allowBackorder,
      quantity: line.quantity,
      unitPriceMinor: variant.priceMinor,
      unitCostMinor: variant.costMinor,
      discountMinor: line.discount,
    };
  });

  return {
    currency: org.currency,
    location,
    customerId: customer?.id ?? null,
    ...computeTotals(lines, input.discount),
  };
}

export type PreparedOrder = Awaited<ReturnType<typeof prepareOrder>>;

function refusal(message: string, field: string, code: "invalid" | "not_found" = "invalid") {
  return new UserError(message, { code, fieldErrors: { [field]: [message] } });
}

/** The columns of OrderLine rows for prepared lines. */
export function lineRows(orgId: string, prepared: PreparedOrder, backordered?: number[]) {
  return prepared.lines.map((l, i) => ({
    orgId,
    variantId: l.variantId,
    quantity: l.quantity,
    unitPriceMinor: l.unitPriceMinor,
    unitCostMinor: l.unitCostMinor,
    discountMinor: l.discountMinor,
    totalMinor: l.totalMinor,
    backorderedQty: backordered?.[i] ?? 0,
  }));
}

/** The order's money columns for prepared lines. */
export function totalColumns(prepared: PreparedOrder) {
  return {
    subtotalMinor: prepared.subtotalMinor,
    discountMinor: prepared.discountMinor,
    totalMinor: prepared.totalMinor,
    costMinor: prepared.costMinor,
  };
}
