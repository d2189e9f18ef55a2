import "server-only";
import { EXPORT_LIMIT } from "@/lib/list-params";
import { minorDigits, toDecimalString } from "@/lib/money";
import type { ReadScope } from "@/lib/scope";
import { customerOrderBy, customerWhere, listSelect } from "./list-customers";
import type { CustomerFilters, CustomerSort } from "./list-schema";

/** Contact columns first, in the shape the customer import reads (tags "a, b", consent yes/no). */
export const CUSTOMER_EXPORT_COLUMNS = [
  "first_name",
  "last_name",
  "email",
  "phone",
  "company",
  "tags",
  "marketing_consent",
  "consent_source",
  "consent_at",
  "order_count",
  "lifetime_value",
  "first_order_at",
  "last_order_at",
  "created_at",
  "id",
];

const iso = (date: Date | null) => date?.toISOString() ?? "";

/**
 * The customer list's current view as CSV rows, in its order. Money is a plain decimal in the
 * organisation's currency ("1299.50"); one row past EXPORT_LIMIT adds a closing note.
 */
export async function exportCustomers(
  { db, orgId }: ReadScope,
  params: { sort: CustomerSort; dir: "asc" | "desc"; filters: CustomerFilters },
  currency: string,
) {
  const rows = await db.customer.findMany({
    where: customerWhere(orgId, params.filters),
    orderBy: customerOrderBy(params.sort, params.dir),
    select: listSelect,
    take: EXPORT_LIMIT + 1,
  });
  const digits = minorDigits(currency);
  const lines: unknown[][] = rows
    .slice(0, EXPORT_LIMIT)
    .map((c) => [
      c.firstName,
      c.lastName,
      c.email ?? "",
      c.phone ?? "",
      c.company ?? "",
      c.tags.join(", "),
      c.marketingConsent ? "yes" : "no",
      c.consentSource ?? "",
      iso(c.consentAt),
      c.orderCount,
      toDecimalString(c.lifetimeValueMinor, digits),
      iso(c.firstOrderAt),
      iso(c.lastOrderAt),
      iso(c.createdAt),
      c.id,
    ]);
  if (rows.length > EXPORT_LIMIT) {
    lines.push([`Stopped after ${EXPORT_LIMIT} rows: narrow the filters to export the rest.`]);
  }
  return lines;
}
