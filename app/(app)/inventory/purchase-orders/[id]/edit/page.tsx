import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import { getPurchaseOrder } from "@/lib/inventory/list-purchase-orders";
import { PurchaseOrderForm } from "../../purchase-order-form";

export const metadata: Metadata = { title: "Edit purchase order" };

export default async function EditPurchaseOrderPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const ctx = await requireOrg("purchasing.manage");
  const { id } = await params;
  const scope = { db, orgId: ctx.org.id };
  const po = await getPurchaseOrder(scope, id).catch((e: unknown) => {
    if (e instanceof UserError && e.code === "not_found") notFound();
    throw e;
  });
  // Only drafts are edited; anything else shows its detail page instead.
  if (po.status !== "DRAFT") redirect(`/inventory/purchase-orders/${po.id}`);
  const options = await inventoryFilterOptions(scope);
  return (
    <>
      <PageHeader
        title={`Edit PO-${po.number}`}
        breadcrumbs={[
          { label: "Inventory", href: "/inventory" },
          { label: "Purchase orders", href: "/inventory/purchase-orders" },
          { label: `PO-${po.number}`, href: `/inventory/purchase-orders/${po.id}` },
          { label: "Edit" },
        ]}
      />
      <PurchaseOrderForm
        initial={{
          id: po.id,
          supplierId: po.supplier.id,
          locationId: po.location.id,
          expectedAt: po.expectedAt ? po.expectedAt.toISOString().slice(0, 10) : "",
          notes: po.notes,
          lines: po.lines.map((l) => ({
            variantId: l.variantId,
            name: l.name,
            sku: l.sku,
            quantity: l.quantity,
            unitCostMinor: l.unitCostMinor,
          })),
        }}
        suppliers={options.suppliers.filter((s) => !s.archived || s.id === po.supplier.id)}
        locations={options.locations.filter((l) => !l.archived || l.id === po.location.id)}
        currency={ctx.org.currency}
      />
    </>
  );
}
