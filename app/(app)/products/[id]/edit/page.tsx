import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { listCatalogOptions } from "@/lib/catalog/catalog-options";
import { productSnapshot } from "@/lib/catalog/product-snapshot";
import { db } from "@/lib/db";
import { loadOr404 } from "../../load-or-404";
import { ProductForm } from "../../product-form/product-form";

export const metadata: Metadata = { title: "Edit product" };

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireOrg("catalog.manage");
  const { id } = await params;
  const [product, options] = await Promise.all([
    loadOr404(productSnapshot(db, ctx.org.id, id)),
    listCatalogOptions({ db, orgId: ctx.org.id }),
  ]);
  return (
    <>
      <PageHeader
        breadcrumbs={[
          { label: "Products", href: "/products" },
          { label: product.name, href: `/products/${product.id}` },
          { label: "Edit" },
        ]}
        title={`Edit ${product.name}`}
        description="Variants with stock or order history are archived rather than deleted, so their history stays."
      />
      <ProductForm
        currency={ctx.org.currency}
        categories={options.categories}
        suppliers={options.suppliers}
        product={product}
      />
    </>
  );
}
