import type { Metadata } from "next";
import Link from "next/link";
import { MapPin } from "lucide-react";
import { InventoryTabs } from "@/components/inventory/inventory-tabs";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import { listInventoryLevels } from "@/lib/inventory/list-levels";
import { levelListSchema } from "@/lib/inventory/list-schemas";
import { searchParamsRecord } from "@/lib/list-params";
import { CountSheet } from "./count-sheet";

export const metadata: Metadata = { title: "Stock count" };

export default async function StockCountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("inventory.adjust");
  const raw = searchParamsRecord(await searchParams);
  const scope = { db, orgId: ctx.org.id };
  const options = await inventoryFilterOptions(scope);
  const locations = options.locations.filter((l) => !l.archived);
  const location = locations.find((l) => l.id === raw.location) ?? locations[0];

  const header = (
    <>
      <PageHeader
        title="Stock count"
        description="Count what is on the shelves at one location. Differences from the books are recorded as count movements when you save."
      />
      <InventoryTabs />
    </>
  );
  if (!location) {
    return (
      <>
        {header}
        <Card>
          <EmptyState
            icon={MapPin}
            title="No locations to count"
            description="Add a shop or warehouse first; stock is counted one location at a time."
            action={
              <Link href="/settings/locations" className={buttonClasses()}>
                Add a location
              </Link>
            }
          />
        </Card>
      </>
    );
  }

  // Counting goes down long lists, so show 100 rows unless asked otherwise.
  const params = levelListSchema.parse({
    pageSize: "100",
    ...raw,
    location: location.id,
    stock: "all",
  });
  const page = await listInventoryLevels(scope, params);

  return (
    <>
      {header}
      <CountSheet
        key={location.id}
        locationId={location.id}
        locations={locations.map((l) => ({ value: l.id, label: l.name }))}
        categories={options.categories.map((c) => ({ value: c.id, label: c.name }))}
        rows={page.rows.map((r) => ({
          variantId: r.variantId,
          productName: r.productName,
          optionValues: r.optionValues,
          sku: r.sku,
          onHand: r.onHand,
        }))}
        page={page.page}
        pageSize={page.pageSize}
        pageCount={page.pageCount}
        total={page.total}
        filtered={Boolean(params.q || params.category)}
      />
    </>
  );
}
