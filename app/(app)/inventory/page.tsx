import type { Metadata } from "next";
import { Boxes } from "lucide-react";
import { ModulePlaceholder } from "@/components/modules/module-placeholder";
import { requireOrg } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Inventory" };

export default async function Page() {
  await requireOrg("inventory.view");
  return (
    <ModulePlaceholder
      title="Inventory"
      icon={Boxes}
      description="Stock on hand, committed and available at every location."
      upcoming={[
        "Adjust, count, receive and transfer stock, each change recorded in a ledger",
        "See what is low and what to reorder, grouped by supplier",
        "Draft purchase orders and receive against them",
      ]}
    />
  );
}
