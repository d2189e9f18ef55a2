"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const TABS = [
  { href: "/inventory", label: "Stock levels", exact: true },
  { href: "/inventory/count", label: "Stock count" },
  { href: "/inventory/movements", label: "Movements" },
  { href: "/inventory/reorder", label: "Reorder" },
  { href: "/inventory/purchase-orders", label: "Purchase orders" },
] as const;

/** Sub-navigation shared by the inventory pages. */
export function InventoryTabs({ hide = [] }: { hide?: string[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Inventory" className="-mt-2 mb-6 overflow-x-auto border-b border-border">
      <ul className="flex min-w-max gap-1">
        {TABS.filter((t) => !hide.includes(t.href)).map((tab) => {
          const active = "exact" in tab ? pathname === tab.href : pathname.startsWith(tab.href);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex h-10 items-center border-b-2 px-3 text-sm font-medium transition-colors",
                  active
                    ? "border-accent text-foreground"
                    : "border-transparent text-muted-foreground hover:border-border-strong hover:text-foreground",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
