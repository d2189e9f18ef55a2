"use client";

import { useUrlState } from "@/components/tables/use-url-state";
import { cn } from "@/components/ui/cn";
import { STATUS_LABELS } from "@/lib/orders/labels";
import { ORDER_STATUSES, type OrderStatus } from "@/lib/orders/state-machine";

const count = new Intl.NumberFormat("en-GB");

/** Status tabs above the order list; the count of each follows the other filters. */
export function StatusTabs({ counts }: { counts: Partial<Record<OrderStatus, number>> }) {
  const { searchParams, update } = useUrlState();
  const current = searchParams.get("status") ?? "";
  const all = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const tabs = [
    { value: "", label: "All", n: all },
    ...ORDER_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s], n: counts[s] ?? 0 })),
  ];
  return (
    <nav aria-label="Order status" className="mb-4 overflow-x-auto border-b border-border">
      <ul className="flex min-w-max gap-1">
        {tabs.map((tab) => {
          const selected = tab.value === current;
          return (
            <li key={tab.value || "all"}>
              <button
                type="button"
                aria-current={selected ? "page" : undefined}
                onClick={() => update({ status: tab.value })}
                className={cn(
                  "-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap transition-colors",
                  selected
                    ? "border-accent text-foreground"
                    : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {tab.label}
                <span
                  className={cn(
                    "rounded-full px-1.5 text-xs tabular-nums",
                    selected ? "bg-accent-soft text-accent-soft-foreground" : "bg-muted",
                  )}
                >
                  {count.format(tab.n)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
