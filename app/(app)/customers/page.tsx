import type { Metadata } from "next";
import Link from "next/link";
import { Plus, Users } from "lucide-react";
import { formatRelative } from "@/components/format/relative-time";
import { LastOrderFilter } from "@/components/customers/last-order-filter";
import { TableToolbar } from "@/components/tables/table-toolbar";
import { buttonClasses } from "@/components/ui/button";
import { NoMatches } from "@/components/tables/no-matches";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { listCustomers, listCustomerTags } from "@/lib/customers/list-customers";
import {
  customerListSchema,
  hasCustomerFilters,
  SPEND_BANDS,
  toCustomerFilters,
} from "@/lib/customers/list-schema";
import { db } from "@/lib/db";
import { searchParamsRecord } from "@/lib/list-params";
import { CustomersTable, type CustomerTableRow } from "./customers-table";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("customers.view");
  const { currency } = ctx.org;
  const params = customerListSchema.parse(searchParamsRecord(await searchParams));
  const scope = { db, orgId: ctx.org.id };
  const [page, tags] = await Promise.all([
    listCustomers(scope, { ...params, filters: toCustomerFilters(params, currency) }),
    listCustomerTags(scope),
  ]);
  const canManage = ctx.permissions.has("customers.manage");
  const canExport = canManage && ctx.permissions.has("customers.privacy");
  const filtered = hasCustomerFilters(params);
  const wholeUnits = new Intl.NumberFormat("en-GB", {
    style: "currency",
    currency,
    maximumFractionDigits: 0,
  });
  const now = new Date();
  const rows: CustomerTableRow[] = page.rows.map((c) => ({
    id: c.id,
    name: c.name,
    email: c.email,
    company: c.company,
    tags: c.tags,
    orderCount: c.orderCount,
    lifetimeValueMinor: c.lifetimeValueMinor,
    marketingConsent: c.marketingConsent,
    lastOrderAt: c.lastOrderAt?.toISOString() ?? null,
    // Relative times are worded on the server so the client renders the same text.
    lastOrderLabel: c.lastOrderAt ? formatRelative(c.lastOrderAt, now) : null,
    createdLabel: formatRelative(c.createdAt, now),
  }));
  const newButton = canManage ? (
    <Link href="/customers/new" className={buttonClasses()}>
      <Plus aria-hidden /> New customer
    </Link>
  ) : null;

  return (
    <>
      <PageHeader
        title="Customers"
        description="Everyone who buys from you, with their history, value and consent."
        actions={newButton}
      />
      <TableToolbar
        searchPlaceholder="Search name, email, phone, company"
        exportHref={canExport ? "/customers/export" : undefined}
        filters={[
          {
            name: "tag",
            label: "Tag",
            options: tags.map((t) => ({ value: t, label: `Tagged ${t}` })),
          },
          {
            name: "consent",
            label: "Marketing",
            options: [
              { value: "yes", label: "Subscribed" },
              { value: "no", label: "Not subscribed" },
            ],
          },
          {
            name: "spend",
            label: "Lifetime value",
            options: SPEND_BANDS.map((band) => ({
              value: String(band),
              label: `${wholeUnits.format(band)} or more`,
            })),
          },
        ]}
      >
        <LastOrderFilter />
      </TableToolbar>
      <div className="overflow-hidden rounded-xl border border-border bg-card shadow-card">
        <CustomersTable
          rows={rows}
          currency={currency}
          total={page.total}
          page={page.page}
          pageSize={page.pageSize}
          pageCount={page.pageCount}
          sort={params.sort}
          dir={params.dir}
          empty={
            filtered ? (
              <NoMatches
                title="No customers match"
                description="Try another search or clear the filters."
                clearHref="/customers"
              />
            ) : (
              <EmptyState
                icon={Users}
                title="No customers yet"
                description="Add the people who buy from you to see their orders, value and consent in one place. Orders and imports add customers too."
                action={newButton}
              />
            )
          }
        />
      </div>
    </>
  );
}
