import type { Metadata } from "next";
import { ChartColumn } from "lucide-react";
import { ModulePlaceholder } from "@/components/modules/module-placeholder";
import { requireOrg } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Reports" };

export default async function Page() {
  await requireOrg("analytics.view");
  return (
    <ModulePlaceholder
      title="Reports"
      icon={ChartColumn}
      description="KPIs and charts that tell you how the shop is doing."
      upcoming={[
        "Revenue, units, orders, margin and stock-outs against the previous period",
        "Sales over time, top products, weekday and hourly patterns",
        "Drill from any chart down to a product's daily trend",
      ]}
    />
  );
}
