import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatCalendarDay, formatQty } from "@/components/inventory/format";
import { PurchaseOrderTimeline } from "@/components/inventory/purchase-order-timeline";
import { PurchaseOrderStatusBadge } from "@/components/inventory/stock-badges";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { getPurchaseOrder } from "@/lib/inventory/list-purchase-orders";
import { formatMoney } from "@/lib/money";
import { PurchaseOrderActions } from "./purchase-order-actions";
import { ReceivePurchaseOrderForm } from "./receive-form";

export const metadata: Metadata = { title: "Purchase order" };

export default async function PurchaseOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireOrg("inventory.view");
  const { id } = await params;
  const po = await getPurchaseOrder({ db, orgId: ctx.org.id }, id).catch((e: unknown) => {
    if (e instanceof UserError && e.code === "not_found") notFound();
    throw e;
  });
  const canPurchase = ctx.permissions.has("purchasing.manage");
  const receivable = po.status === "ORDERED" || po.status === "PARTIALLY_RECEIVED";
  const { currency, timezone } = ctx.org;
  const ordered = po.lines.reduce((s, l) => s + l.quantity, 0);
  const received = po.lines.reduce((s, l) => s + l.receivedQty, 0);

  return (
    <>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-3">
            PO-{po.number} <PurchaseOrderStatusBadge status={po.status} />
          </span>
        }
        description={`${po.supplier.name} → ${po.location.name}`}
        breadcrumbs={[
          { label: "Inventory", href: "/inventory" },
          { label: "Purchase orders", href: "/inventory/purchase-orders" },
          { label: `PO-${po.number}` },
        ]}
        actions={
          canPurchase ? (
            <PurchaseOrderActions
              id={po.id}
              number={po.number}
              status={po.status}
              lineCount={po.lines.length}
            />
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem] lg:items-start">
        <div className="grid min-w-0 gap-6">
          <Card className="pb-0">
            <CardHeader>
              <CardTitle as="h2">Lines</CardTitle>
              <p className="text-sm text-muted-foreground">
                {formatQty(received)} of {formatQty(ordered)} units received
              </p>
            </CardHeader>
            <CardContent flush>
              <Table containerClassName="border-t border-border">
                <THead>
                  <TR className="hover:bg-transparent">
                    <TH>Product</TH>
                    <TH numeric>Ordered</TH>
                    <TH numeric>Received</TH>
                    <TH numeric>Open</TH>
                    <TH numeric>Unit cost</TH>
                    <TH numeric>Total</TH>
                  </TR>
                </THead>
                <TBody>
                  {po.lines.map((l) => (
                    <TR key={l.id}>
                      <TD>
                        <Link
                          href={`/inventory/movements?variant=${l.variantId}&location=${po.location.id}`}
                          className="font-medium hover:underline"
                        >
                          {l.name}
                        </Link>
                        <span className="block font-mono text-xs text-muted-foreground">
                          {l.sku}
                        </span>
                      </TD>
                      <TD numeric>{formatQty(l.quantity)}</TD>
                      <TD numeric>{formatQty(l.receivedQty)}</TD>
                      <TD numeric className={l.openQty ? "font-medium" : "text-muted-foreground"}>
                        {formatQty(l.openQty)}
                      </TD>
                      <TD numeric>{formatMoney(l.unitCostMinor, currency)}</TD>
                      <TD numeric>{formatMoney(l.totalMinor, currency)}</TD>
                    </TR>
                  ))}
                  <TR className="hover:bg-transparent">
                    <TD colSpan={5} className="text-right font-medium">
                      Total
                    </TD>
                    <TD numeric className="font-semibold">
                      {formatMoney(po.totalMinor, currency)}
                    </TD>
                  </TR>
                </TBody>
              </Table>
            </CardContent>
          </Card>
          {canPurchase && receivable ? (
            <ReceivePurchaseOrderForm
              purchaseOrderId={po.id}
              locationName={po.location.name}
              lines={po.lines.map((l) => ({
                id: l.id,
                name: l.name,
                sku: l.sku,
                openQty: l.openQty,
              }))}
            />
          ) : null}
        </div>
        <div className="grid gap-6">
          <Card>
            <CardHeader>
              <CardTitle as="h2">Details</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid gap-3 text-sm">
                <Detail label="Supplier">
                  {po.supplier.name}
                  {po.supplier.email || po.supplier.phone ? (
                    <span className="block text-xs text-muted-foreground">
                      {[po.supplier.email, po.supplier.phone].filter(Boolean).join(" · ")}
                    </span>
                  ) : null}
                </Detail>
                <Detail label="Deliver to">{po.location.name}</Detail>
                <Detail label="Expected">
                  {po.expectedAt
                    ? formatCalendarDay(po.expectedAt)
                    : `${po.supplier.leadTimeDays} days after ordering`}
                </Detail>
                {po.notes ? <Detail label="Notes">{po.notes}</Detail> : null}
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Timeline</CardTitle>
            </CardHeader>
            <CardContent>
              <PurchaseOrderTimeline events={po.timeline} timeZone={timezone} />
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}
