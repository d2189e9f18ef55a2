import type { Metadata } from "next";
import { ShoppingCart } from "lucide-react";
import { ModulePlaceholder } from "@/components/modules/module-placeholder";
import { requireOrg } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Orders" };

export default async function Page() {
  await requireOrg("orders.view");
  return (
    <ModulePlaceholder
      title="Orders"
      icon={ShoppingCart}
      description="Orders from placement to delivery, returns and refunds."
      upcoming={[
        "Create orders with totals computed for you and stock checked live",
        "Fulfil with carrier and tracking, and follow every step on a timeline",
        "Handle cancellations, returns and refunds",
      ]}
    />
  );
}
