import type { Metadata } from "next";
import { Bell } from "lucide-react";
import { ModulePlaceholder } from "@/components/modules/module-placeholder";
import { requireOrg } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Alerts" };

export default async function Page() {
  await requireOrg("alerts.view");
  return (
    <ModulePlaceholder
      title="Alerts"
      icon={Bell}
      description="Warnings before you run out, and a digest every morning."
      upcoming={[
        "Set low-stock, stock-out, no-sales and sales-drop rules",
        "Get one email digest per person after the nightly check",
        "Acknowledge, snooze and resolve alerts with their history",
      ]}
    />
  );
}
