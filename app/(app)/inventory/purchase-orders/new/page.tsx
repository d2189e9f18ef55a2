import type { Metadata } from "next";
import Link from "next/link";
import { Truck } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import { searchParamsRecord } from "@/lib/list-params";
import { PurchaseOrderForm } from "../purchase-order-form";

export const metadata: Metadata = { title: "New purchase order" };

export default async function NewPurchaseOrderPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("purchasing.manage");
  const raw = searchParamsRecord(await searchParams);
  const options = await inventoryFilterOptions({ db, orgId: ctx.org.id });
  const locations = options.locations.filter((l) => !l.archived);
  const suppliers = options.suppliers.filter((s) => !s.archived);
  const breadcrumbs = [
    { label: "Inventory", href: "/inventory" },
    { label: "Purchase orders", href: "/inventory/purchase-orders" },
    { label: "New" },
  ];
  if (suppliers.length === 0 || locations.length === 0) {
    return (
      <>
        <PageHeader title="New purchase order" breadcrumbs={breadcrumbs} />
        <Card>
          <EmptyState
            icon={Truck}
            title={suppliers.length === 0 ? "Add a supplier first" : "Add a location first"}
            description="A purchase order goes to one supplier and is delivered to one of your locations."
            action={
              <Link
                href={suppliers.length === 0 ? "/settings/catalog" : "/settings/locations"}
                className={buttonClasses()}
              >
                {suppliers.length === 0 ? "Add a supplier" : "Add a location"}
              </Link>
            }
          />
        </Card>
      </>
    );
  }
  const pick = (id: string | undefined, list: { id: string }[]) =>
    list.find((x) => x.id === id)?.id ?? (list.length === 1 ? list[0]!.id : "");
  return (
    <>
      <PageHeader
        title="New purchase order"
        description="Starts as a draft: nothing is on order until you mark it as ordered."
        breadcrumbs={breadcrumbs}
      />
      <PurchaseOrderForm
        initial={{
          supplierId: pick(raw.supplier, suppliers),
          locationId: pick(raw.location, locations),
          expectedAt: "",
          notes: "",
          lines: [],
        }}
        suppliers={suppliers}
        locations={locations}
        currency={ctx.org.currency}
      />
    </>
  );
}
