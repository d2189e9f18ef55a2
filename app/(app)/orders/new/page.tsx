import type { Metadata } from "next";
import Link from "next/link";
import { MapPinOff } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { listLocations } from "@/lib/catalog/locations";
import { db } from "@/lib/db";
import { OrderForm } from "../order-form";

export const metadata: Metadata = { title: "New order" };

export default async function NewOrderPage() {
  const ctx = await requireOrg("orders.manage");
  const locations = (await listLocations({ db, orgId: ctx.org.id }))
    .filter((l) => !l.archivedAt)
    .map((l) => ({ id: l.id, name: l.name }));

  return (
    <>
      <PageHeader
        title="New order"
        description="Add the items, check stock, and place the order. Totals are worked out for you."
        breadcrumbs={[{ label: "Orders", href: "/orders" }, { label: "New order" }]}
      />
      {locations.length === 0 ? (
        <Card>
          <EmptyState
            icon={MapPinOff}
            title="Add a location first"
            description="Orders ship from a shop or warehouse. Add one, receive some stock, then come back."
            action={
              <Link href="/settings/locations" className={buttonClasses()}>
                Add a location
              </Link>
            }
          />
        </Card>
      ) : (
        <OrderForm locations={locations} currency={ctx.org.currency} />
      )}
    </>
  );
}
