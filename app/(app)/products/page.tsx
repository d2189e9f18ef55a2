import type { Metadata } from "next";
import { Package } from "lucide-react";
import { ModulePlaceholder } from "@/components/modules/module-placeholder";
import { requireOrg } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Products" };

export default async function Page() {
  await requireOrg("catalog.view");
  return (
    <ModulePlaceholder
      title="Products"
      icon={Package}
      description="Your catalogue: products, variants, prices and suppliers."
      upcoming={[
        "Create products with variants such as size and colour, each with its own SKU and barcode",
        "Track price, cost and margin per variant",
        "See stock by location and recent orders for every product",
      ]}
    />
  );
}
