import type { Metadata } from "next";
import Link from "next/link";
import { Building2, Mail, MapPin, Pencil, Phone } from "lucide-react";
import { RequiresPermission } from "@/components/auth/requires-permission";
import { ConsentBadge } from "@/components/customers/consent-badge";
import { TagList } from "@/components/customers/tag-list";
import { formatRelative } from "@/components/format/relative-time";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireOrg } from "@/lib/auth/page-access";
import { countryName } from "@/lib/customers/countries";
import { getCustomerProfile } from "@/lib/customers/customer-profile";
import { customerDisplayName } from "@/lib/customers/display-name";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import { formatDay } from "../format";
import { loadOr404 } from "../load-or-404";
import { DeleteCustomerButton } from "./delete-customer-button";
import { InteractionTimeline } from "./interaction-timeline";
import { LogInteractionForm } from "./log-interaction-form";
import { PurchaseHistory } from "./purchase-history";

export const metadata: Metadata = { title: "Customer" };

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireOrg("customers.view");
  const { id } = await params;
  const withOrders = ctx.permissions.has("orders.view");
  const profile = await loadOr404(
    getCustomerProfile({ db, orgId: ctx.org.id }, id, { withOrders }),
  );
  const { customer, stats } = profile;
  const { currency, timezone } = ctx.org;
  const canManage = ctx.permissions.has("customers.manage");
  const name = customerDisplayName(customer);
  const day = (date: Date) => formatDay(date, timezone);

  return (
    <>
      <PageHeader
        title={name}
        breadcrumbs={[{ label: "Customers", href: "/customers" }, { label: name }]}
        description={`Customer since ${day(customer.createdAt)}`}
        actions={
          canManage ? (
            <>
              <RequiresPermission permission="customers.privacy" ctx={ctx}>
                <DeleteCustomerButton
                  customer={{ id: customer.id, name }}
                  orderCount={withOrders ? profile.orderTotal : stats.orderCount}
                />
              </RequiresPermission>
              <Link href={`/customers/${customer.id}/edit`} className={buttonClasses()}>
                <Pencil aria-hidden /> Edit
              </Link>
            </>
          ) : null
        }
      />

      <div className="-mt-2 mb-6 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm text-muted-foreground">
        {customer.email ? (
          <a
            href={`mailto:${customer.email}`}
            className="inline-flex items-center gap-1.5 hover:text-foreground"
          >
            <Mail aria-hidden className="size-4" /> {customer.email}
          </a>
        ) : null}
        {customer.phone ? (
          <a
            href={`tel:${customer.phone.replace(/[^\d+]/g, "")}`}
            className="inline-flex items-center gap-1.5 hover:text-foreground"
          >
            <Phone aria-hidden className="size-4" /> {customer.phone}
          </a>
        ) : null}
        {customer.company && customer.company !== name ? (
          <span className="inline-flex items-center gap-1.5">
            <Building2 aria-hidden className="size-4" /> {customer.company}
          </span>
        ) : null}
        <ConsentBadge consent={customer.marketingConsent} />
        <TagList tags={customer.tags} />
      </div>

      <section
        aria-label="Customer value"
        className="mb-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-4"
      >
        <StatCard
          label="Lifetime value"
          value={formatMoney(stats.lifetimeValueMinor, currency)}
          hint="Net of refunds"
        />
        <StatCard label="Orders" value={stats.orderCount} hint="Placed, not cancelled" />
        <StatCard
          label="Average order value"
          value={
            stats.averageOrderValueMinor === null
              ? "—"
              : formatMoney(stats.averageOrderValueMinor, currency)
          }
        />
        <StatCard
          label="Last order"
          value={stats.lastOrderAt ? formatRelative(stats.lastOrderAt) : "—"}
          hint={
            stats.lastOrderAt && stats.firstOrderAt
              ? `${day(stats.lastOrderAt)} · first order ${day(stats.firstOrderAt)}`
              : "No orders yet"
          }
        />
      </section>

      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="grid gap-6 lg:col-span-2">
          <RequiresPermission permission="orders.view" ctx={ctx}>
            <Card className={profile.orders.length > 0 ? "pb-0" : undefined}>
              <CardHeader>
                <CardTitle as="h2">
                  Purchase history{" "}
                  <span className="font-normal text-muted-foreground tabular-nums">
                    {profile.orderTotal}
                  </span>
                </CardTitle>
                <CardDescription>Every order, most recent first.</CardDescription>
              </CardHeader>
              <CardContent flush>
                <PurchaseHistory
                  orders={profile.orders}
                  total={profile.orderTotal}
                  timeZone={timezone}
                />
              </CardContent>
            </Card>
          </RequiresPermission>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Interactions</CardTitle>
              <CardDescription>Calls, emails, chats and visits, newest first.</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-6">
              {canManage ? <LogInteractionForm customerId={customer.id} /> : null}
              <InteractionTimeline
                interactions={profile.interactions}
                total={profile.interactionCount}
                timeZone={timezone}
              />
            </CardContent>
          </Card>
        </div>

        <div className="grid gap-6">
          <Card>
            <CardHeader>
              <CardTitle as="h2">Marketing consent</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-1 text-sm">
              <div>
                <ConsentBadge consent={customer.marketingConsent} />
              </div>
              {customer.marketingConsent ? (
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
                  <dt className="text-muted-foreground">Given</dt>
                  <dd>{customer.consentAt ? day(customer.consentAt) : "Date not recorded"}</dd>
                  <dt className="text-muted-foreground">How</dt>
                  <dd>{customer.consentSource ?? "Not recorded"}</dd>
                </dl>
              ) : (
                <p className="text-muted-foreground">
                  Has not agreed to marketing, so leave them out of campaigns.
                </p>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Addresses</CardTitle>
            </CardHeader>
            <CardContent>
              {customer.addresses.length === 0 ? (
                <p className="text-sm text-muted-foreground">No addresses yet.</p>
              ) : (
                <ul className="grid gap-4">
                  {customer.addresses.map((a) => (
                    <li key={a.id} className="flex gap-3 text-sm">
                      <MapPin
                        aria-hidden
                        className="mt-0.5 size-4 shrink-0 text-muted-foreground"
                      />
                      <div className="grid gap-0.5">
                        <p className="flex items-center gap-2 font-medium">
                          {a.label || "Address"}
                          {a.isDefault ? <Badge tone="info">Default</Badge> : null}
                        </p>
                        <address className="text-muted-foreground not-italic">
                          {[
                            a.line1,
                            a.line2,
                            a.city,
                            a.region,
                            a.postalCode,
                            countryName(a.country),
                          ]
                            .filter(Boolean)
                            .map((part, i) => (
                              <span key={i} className="block">
                                {part}
                              </span>
                            ))}
                        </address>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Notes</CardTitle>
            </CardHeader>
            <CardContent>
              {customer.notes ? (
                <p className="text-sm break-words whitespace-pre-line">{customer.notes}</p>
              ) : (
                <p className="text-sm text-muted-foreground">No notes.</p>
              )}
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
