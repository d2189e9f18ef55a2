import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { CustomerForm } from "../customer-form";
import { customerFormOptions } from "../form-options";

export const metadata: Metadata = { title: "New customer" };

export default async function NewCustomerPage() {
  const ctx = await requireOrg("customers.manage");
  const options = await customerFormOptions({ db, orgId: ctx.org.id }, ctx.org.currency);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="New customer"
        breadcrumbs={[{ label: "Customers", href: "/customers" }, { label: "New customer" }]}
      />
      <CustomerForm
        {...options}
        defaultValues={{
          firstName: "",
          lastName: "",
          email: "",
          phone: "",
          company: "",
          tags: [],
          notes: "",
          marketingConsent: false,
          consentSource: "",
          addresses: [],
        }}
      />
    </div>
  );
}
