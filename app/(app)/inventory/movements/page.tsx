import type { Metadata } from "next";
import Link from "next/link";
import { History, X } from "lucide-react";
import { InventoryTabs } from "@/components/inventory/inventory-tabs";
import { Card } from "@/components/ui/card";
import { NoMatches } from "@/components/tables/no-matches";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { inventoryFilterOptions } from "@/lib/inventory/filter-options";
import { variantLabels } from "@/lib/inventory/labels";
import { listMovements } from "@/lib/inventory/list-movements";
import { movementListSchema } from "@/lib/inventory/list-schemas";
import { searchParamsRecord } from "@/lib/list-params";
import { MovementsTable } from "./movements-table";
import { MovementsToolbar } from "./movements-toolbar";

export const metadata: Metadata = { title: "Stock movements" };

export default async function MovementsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireOrg("inventory.view");
  const raw = searchParamsRecord(await searchParams);
  const params = movementListSchema.parse(raw);
  const scope = { db, orgId: ctx.org.id };
  const [page, options, labels] = await Promise.all([
    listMovements(scope, params),
    inventoryFilterOptions(scope),
    params.variant ? variantLabels(scope, [params.variant]) : new Map<string, string>(),
  ]);
  const variantLabel = params.variant ? labels.get(params.variant) : undefined;
  const filtered = Boolean(
    params.q || params.variant || params.location || params.type || params.from || params.to,
  );
  const withoutVariant = new URLSearchParams(
    Object.entries(raw).filter(
      (e): e is [string, string] => e[0] !== "variant" && e[0] !== "page" && Boolean(e[1]),
    ),
  ).toString();

  return (
    <>
      <PageHeader
        title="Stock movements"
        description="The ledger of every stock change: sales, receipts, adjustments, counts, transfers, returns and imports."
      />
      <InventoryTabs />
      {params.variant ? (
        <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted-foreground">Showing</span>
          <span className="inline-flex items-center gap-1 rounded-full border border-border bg-card py-0.5 pr-1 pl-3 font-medium">
            {variantLabel ?? "an unknown variant"}
            <Link
              href={`/inventory/movements${withoutVariant ? `?${withoutVariant}` : ""}`}
              aria-label="Show all variants"
              className="rounded-full p-1 text-muted-foreground hover:bg-subtle hover:text-foreground"
            >
              <X aria-hidden className="size-3.5" />
            </Link>
          </span>
        </div>
      ) : null}
      <MovementsToolbar
        locations={options.locations.map((l) => ({ value: l.id, label: l.name }))}
      />
      <Card className="pt-0 pb-0">
        <MovementsTable
          {...page}
          sort={params.sort}
          dir={params.dir}
          timeZone={ctx.org.timezone}
          empty={
            filtered ? (
              <NoMatches
                title="No movements match these filters"
                description="Widen the date range or clear the filters."
                clearHref="/inventory/movements"
              />
            ) : (
              <EmptyState
                icon={History}
                title="No stock movements yet"
                description="Receiving, adjusting, counting, transferring and selling stock all leave a line here."
              />
            )
          }
        />
      </Card>
    </>
  );
}
