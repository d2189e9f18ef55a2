import type { ReactNode } from "react";
import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import { MobileNav } from "./mobile-nav";
import { OrgSwitcher, type OrgSummary } from "./org-switcher";
import { SidebarNav, type NavBadges, type NavVisibility } from "./sidebar-nav";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

export interface AppShellProps {
  user: { name: string | null; email: string };
  organization: { current: OrgSummary; organizations: OrgSummary[] };
  /** Server action: make the given organisation the active one. */
  switchOrganizationAction: (orgId: string) => Promise<unknown>;
  /** Server action: sign out and redirect. */
  signOutAction: () => Promise<void>;
  /** Hide nav items the member may not use, e.g. `{ audit: can("audit.view") }`. */
  navVisibility?: NavVisibility;
  navBadges?: NavBadges;
  /** Left side of the top bar (search, environment badge …). */
  topBar?: ReactNode;
  /** Right side of the top bar, before the theme toggle and user menu. */
  topBarActions?: ReactNode;
  children: ReactNode;
}

/**
 * The signed-in layout: a fixed sidebar on large screens (a drawer below `lg`), a sticky top bar,
 * and a centred content column. Pages render PageHeader + content as children.
 */
export function AppShell({
  user,
  organization,
  switchOrganizationAction,
  signOutAction,
  navVisibility,
  navBadges,
  topBar,
  topBarActions,
  children,
}: AppShellProps) {
  const sidebar = (
    <>
      <div className="flex h-14 shrink-0 items-center px-5">
        <Link href="/" className="rounded-md" aria-label="Backroom overview">
          <Logo size={26} />
        </Link>
      </div>
      <div className="px-3 pb-3">
        <OrgSwitcher
          current={organization.current}
          organizations={organization.organizations}
          switchAction={switchOrganizationAction}
        />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-3 pt-1 pb-6">
        <SidebarNav visible={navVisibility} badges={navBadges} />
      </div>
    </>
  );

  return (
    <div className="min-h-dvh bg-background">
      <a
        href="#main-content"
        className="sr-only z-50 rounded-md bg-card px-3 py-2 text-sm font-medium shadow-popover focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>

      <aside
        aria-label="Sidebar"
        className="fixed inset-y-0 left-0 z-30 hidden w-64 flex-col border-r border-border bg-background lg:flex"
      >
        {sidebar}
      </aside>

      <div className="flex min-h-dvh flex-col lg:pl-64">
        <header className="sticky top-0 z-20 flex h-14 shrink-0 items-center gap-3 border-b border-border bg-background/80 px-4 backdrop-blur supports-[backdrop-filter]:bg-background/70 sm:px-6 lg:px-8">
          <MobileNav>
            <div className="flex h-full flex-col">{sidebar}</div>
          </MobileNav>
          <Link href="/" className="rounded-md lg:hidden" aria-label="Backroom overview">
            <Logo size={24} wordmark={false} />
          </Link>
          <div className="flex min-w-0 flex-1 items-center gap-3">{topBar}</div>
          <div className="flex items-center gap-1.5">
            {topBarActions}
            <ThemeToggle />
            <UserMenu
              name={user.name}
              email={user.email}
              signOutAction={signOutAction}
              className="ml-1.5"
            />
          </div>
        </header>

        <main id="main-content" tabIndex={-1} className="flex-1 outline-none">
          <div className="mx-auto w-full max-w-7xl px-4 py-6 sm:px-6 lg:px-8 lg:py-8">
            {children}
          </div>
        </main>
      </div>
    </div>
  );
}
