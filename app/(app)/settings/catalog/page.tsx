import type { Metadata } from "next";
import Link from "next/link";
import { Tags, Truck } from "lucide-react";
import { formatCount } from "@/components/catalog/quantities";
import { ArchiveStatusBadge } from "@/components/catalog/status-badges";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireOrg } from "@/lib/auth/page-access";
import { listCategories } from "@/lib/catalog/categories";
import { listSuppliers } from "@/lib/catalog/suppliers";
import { db } from "@/lib/db";
import { NewCategoryButton, NewSupplierButton } from "./new-buttons";
import { CategoryActions, SupplierActions } from "./row-actions";

export const metadata: Metadata = { title: "Categories & suppliers" };

const products = (n: number, href: string) =>
  n === 0 ? (
    <span className="text-muted-foreground">0</span>
  ) : (
    <Link href={href} className="hover:text-accent-soft-foreground hover:underline">
      {formatCount(n)}
    </Link>
  );

export default async function CatalogSettingsPage() {
  const ctx = await requireOrg("catalog.manage");
  const scope = { db, orgId: ctx.org.id };
  const [categories, suppliers] = await Promise.all([listCategories(scope), listSuppliers(scope)]);

  return (
    <>
      <PageHeader
        title="Categories & suppliers"
        description="How your catalogue is grouped and who you buy from. Archived entries stay on their products but are not offered for new ones."
      />
      <div className="grid gap-6">
        <Card className={categories.length > 0 ? "pb-0" : undefined}>
          <CardHeader actions={<NewCategoryButton />}>
            <CardTitle as="h2">
              Categories{" "}
              <span className="font-normal text-muted-foreground tabular-nums">
                {categories.filter((c) => !c.archivedAt).length}
              </span>
            </CardTitle>
            <CardDescription>
              Used to filter products, reports and low-stock alerts.
            </CardDescription>
          </CardHeader>
          <CardContent flush>
            {categories.length === 0 ? (
              <EmptyState
                icon={Tags}
                className="border-t border-border py-10"
                title="No categories yet"
                description="Add categories such as Shirts or Homeware to group your products."
              />
            ) : (
              <Table className="border-t border-border">
                <THead>
                  <TR className="hover:bg-transparent">
                    <TH>Category</TH>
                    <TH numeric>Products</TH>
                    <TH>Status</TH>
                    <TH className="w-12">
                      <span className="sr-only">Actions</span>
                    </TH>
                  </TR>
                </THead>
                <TBody>
                  {categories.map((c) => (
                    <TR key={c.id} className={c.archivedAt ? "text-muted-foreground" : undefined}>
                      <TD className="font-medium">{c.name}</TD>
                      <TD numeric>{products(c.productCount, `/products?category=${c.id}`)}</TD>
                      <TD>
                        <ArchiveStatusBadge archived={Boolean(c.archivedAt)} />
                      </TD>
                      <TD className="text-right">
                        <CategoryActions
                          category={{ id: c.id, name: c.name, archived: Boolean(c.archivedAt) }}
                        />
                      </TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </CardContent>
        </Card>

        <Card className={suppliers.length > 0 ? "pb-0" : undefined}>
          <CardHeader actions={<NewSupplierButton />}>
            <CardTitle as="h2">
              Suppliers{" "}
              <span className="font-normal text-muted-foreground tabular-nums">
                {suppliers.filter((s) => !s.archivedAt).length}
              </span>
            </CardTitle>
            <CardDescription>
              Reorder suggestions and purchase orders are grouped by supplier.
            </CardDescription>
          </CardHeader>
          <CardContent flush>
            {suppliers.length === 0 ? (
              <EmptyState
                icon={Truck}
                className="border-t border-border py-10"
                title="No suppliers yet"
                description="Add who you buy from, with their lead time, to get reorder suggestions."
              />
            ) : (
              <Table className="border-t border-border">
                <THead>
                  <TR className="hover:bg-transparent">
                    <TH>Supplier</TH>
                    <TH>Contact</TH>
                    <TH numeric>Lead time</TH>
                    <TH numeric>Products</TH>
                    <TH>Status</TH>
                    <TH className="w-12">
                      <span className="sr-only">Actions</span>
                    </TH>
                  </TR>
                </THead>
                <TBody>
                  {suppliers.map((s) => (
                    <TR key={s.id} className={s.archivedAt ? "text-muted-foreground" : undefined}>
                      <TD>
                        <div className="grid gap-0.5">
                          <span className="font-medium">{s.name}</span>
                          {s.notes ? (
                            <span className="max-w-72 truncate text-xs text-muted-foreground">
                              {s.notes}
                            </span>
                          ) : null}
                        </div>
                      </TD>
                      <TD>
                        <div className="grid gap-0.5 text-sm">
                          {s.email ? (
                            <a
                              href={`mailto:${s.email}`}
                              className="hover:text-accent-soft-foreground hover:underline"
                            >
                              {s.email}
                            </a>
                          ) : null}
                          {s.phone ? (
                            <span className="text-muted-foreground">{s.phone}</span>
                          ) : null}
                          {!s.email && !s.phone ? (
                            <span className="text-muted-foreground">—</span>
                          ) : null}
                        </div>
                      </TD>
                      <TD numeric>
                        {s.leadTimeDays} day{s.leadTimeDays === 1 ? "" : "s"}
                      </TD>
                      <TD numeric>{products(s.productCount, `/products?supplier=${s.id}`)}</TD>
                      <TD>
                        <ArchiveStatusBadge archived={Boolean(s.archivedAt)} />
                      </TD>
                      <TD className="text-right">
                        <SupplierActions
                          supplier={{
                            id: s.id,
                            name: s.name,
                            email: s.email,
                            phone: s.phone,
                            leadTimeDays: s.leadTimeDays,
                            notes: s.notes,
                            archived: Boolean(s.archivedAt),
                          }}
                        />
                      </TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
