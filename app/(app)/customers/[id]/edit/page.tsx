import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { findCustomer } from "@/lib/customers/customers";
import { customerDisplayName } from "@/lib/customers/display-name";
import { db } from "@/lib/db";
import { CustomerForm } from "../../customer-form";
import { customerFormOptions } from "../../form-options";
import { formatDay } from "../../format";
import { loadOr404 } from "../../load-or-404";

export const metadata: Metadata = { title: "Edit customer" };

export default async function EditCustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireOrg("customers.manage");
  const { id } = await params;
  const scope = { db, orgId: ctx.org.id };
  const [customer, options] = await Promise.all([
    loadOr404(findCustomer(scope, id)),
    customerFormOptions(scope, ctx.org.currency),
  ]);
  const name = customerDisplayName(customer);
  const consentNote =
    customer.marketingConsent && customer.consentAt
      ? `Given ${formatDay(customer.consentAt, ctx.org.timezone)}${customer.consentSource ? ` (${customer.consentSource})` : ""}. Unticking withdraws it.`
      : null;

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title={`Edit ${name}`}
        breadcrumbs={[
          { label: "Customers", href: "/customers" },
          { label: name, href: `/customers/${customer.id}` },
          { label: "Edit" },
        ]}
      />
      <CustomerForm
        {...options}
        customerId={customer.id}
        consentNote={consentNote}
        defaultValues={{
          firstName: customer.firstName,
          lastName: customer.lastName,
          email: customer.email ?? "",
          phone: customer.phone ?? "",
          company: customer.company ?? "",
          tags: customer.tags,
          notes: customer.notes,
          marketingConsent: customer.marketingConsent,
          consentSource: customer.consentSource ?? "",
          addresses: customer.addresses.map((a) => ({
            label: a.label,
            line1: a.line1,
            line2: a.line2,
            city: a.city,
            region: a.region,
            postalCode: a.postalCode,
            country: a.country,
            isDefault: a.isDefault,
          })),
        }}
      />
    </div>
  );
}
