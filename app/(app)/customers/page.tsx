import type { Metadata } from "next";
import { Users } from "lucide-react";
import { ModulePlaceholder } from "@/components/modules/module-placeholder";
import { requireOrg } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Customers" };

export default async function Page() {
  await requireOrg("customers.view");
  return (
    <ModulePlaceholder
      title="Customers"
      icon={Users}
      description="Everyone who buys from you, with their history and value."
      upcoming={[
        "Keep contact details, addresses, tags and marketing consent",
        "See purchase history, lifetime value and last order",
        "Log calls, emails and visits",
      ]}
    />
  );
}
