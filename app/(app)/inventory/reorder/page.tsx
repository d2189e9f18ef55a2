import type { Metadata } from "next";
import Link from "next/link";
import { CircleCheck, TriangleAlert } from "lucide-react";
import { formatCalendarDay, formatQty } from "@/components/inventory/format";
import { InventoryTabs } from "@/components/inventory/inventory-tabs";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import { reorderFiltersSchema } from "@/lib/inventory/list-schemas";
import { listReorderSuggestions, type ReorderGroup } from "@/lib/inventory/reorder-suggestions";
import { searchParamsRecord } from "@/lib/list-params";
import { formatMoney } from "@/lib/money";
import { CreateDraftsButton } from "./create-drafts-button";
import { ReorderToolbar } from "./reorder-toolbar";

export const metadata: Metadata = { title: "Reorder" };

export default async function ReorderPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("inventory.view");
  const filters = reorderFiltersSchema.parse(searchParamsRecord(await searchParams));
  const scope = { db, orgId: ctx.org.id };
  const [groups, options] = await Promise.all([
    listReorderSuggestions(scope, filters),
    inventoryFilterOptions(scope),
  ]);
  const orderable = groups.filter((g) => g.supplierId !== null);
  const canPurchase = ctx.permissions.has("purchasing.manage");
  const { currency } = ctx.org;

  return (
    <>
      <PageHeader
        title="Reorder"
        description="What has fallen to its reorder point once stock already on order is counted, grouped by supplier."
        actions={
          canPurchase && orderable.length > 0 ? (
            <CreateDraftsButton filters={filters} supplierCount={orderable.length} />
          ) : null
        }
      />
      <InventoryTabs />
      <ReorderToolbar
        locations={options.locations
          .filter((l) => !l.archived)
          .map((l) => ({ value: l.id, label: l.name }))}
        suppliers={options.suppliers.map((s) => ({ value: s.id, label: s.name }))}
      />
      {groups.length === 0 ? (
        <Card>
          <EmptyState
            icon={CircleCheck}
            title="Nothing to reorder"
            description={
              filters.location || filters.supplier
                ? "Nothing matching these filters is at or below its reorder point."
                : "Every product with a reorder point has enough available or on order. Set reorder points from the row menu on the stock levels page."
            }
          />
        </Card>
      ) : (
        <div className="grid gap-6">
          {groups.map((group) => (
            <SupplierGroup key={group.supplierId ?? "none"} group={group} currency={currency} />
          ))}
        </div>
      )}
    </>
  );
}

function SupplierGroup({ group, currency }: { group: ReorderGroup; currency: string }) {
  const items = group.lines.length;
  return (
    <Card className="pb-0">
      <CardHeader
        actions={
          <div className="text-right">
            <p className="text-sm font-semibold tabular-nums">
              {formatMoney(group.totalCostMinor, currency)}
            </p>
            <p className="text-xs text-muted-foreground">estimated cost</p>
          </div>
        }
      >
        <CardTitle as="h2">{group.supplierName ?? "No supplier"}</CardTitle>
        <CardDescription>
          {items} {items === 1 ? "item" : "items"} · {formatQty(group.totalQty)} units suggested
        </CardDescription>
      </CardHeader>
      {group.supplierId === null ? (
        <CardContent>
          <p className="flex items-center gap-2 text-sm text-warning-foreground">
            <TriangleAlert aria-hidden className="size-4" />
            These products have no supplier, so no purchase order can be drafted for them. Set one
            on the product.
          </p>
        </CardContent>
      ) : null}
      <CardContent flush>
        {/* Fixed widths line the columns up across the supplier cards. */}
        <Table containerClassName="border-t border-border" className="min-w-[56rem] table-fixed">
          <THead>
            <TR className="hover:bg-transparent">
              <TH>Product</TH>
              <TH className="w-48">Location</TH>
              <TH numeric className="w-20">
                Available
              </TH>
              <TH numeric className="w-28">
                On order
              </TH>
              <TH numeric className="w-24">
                Reorder at
              </TH>
              <TH numeric className="w-16">
                Safety
              </TH>
              <TH numeric className="w-24">
                Suggested
              </TH>
              <TH numeric className="w-24">
                Unit cost
              </TH>
              <TH className="w-28">Arrives by</TH>
            </TR>
          </THead>
          <TBody>
            {group.lines.map((l) => (
              <TR key={`${l.variantId}:${l.locationId}`}>
                <TD>
                  <div className="grid min-w-0 gap-0.5">
                    <Link
                      href={`/inventory/movements?variant=${l.variantId}&location=${l.locationId}`}
                      className="truncate font-medium hover:underline"
                    >
                      {l.productName}
                    </Link>
                    <span className="truncate text-xs text-muted-foreground">
                      {l.optionValues.length ? `${l.optionValues.join(" / ")} · ` : ""}
                      <span className="font-mono">{l.sku}</span>
                    </span>
                  </div>
                </TD>
                <TD className="truncate">{l.locationName}</TD>
                <TD numeric>
                  <span
                    className={l.available <= 0 ? "font-medium text-danger-foreground" : undefined}
                  >
                    {formatQty(l.available)}
                  </span>
                </TD>
                <TD numeric>
                  {formatQty(l.onOrder)}
                  {l.inDraft > 0 ? (
                    <Badge
                      tone="neutral"
                      className="ml-2"
                      title="In draft purchase orders, not yet ordered"
                    >
                      +{formatQty(l.inDraft)} draft
                    </Badge>
                  ) : null}
                </TD>
                <TD numeric>{formatQty(l.reorderPoint)}</TD>
                <TD numeric>{formatQty(l.safetyStock)}</TD>
                <TD numeric className="font-semibold">
                  {formatQty(l.suggestedQty)}
                </TD>
                <TD numeric>{formatMoney(l.unitCostMinor, currency)}</TD>
                <TD className="text-muted-foreground">{formatCalendarDay(l.expectedAt)}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </CardContent>
    </Card>
  );
}
