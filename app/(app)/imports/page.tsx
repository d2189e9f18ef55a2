import type { Metadata } from "next";
import { FileUp } from "lucide-react";
import { ModulePlaceholder } from "@/components/modules/module-placeholder";
import { requireOrg } from "@/lib/auth/page-access";

export const metadata: Metadata = { title: "Imports" };

export default async function Page() {
  await requireOrg("imports.run");
  return (
    <ModulePlaceholder
      title="Imports"
      icon={FileUp}
      description="Bring in sales, stock counts, products, customers and shifts."
      upcoming={[
        "Upload CSV files of any size and map their columns",
        "Fix row errors before anything is saved",
        "Sync a Google Sheet on a schedule",
      ]}
    />
  );
}
