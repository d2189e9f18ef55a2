import "server-only";
import type { ReadScope } from "@/lib/scope";
import { customerDisplayName } from "./display-name";
import { customerOrderBy, customerWhere } from "./list-customers";

/**
 * The order form's customer picker: customers matching `q` by name, email, phone or company;
 * with no query, the most recent buyers and newest customers.
 */
export async function searchCustomers(
  { db, orgId }: ReadScope,
  { q, limit = 10 }: { q?: string; limit?: number },
): Promise<{ id: string; name: string; email: string | null }[]> {
  const rows = await db.customer.findMany({
    where: customerWhere(orgId, { q }),
    orderBy: q?.trim()
      ? customerOrderBy("name", "asc")
      : [{ lastOrderAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { id: "desc" }],
    select: { id: true, firstName: true, lastName: true, email: true, company: true },
    take: Number.isFinite(limit) ? Math.min(Math.max(Math.trunc(limit), 1), 50) : 10,
  });
  return rows.map((row) => ({ id: row.id, name: customerDisplayName(row), email: row.email }));
}
