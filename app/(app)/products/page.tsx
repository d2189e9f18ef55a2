import type { Metadata } from "next";
import Link from "next/link";
import { Package, Plus } from "lucide-react";
import { formatRelative } from "@/components/format/relative-time";
import { TableToolbar, type ToolbarFilter } from "@/components/tables/table-toolbar";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { NoMatches } from "@/components/tables/no-matches";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { listCatalogOptions } from "@/lib/catalog/catalog-options";
import { listProducts } from "@/lib/catalog/list-products";
import { productListSchema } from "@/lib/catalog/schemas";
import { db } from "@/lib/db";
import { searchParamsRecord } from "@/lib/list-params";
import { ProductsTable, type ProductTableRow } from "./products-table";

export const metadata: Metadata = { title: "Products" };

export default async function ProductsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("catalog.view");
  const params = productListSchema.parse(searchParamsRecord(await searchParams));
  const scope = { db, orgId: ctx.org.id };
  const [page, options] = await Promise.all([
    listProducts(scope, params),
    listCatalogOptions(scope),
  ]);
  const canManage = ctx.permissions.has("catalog.manage");
  const filtered = Boolean(params.q || params.category || params.supplier || params.status);
  const now = new Date();
  const rows: ProductTableRow[] = page.rows.map((p) => ({
    id: p.id,
    name: p.name,
    archived: p.status === "ARCHIVED",
    categoryName: p.categoryName,
    supplierName: p.supplierName,
    variantCount: p.variantCount,
    firstSku: p.firstSku,
    minPriceMinor: p.minPriceMinor,
    maxPriceMinor: p.maxPriceMinor,
    onHand: p.onHand,
    available: p.available,
    updatedAt: p.updatedAt.toISOString(),
    updatedLabel: formatRelative(p.updatedAt, now),
  }));
  const withArchivedMark = (o: { id: string; name: string; archived: boolean }) => ({
    value: o.id,
    label: o.archived ? `${o.name} (archived)` : o.name,
  });
  const filters: ToolbarFilter[] = [
    {
      name: "category",
      label: "Category",
      options: [
        ...options.categories.map(withArchivedMark),
        { value: "none", label: "No category" },
      ],
    },
    {
      name: "supplier",
      label: "Supplier",
      options: [
        ...options.suppliers.map(withArchivedMark),
        { value: "none", label: "No supplier" },
      ],
    },
    {
      name: "status",
      label: "Status",
      options: [
        { value: "ACTIVE", label: "Active" },
        { value: "ARCHIVED", label: "Archived" },
      ],
    },
  ];
  const newButton = canManage ? (
    <Link href="/products/new" className={buttonClasses()}>
      <Plus aria-hidden /> New product
    </Link>
  ) : null;

  return (
    <>
      <PageHeader
        title="Products"
        description="Your catalogue: products and their variants, with prices, suppliers and stock on hand."
        actions={newButton}
      />
      <TableToolbar
        searchPlaceholder="Search name, SKU or barcode"
        filters={filters}
        exportHref="/products/export"
      />
      <Card className="pt-0 pb-0">
        <ProductsTable
          rows={rows}
          currency={ctx.org.currency}
          total={page.total}
          page={page.page}
          pageSize={page.pageSize}
          pageCount={page.pageCount}
          sort={params.sort}
          dir={params.dir}
          empty={
            filtered ? (
              <NoMatches
                title="No products match"
                description="Try another search or clear the filters."
                clearHref="/products"
              />
            ) : (
              <EmptyState
                icon={Package}
                title="No products yet"
                description="Add what you sell, with a variant for each size or colour, to track stock and take orders."
                action={newButton}
              />
            )
          }
        />
      </Card>
    </>
  );
}
