import { Check } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { groupsFor } from "./permission-groups";

export interface PermissionSummaryProps {
  permissions: readonly string[];
  className?: string;
}

/** A read-only view of a role's permissions, grouped like the role editor. */
export function PermissionSummary({ permissions, className }: PermissionSummaryProps) {
  const groups = groupsFor(permissions);
  if (groups.length === 0) {
    return <p className="text-sm text-muted-foreground">This role grants no permissions.</p>;
  }
  return (
    <div className={cn("grid gap-x-8 gap-y-4 sm:grid-cols-2", className)}>
      {groups.map((group) => (
        <section key={group.name} aria-label={group.name}>
          <h4 className="text-xs font-medium tracking-wide text-muted-foreground uppercase">
            {group.name}
          </h4>
          <ul className="mt-1.5 grid gap-1">
            {group.permissions.map((p) => (
              <li key={p.key} className="flex items-start gap-2 text-sm">
                <Check aria-hidden className="mt-0.5 size-3.5 shrink-0 text-success" />
                <span>{p.label}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
