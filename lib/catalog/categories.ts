import "server-only";
import { UserError, notFound } from "@/lib/errors";
import type { Category } from "@/lib/generated/prisma/client";
import type { ReadScope, Scope } from "@/lib/scope";
import type { CategoryInput } from "./schemas";
import { isUniqueViolation } from "@/lib/db/query-helpers";

function snapshot(c: Category) {
  return { id: c.id, name: c.name, archivedAt: c.archivedAt?.toISOString() ?? null };
}

/** Categories (active first, then by name) with how many products use each. */
export async function listCategories({ db, orgId }: ReadScope) {
  const categories = await db.category.findMany({
    where: { orgId },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
    include: { _count: { select: { products: true } } },
  });
  return categories.map(({ _count, ...c }) => ({ ...c, productCount: _count.products }));
}

export async function getCategory({ db, orgId }: ReadScope, categoryId: string) {
  const category = await db.category.findFirst({ where: { id: categoryId, orgId } });
  if (!category) throw notFound("Category");
  return category;
}

const TAKEN = "Another category has this name.";

async function assertNameFree({ db, orgId }: ReadScope, name: string, exceptId?: string) {
  const clash = await db.category.findFirst({
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

export async function createCategory(scope: Scope, input: CategoryInput) {
  await assertNameFree(scope, input.name);
  const category = await scope.db.category
    .create({ data: { orgId: scope.orgId, name: input.name } })
    .catch(raced);
  return { before: null, after: snapshot(category) };
}

export async function updateCategory(scope: Scope, categoryId: string, input: CategoryInput) {
  const before = await getCategory(scope, categoryId);
  await assertNameFree(scope, input.name, before.id);
  const after = await scope.db.category
    .update({ where: { id: before.id }, data: { name: input.name } })
    .catch(raced);
  return { before: snapshot(before), after: snapshot(after) };
}

/** Archived categories stay on their products (and in filters) but are not offered for new ones. */
export async function archiveCategory(scope: Scope, categoryId: string) {
  return setArchived(scope, categoryId, true);
}

export async function unarchiveCategory(scope: Scope, categoryId: string) {
  return setArchived(scope, categoryId, false);
}

async function setArchived(scope: Scope, categoryId: string, archived: boolean) {
  const before = await getCategory(scope, categoryId);
  if (Boolean(before.archivedAt) === archived) {
    return { before: snapshot(before), after: snapshot(before) };
  }
  const after = await scope.db.category.update({
    where: { id: before.id },
    data: { archivedAt: archived ? new Date() : null },
  });
  return { before: snapshot(before), after: snapshot(after) };
}
