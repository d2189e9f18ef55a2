import "server-only";
import type { Prisma } from "@/lib/db";
import { pageWindow, toPage, type ListParams, type Page } from "@/lib/list-params";
import type { ReadScope } from "@/lib/scope";
import { customerDisplayName } from "./display-name";
import type { CustomerFilters, CustomerSort } from "./list-schema";

/**
 * Free text matches when every word is found in a name, the email, the phone or the company,
 * so "ada love" finds Ada Lovelace and "07700 900" a phone number written with spaces.
 */
function textWhere(q: string | undefined): Prisma.CustomerWhereInput[] {
  const words = (q ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 6);
  return words.map((word) => ({
    OR: (["firstName", "lastName", "email", "phone", "company"] as const).map((field) => ({
      [field]: { contains: word, mode: "insensitive" },
    })),
  }));
}

/** The where clause of every customer list: always the organisation, then the filters. */
export function customerWhere(orgId: string, filters: CustomerFilters): Prisma.CustomerWhereInput {
  const where: Prisma.CustomerWhereInput = { orgId, AND: textWhere(filters.q) };
  if (filters.tag) where.tags = { has: filters.tag };
  if (filters.consent !== undefined) where.marketingConsent = filters.consent;
  if (filters.minLifetimeValueMinor !== undefined) {
    where.lifetimeValueMinor = { gte: filters.minLifetimeValueMinor };
  }
  if (filters.lastOrderFrom || filters.lastOrderBefore) {
    where.lastOrderAt = { gte: filters.lastOrderFrom, lt: filters.lastOrderBefore };
  }
  return where;
}

/** Every sort ends on id, so pages never repeat or skip rows that tie. */
export function customerOrderBy(
  sort: CustomerSort,
  dir: "asc" | "desc",
): Prisma.CustomerOrderByWithRelationInput[] {
  switch (sort) {
    case "name":
      return [{ lastName: dir }, { firstName: dir }, { email: dir }, { id: dir }];
    case "lifetimeValue":
      return [{ lifetimeValueMinor: dir }, { id: dir }];
    case "orders":
      return [{ orderCount: dir }, { lifetimeValueMinor: dir }, { id: dir }];
    case "lastOrder":
      return [{ lastOrderAt: { sort: dir, nulls: "last" } }, { id: dir }];
    case "created":
      return [{ createdAt: dir }, { id: dir }];
  }
}

export const listSelect = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  company: true,
  tags: true,
  marketingConsent: true,
  consentSource: true,
  consentAt: true,
  orderCount: true,
  lifetimeValueMinor: true,
  firstOrderAt: true,
  lastOrderAt: true,
  createdAt: true,
} satisfies Prisma.CustomerSelect;

export type CustomerListRow = Prisma.CustomerGetPayload<{ select: typeof listSelect }> & {
  name: string;
};

export async function listCustomers(
  { db, orgId }: ReadScope,
  params: ListParams<CustomerSort> & { filters?: CustomerFilters },
): Promise<Page<CustomerListRow>> {
  const where = customerWhere(orgId, { q: params.q, ...params.filters });
  const [rows, total] = await Promise.all([
    db.customer.findMany({
      where,
      orderBy: customerOrderBy(params.sort, params.dir),
      select: listSelect,
      ...pageWindow(params),
    }),
    db.customer.count({ where }),
  ]);
  return toPage(
    rows.map((row) => ({ ...row, name: customerDisplayName(row) })),
    total,
    params,
  );
}

/** Every tag in use in the organisation, for the tag filter and the tag input's suggestions. */
export async function listCustomerTags({ db, orgId }: ReadScope): Promise<string[]> {
  const rows = await db.$queryRaw<{ tag: string }[]>`
    SELECT DISTINCT unnest("tags") AS "tag" FROM "Customer" WHERE "orgId" = ${orgId}
    ORDER BY 1 LIMIT 500`;
  return rows.map((r) => r.tag);
}
