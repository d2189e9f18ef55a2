import type { Metadata } from "next";
import Link from "next/link";
import { ArrowRight, CheckCircle2, Circle } from "lucide-react";
import { RequiresPermission } from "@/components/auth/requires-permission";
import { RelativeTime } from "@/components/format/relative-time";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { describeAuditAction } from "@/lib/audit/describe";
import { getOrganizationOverview } from "@/lib/organizations/get-overview";
import { OverviewKpis } from "./reports/overview-kpis";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const ctx = await requireOrg();
  const overview = await getOrganizationOverview(
    { db, orgId: ctx.org.id },
    { activity: ctx.permissions.has("audit.view") },
  );
  const firstName = (ctx.user.name ?? "").split(" ")[0] || "there";
  const checklist = [
    {
      done: Boolean(ctx.user.emailVerified),
      label: "Verify your email address",
      href: "/settings/account",
    },
    {
      done: overview.members > 1 || overview.pendingInvitations > 0,
      label: "Invite a teammate",
      href: "/settings/team",
    },
    { done: overview.products > 0, label: "Add your products", href: "/products" },
    { done: overview.orders > 0, label: "Take or import your first orders", href: "/orders" },
  ];

  return (
    <>
      <PageHeader
        title={`Good to see you, ${firstName}`}
        description={`Here is how ${ctx.org.name} is set up today.`}
      />
      <RequiresPermission permission="analytics.view" ctx={ctx}>
        <OverviewKpis
          scope={{ db, orgId: ctx.org.id }}
          currency={ctx.org.currency}
          timezone={ctx.org.timezone}
        />
      </RequiresPermission>
      <RequiresPermission permission="team.view" ctx={ctx}>
        <div className="mb-6 grid gap-4 sm:grid-cols-3">
          <StatCard label="Teammates" value={String(overview.members)} />
          <StatCard label="Pending invitations" value={String(overview.pendingInvitations)} />
          <StatCard label="Custom roles" value={String(overview.customRoles)} />
        </div>
      </RequiresPermission>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>Get set up</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="divide-y divide-border">
              {checklist.map((item) => (
                <li key={item.label}>
                  <Link
                    href={item.href}
                    className="flex items-center gap-3 py-2.5 text-sm hover:text-accent-soft-foreground"
                  >
                    {item.done ? (
                      <CheckCircle2 aria-label="Done" className="size-4 text-success-foreground" />
                    ) : (
                      <Circle aria-label="To do" className="size-4 text-muted-foreground" />
                    )}
                    <span className={item.done ? "text-muted-foreground line-through" : ""}>
                      {item.label}
                    </span>
                    <ArrowRight aria-hidden className="ml-auto size-4 text-muted-foreground" />
                  </Link>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <RequiresPermission permission="audit.view" ctx={ctx}>
          <Card>
            <CardHeader>
              <CardTitle>Recent activity</CardTitle>
            </CardHeader>
            <CardContent>
              {overview.recentActivity.length === 0 ? (
                <EmptyState
                  title="Nothing yet"
                  description="Changes your team makes will show up here."
                />
              ) : (
                <ul className="divide-y divide-border">
                  {overview.recentActivity.map((entry) => (
                    <li
                      key={entry.id}
                      className="flex items-baseline justify-between gap-4 py-2.5 text-sm"
                    >
                      <span>
                        <span className="font-medium">{entry.actorLabel}</span>{" "}
                        <span className="text-muted-foreground">
                          {describeAuditAction(entry.action)}
                        </span>
                      </span>
                      <span className="shrink-0 text-xs text-muted-foreground">
                        <RelativeTime date={entry.createdAt} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
        </RequiresPermission>
      </div>
    </>
  );
}
