import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { CURRENCIES, TIME_ZONES } from "@/lib/organizations/schemas";
import { OrganizationForm } from "./organization-form";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganizationPage() {
  const { org } = await requireOrg("org.manage");
  return (
    <>
      <PageHeader
        title="Organisation"
        description="How your shop appears and how Backroom counts days and money."
      />
      <Card className="max-w-2xl">
        <CardHeader>
          <CardTitle>General</CardTitle>
          <CardDescription>
            The time zone decides where a business day starts and ends in reports and alerts.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <OrganizationForm
            defaultValues={{ name: org.name, currency: org.currency, timezone: org.timezone }}
            currencies={CURRENCIES}
            timeZones={TIME_ZONES}
          />
        </CardContent>
      </Card>
    </>
  );
}
