import "server-only";
import { UserError, notFound } from "@/lib/errors";
import type { Supplier } from "@/lib/generated/prisma/client";
import type { ReadScope, Scope } from "@/lib/scope";
import type { SupplierInput } from "./schemas";
import { isUniqueViolation } from "@/lib/db/query-helpers";

function snapshot(s: Supplier) {
  return {
    id: s.id,
    name: s.name,
    email: s.email,
    phone: s.phone,
    leadTimeDays: s.leadTimeDays,
    notes: s.notes,
    archivedAt: s.archivedAt?.toISOString() ?? null,
  };
}

/** Suppliers (active first, then by name) with how many products they supply. */
export async function listSuppliers({ db, orgId }: ReadScope) {
  const suppliers = await db.supplier.findMany({
    where: { orgId },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
    include: { _count: { select: { products: true } } },
  });
  return suppliers.map(({ _count, ...s }) => ({ ...s, productCount: _count.products }));
}

export async function getSupplier({ db, orgId }: ReadScope, supplierId: string) {
  const supplier = await db.supplier.findFirst({ where: { id: supplierId, orgId } });
  if (!supplier) throw notFound("Supplier");
  return supplier;
}

const TAKEN = "Another supplier has this name.";

async function assertNameFree({ db, orgId }: ReadScope, name: string, exceptId?: string) {
  const clash = await db.supplier.findFirst({
    where: {
      orgId,
      name: { equals: name, mode: "insensitive" },
      NOT: exceptId ? { id: exceptId } : undefined,
    },
  });
  if (clash) throw new UserError(TAKEN, { code: "conflict", fieldErrors: { name: [TAKEN] } });
}

function raced(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new UserError(TAKEN, { code: "conflict", fieldErrors: { name: [TAKEN] } });
  }
  throw error;
}

export async function createSupplier(scope: Scope, input: SupplierInput) {
  await assertNameFree(scope, input.name);
  const supplier = await scope.db.supplier
    .create({ data: { orgId: scope.orgId, ...input } })
    .catch(raced);
  return { before: null, after: snapshot(supplier) };
}

export async function updateSupplier(scope: Scope, supplierId: string, input: SupplierInput) {
  const before = await getSupplier(scope, supplierId);
  await assertNameFree(scope, input.name, before.id);
  const after = await scope.db.supplier
    .update({ where: { id: before.id }, data: input })
    .catch(raced);
  return { before: snapshot(before), after: snapshot(after) };
}

/**
 * Archived suppliers keep their products and purchase orders (history must stay readable) but
 * are not offered for new products or purchase orders.
 */
export async function archiveSupplier(scope: Scope, supplierId: string) {
  return setArchived(scope, supplierId, true);
}

export async function unarchiveSupplier(scope: Scope, supplierId: string) {
  return setArchived(scope, supplierId, false);
}

async function setArchived(scope: Scope, supplierId: string, archived: boolean) {
  const before = await getSupplier(scope, supplierId);
  if (Boolean(before.archivedAt) === archived) {
    return { before: snapshot(before), after: snapshot(before) };
  }
  const after = await scope.db.supplier.update({
    where: { id: before.id },
    data: { archivedAt: archived ? new Date() : null },
  });
  return { before: snapshot(before), after: snapshot(after) };
}
