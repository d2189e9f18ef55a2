import type { Metadata } from "next";
import Link from "next/link";
import { ClipboardList, PackageOpen } from "lucide-react";
import { InventoryTabs } from "@/components/inventory/inventory-tabs";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { NoMatches } from "@/components/tables/no-matches";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import { listInventoryLevels } from "@/lib/inventory/list-levels";
import { levelListSchema } from "@/lib/inventory/list-schemas";
import { searchParamsRecord } from "@/lib/list-params";
import { LevelsTable } from "./levels-table";
import { LevelsToolbar } from "./levels-toolbar";

export const metadata: Metadata = { title: "Inventory" };

export default async function InventoryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("inventory.view");
  const params = levelListSchema.parse(searchParamsRecord(await searchParams));
  const scope = { db, orgId: ctx.org.id };
  const [page, options] = await Promise.all([
    listInventoryLevels(scope, params),
    inventoryFilterOptions(scope),
  ]);
  const canAdjust = ctx.permissions.has("inventory.adjust");
  const filtered = Boolean(
    params.q || params.location || params.category || params.supplier || params.stock !== "all",
  );

  const empty = filtered ? (
    <NoMatches
      title="No stock matches these filters"
      description="Try a different search, or clear the filters to see every variant at every location."
      clearHref="/inventory"
    />
  ) : (
    <EmptyState
      icon={PackageOpen}
      title={options.locations.length === 0 ? "No locations yet" : "No products yet"}
      description={
        options.locations.length === 0
          ? "Stock is kept per location. Add your shop or warehouse first, then your products."
          : "Stock levels appear here for every product variant at every location once products are added."
      }
      action={
        options.locations.length === 0 ? (
          <Link href="/settings/locations" className={buttonClasses()}>
            Add a location
          </Link>
        ) : (
          <Link href="/products/new" className={buttonClasses()}>
            Add a product
          </Link>
        )
      }
    />
  );

  return (
    <>
      <PageHeader
        title="Inventory"
        description="On hand, committed by orders and available to sell, at every location."
        actions={
          canAdjust ? (
            <Link href="/inventory/count" className={buttonClasses({ variant: "secondary" })}>
              <ClipboardList aria-hidden /> Count stock
            </Link>
          ) : null
        }
      />
      <InventoryTabs />
      <LevelsToolbar
        locations={options.locations.map((l) => ({ value: l.id, label: l.name }))}
        categories={options.categories.map((c) => ({ value: c.id, label: c.name }))}
        suppliers={options.suppliers.map((s) => ({ value: s.id, label: s.name }))}
      />
      <Card className="pt-0 pb-0">
        <LevelsTable
          {...page}
          sort={params.sort}
          dir={params.dir}
          empty={empty}
          canAdjust={canAdjust}
          locations={options.locations.filter((l) => !l.archived)}
          suppliers={options.suppliers}
        />
      </Card>
    </>
  );
}
