import "server-only";
import { UserError, notFound } from "@/lib/errors";
import type { Scope } from "@/lib/scope";
import type { ProductInput, VariantInput } from "./schemas";
import { isUniqueViolation } from "@/lib/db/query-helpers";
import { variantLabel } from "./labels";

/**
 * Category and supplier must belong to the organisation. An archived one may stay on a product
 * that already has it, but is not offered for new choices.
 */
export async function assertReferences(
  { db, orgId }: Scope,
  input: Pick<ProductInput, "categoryId" | "supplierId">,
  current?: { categoryId: string | null; supplierId: string | null },
) {
  // Sequential: product saves run in a transaction, where queries share one connection.
  const category = input.categoryId
    ? await db.category.findFirst({ where: { id: input.categoryId, orgId } })
    : null;
  const supplier = input.supplierId
    ? await db.supplier.findFirst({ where: { id: input.supplierId, orgId } })
    : null;
  if (input.categoryId && !category) throw notFound("Category");
  if (input.supplierId && !supplier) throw notFound("Supplier");
  if (category?.archivedAt && category.id !== current?.categoryId) {
    const message = `${category.name} is archived. Restore it under Settings first.`;
    throw new UserError(message, { fieldErrors: { categoryId: [message] } });
  }
  if (supplier?.archivedAt && supplier.id !== current?.supplierId) {
    const message = `${supplier.name} is archived. Restore it under Settings first.`;
    throw new UserError(message, { fieldErrors: { supplierId: [message] } });
  }
}

/**
 * SKUs and barcodes are unique across the organisation. Checks the variants being saved against
 * every other variant (except those whose codes this save replaces), with the error on the exact
 * row, e.g. "variants.1.sku".
 */
export async function assertCodesFree(
  { db, orgId }: Scope,
  variants: Pick<VariantInput, "sku" | "barcode">[],
  replacedIds: string[],
) {
  const barcodes = variants.map((v) => v.barcode).filter((b): b is string => Boolean(b));
  const clashes = await db.variant.findMany({
    where: {
      orgId,
      id: { notIn: replacedIds },
      OR: [{ sku: { in: variants.map((v) => v.sku) } }, { barcode: { in: barcodes } }],
    },
    select: { sku: true, barcode: true, optionValues: true, product: { select: { name: true } } },
  });
  if (clashes.length === 0) return;
  const owner = (c: (typeof clashes)[number]) =>
    `“${variantLabel(c.product.name, c.optionValues)}”`;
  const fieldErrors: Record<string, string[]> = {};
  variants.forEach((v, i) => {
    const sku = clashes.find((c) => c.sku === v.sku);
    if (sku) fieldErrors[`variants.${i}.sku`] = [`SKU ${v.sku} is already used by ${owner(sku)}.`];
    const barcode = v.barcode ? clashes.find((c) => c.barcode === v.barcode) : undefined;
    if (barcode) {
      fieldErrors[`variants.${i}.barcode`] = [
        `Barcode ${v.barcode} is already used by ${owner(barcode)}.`,
      ];
    }
  });
  const messages = Object.values(fieldErrors).flat();
  throw new UserError(
    messages.length === 1
      ? messages[0]!
      : `${messages.length} SKUs or barcodes are already in use.`,
    { code: "conflict", fieldErrors },
  );
}

/** Two saves raced past assertCodesFree; the unique index caught it. */
export function codesRaced(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new UserError(
      "A SKU or barcode was just taken by another product. Check and save again.",
      {
        code: "conflict",
      },
    );
  }
  throw error;
}
