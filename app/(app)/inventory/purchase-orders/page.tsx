import type { Metadata } from "next";
import Link from "next/link";
import { FileText, Plus } from "lucide-react";
import { InventoryTabs } from "@/components/inventory/inventory-tabs";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { NoMatches } from "@/components/tables/no-matches";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import { listPurchaseOrders } from "@/lib/inventory/list-purchase-orders";
import { purchaseOrderListSchema } from "@/lib/inventory/list-schemas";
import { searchParamsRecord } from "@/lib/list-params";
import { PurchaseOrdersTable } from "./purchase-orders-table";
import { PurchaseOrdersToolbar } from "./purchase-orders-toolbar";

export const metadata: Metadata = { title: "Purchase orders" };

export default async function PurchaseOrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("inventory.view");
  const params = purchaseOrderListSchema.parse(searchParamsRecord(await searchParams));
  const scope = { db, orgId: ctx.org.id };
  const [page, options] = await Promise.all([
    listPurchaseOrders(scope, params),
    inventoryFilterOptions(scope),
  ]);
  const canPurchase = ctx.permissions.has("purchasing.manage");
  const filtered = Boolean(params.q || params.status || params.supplier || params.location);
  const newButton = canPurchase ? (
    <Link href="/inventory/purchase-orders/new" className={buttonClasses()}>
      <Plus aria-hidden /> New purchase order
    </Link>
  ) : null;

  return (
    <>
      <PageHeader
        title="Purchase orders"
        description="Orders to suppliers, from draft to received. Receiving adds the stock at the order's location."
        actions={newButton}
      />
      <InventoryTabs />
      <PurchaseOrdersToolbar
        suppliers={options.suppliers.map((s) => ({ value: s.id, label: s.name }))}
        locations={options.locations.map((l) => ({ value: l.id, label: l.name }))}
      />
      <Card className="pt-0 pb-0">
        <PurchaseOrdersTable
          {...page}
          sort={params.sort}
          dir={params.dir}
          currency={ctx.org.currency}
          timeZone={ctx.org.timezone}
          empty={
            filtered ? (
              <NoMatches
                title="No purchase orders match"
                description="Try another status or supplier, or clear the filters."
                clearHref="/inventory/purchase-orders"
              />
            ) : (
              <EmptyState
                icon={FileText}
                title="No purchase orders yet"
                description="Draft them from the reorder suggestions, or start one by hand."
                action={
                  <>
                    <Link
                      href="/inventory/reorder"
                      className={buttonClasses({ variant: "secondary" })}
                    >
                      See reorder suggestions
                    </Link>
                    {newButton}
                  </>
                }
              />
            )
          }
        />
      </Card>
    </>
  );
}
