"use client";

import Link, { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import {
  Bell,
  Boxes,
  Building,
  ChartColumn,
  FileUp,
  LayoutDashboard,
  MapPin,
  Package,
  ScrollText,
  ShieldCheck,
  ShoppingCart,
  Tags,
  Users,
  UsersRound,
  type LucideIcon,
} from "lucide-react";
import { cn } from "@/components/ui/cn";
import { Spinner } from "@/components/ui/spinner";

export type NavItemId =
  | "overview"
  | "products"
  | "inventory"
  | "customers"
  | "orders"
  | "imports"
  | "reports"
  | "alerts"
  | "team"
  | "roles"
  | "audit"
  | "organization"
  | "locations"
  | "catalog";

export interface NavItem {
  id: NavItemId;
  label: string;
  href: string;
  icon: LucideIcon;
}

export interface NavGroup {
  label?: string;
  items: NavItem[];
}

export const NAV_GROUPS: NavGroup[] = [
  {
    items: [
      { id: "overview", label: "Overview", href: "/", icon: LayoutDashboard },
      { id: "products", label: "Products", href: "/products", icon: Package },
      { id: "inventory", label: "Inventory", href: "/inventory", icon: Boxes },
      { id: "customers", label: "Customers", href: "/customers", icon: Users },
      { id: "orders", label: "Orders", href: "/orders", icon: ShoppingCart },
      { id: "imports", label: "Imports", href: "/imports", icon: FileUp },
      { id: "reports", label: "Reports", href: "/reports", icon: ChartColumn },
      { id: "alerts", label: "Alerts", href: "/alerts", icon: Bell },
    ],
  },
  {
    label: "Settings",
    items: [
      { id: "team", label: "Team", href: "/settings/team", icon: UsersRound },
      { id: "roles", label: "Roles", href: "/settings/roles", icon: ShieldCheck },
      { id: "locations", label: "Locations", href: "/settings/locations", icon: MapPin },
      { id: "catalog", label: "Categories & suppliers", href: "/settings/catalog", icon: Tags },
      { id: "audit", label: "Audit log", href: "/settings/audit", icon: ScrollText },
      { id: "organization", label: "Organisation", href: "/settings/organization", icon: Building },
    ],
  },
];

/** Items set to `false` are hidden (derive it from the member's permissions); missing means shown. */
export type NavVisibility = Partial<Record<NavItemId, boolean>>;
/** Counts shown next to an item, e.g. `{ alerts: 3 }`. Zero hides the count. */
export type NavBadges = Partial<Record<NavItemId, number>>;

export function isActivePath(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

export interface SidebarNavProps {
  visible?: NavVisibility;
  badges?: NavBadges;
  className?: string;
}

export function SidebarNav({ visible = {}, badges = {}, className }: SidebarNavProps) {
  const pathname = usePathname() ?? "/";
  const groups = NAV_GROUPS.map((group) => ({
    ...group,
    items: group.items.filter((item) => visible[item.id] !== false),
  })).filter((group) => group.items.length > 0);

  return (
    <nav aria-label="Main" className={cn("grid gap-6", className)}>
      {groups.map((group, i) => {
        const headingId = group.label ? `nav-group-${i}` : undefined;
        return (
          <div key={group.label ?? i} className="grid gap-1">
            {group.label ? (
              <h2
                id={headingId}
                className="px-2.5 pb-1 text-xs font-medium tracking-normal text-muted-foreground"
              >
                {group.label}
              </h2>
            ) : null}
            <ul aria-labelledby={headingId} className="grid gap-0.5">
              {group.items.map((item) => {
                const active = isActivePath(pathname, item.href);
                const count = badges[item.id] ?? 0;
                const Icon = item.icon;
                return (
                  <li key={item.id}>
                    <Link
                      href={item.href}
                      aria-current={active ? "page" : undefined}
                      className={cn(
                        "group flex h-8 items-center gap-2.5 rounded-md px-2.5 text-sm font-medium transition-colors",
                        active
                          ? "bg-card text-foreground shadow-xs ring-1 ring-border"
                          : "text-muted-foreground hover:bg-subtle hover:text-foreground",
                      )}
                    >
                      <NavIcon icon={Icon} active={active} />
                      <span className="flex-1 truncate">{item.label}</span>
                      {count > 0 ? (
                        <span className="ml-auto rounded-full bg-accent-soft px-1.5 text-xs leading-5 font-medium text-accent-soft-foreground tabular-nums">
                          {count > 99 ? "99+" : count}
                          <span className="sr-only"> new</span>
                        </span>
                      ) : null}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

/**
 * Pages render completely before they are sent (so a forbidden or missing page can answer 403 or
 * 404), which leaves no loading skeleton to show while a page is on its way: the clicked item's
 * icon turns into a spinner instead.
 */
function NavIcon({ icon: Icon, active }: { icon: NavItem["icon"]; active: boolean }) {
  const { pending } = useLinkStatus();
  if (pending) return <Spinner className="text-accent-soft-foreground" />;
  return (
    <Icon
      aria-hidden
      className={cn(
        "size-4 shrink-0",
        active
          ? "text-accent-soft-foreground"
          : "text-muted-foreground group-hover:text-foreground",
      )}
    />
  );
}
