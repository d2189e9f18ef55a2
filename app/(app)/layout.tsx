import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import type { NavVisibility } from "@/components/shell/sidebar-nav";
import { requireOrg } from "@/lib/auth/page-access";
import { listMemberships } from "@/lib/organizations/active-organization";
import { signOutAction } from "../(auth)/actions";
import { switchOrganizationAction } from "./actions";
import { VerifyEmailBanner } from "./verify-email-banner";

async function switchOrganization(orgId: string) {
  "use server";
  return switchOrganizationAction({ orgId });
}

async function signOut() {
  "use server";
  await signOutAction({});
}

export default async function AppLayout({ children }: { children: ReactNode }) {
  const ctx = await requireOrg();
  const memberships = await listMemberships(ctx.user.id);
  const can = (p: Parameters<typeof ctx.permissions.has>[0]) => ctx.permissions.has(p);
  const navVisibility: NavVisibility = {
    products: can("catalog.view"),
    inventory: can("inventory.view"),
    customers: can("customers.view"),
    orders: can("orders.view"),
    imports: can("imports.run"),
    reports: can("analytics.view"),
    alerts: can("alerts.view"),
    team: can("team.view"),
    roles: can("roles.manage"),
    locations: can("catalog.manage"),
    catalog: can("catalog.manage"),
    audit: can("audit.view"),
    organization: can("org.manage"),
  };
  return (
    <AppShell
      user={{ name: ctx.user.name, email: ctx.user.email }}
      organization={{
        current: { id: ctx.org.id, name: ctx.org.name },
        organizations: memberships.map((m) => ({ id: m.org.id, name: m.org.name })),
      }}
      switchOrganizationAction={switchOrganization}
      signOutAction={signOut}
      navVisibility={navVisibility}
    >
      {ctx.user.emailVerified ? null : <VerifyEmailBanner email={ctx.user.email} />}
      {children}
    </AppShell>
  );
}
