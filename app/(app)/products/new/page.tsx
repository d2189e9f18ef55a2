import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { listCatalogOptions } from "@/lib/catalog/catalog-options";
import { db } from "@/lib/db";
import { ProductForm } from "../product-form/product-form";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage() {
  const ctx = await requireOrg("catalog.manage");
  const options = await listCatalogOptions({ db, orgId: ctx.org.id });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: "Products", href: "/products" }, { label: "New product" }]}
        title="New product"
        description="Describe the product, list the options it comes in, then check the generated variants."
      />
      <ProductForm
        currency={ctx.org.currency}
        categories={options.categories}
        suppliers={options.suppliers}
      />
    </>
  );
}
