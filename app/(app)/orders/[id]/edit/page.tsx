import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { listLocations } from "@/lib/catalog/locations";
import { searchVariants } from "@/lib/catalog/search-variants";
import { db } from "@/lib/db";
import { minorDigits, toDecimalString } from "@/lib/money";
import { getOrderDetail } from "@/lib/orders/order-detail";
import { loadOr404 } from "../../load-or-404";
import { OrderForm, type OrderFormDraft } from "../../order-form";

export const metadata: Metadata = { title: "Edit draft order" };

export default async function EditDraftPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireOrg("orders.manage");
  const { id } = await params;
  const scope = { db, orgId: ctx.org.id };
  const order = await loadOr404(getOrderDetail(scope, id));
  if (order.status !== "DRAFT") redirect(`/orders/${order.id}`);

  const [locations, variants] = await Promise.all([
    listLocations(scope),
    searchVariants(scope, {
      locationId: order.location.id,
      ids: order.lines.map((l) => l.variantId),
    }),
  ]);
  const byId = new Map(variants.map((v) => [v.id, v]));
  const digits = minorDigits(order.currency);
  // A line's stored discount already includes its share of any order discount.
  const draft: OrderFormDraft = {
    id: order.id,
    number: order.number,
    locationId: order.location.id,
    channel: order.channel,
    notes: order.notes,
    customer: order.customer,
    lines: order.lines.flatMap((l) => {
      const variant = byId.get(l.variantId);
      return variant
        ? [
            {
              variant,
              quantity: l.quantity,
              discount: l.discountMinor ? toDecimalString(l.discountMinor, digits) : "",
            },
          ]
        : [];
    }),
  };

  return (
    <>
      <PageHeader
        title={`Edit draft #${order.number}`}
        description="Change the items or details, then save the draft or place the order."
        breadcrumbs={[
          { label: "Orders", href: "/orders" },
          { label: `#${order.number}`, href: `/orders/${order.id}` },
          { label: "Edit" },
        ]}
      />
      <OrderForm
        locations={locations
          .filter((l) => !l.archivedAt || l.id === order.location.id)
          .map((l) => ({ id: l.id, name: l.name }))}
        currency={order.currency}
        draft={draft}
      />
    </>
  );
}
