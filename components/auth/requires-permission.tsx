import type { ReactNode } from "react";
import type { Permission } from "@/lib/rbac/permissions";

/**
 * A page section that belongs to another permission than the page: rendered only for those
 * who hold it, and marked with `data-requires` so the permission matrix test can check that
 * nobody without it ever receives it. `display: contents` keeps the page's layout as if the
 * wrapper were not there. Pages skip loading the data of a section they will not show.
 */
export function RequiresPermission({
  permission,
  ctx,
  children,
}: {
  permission: Permission;
  ctx: { permissions: ReadonlySet<Permission> };
  children: ReactNode;
}) {
  if (!ctx.permissions.has(permission)) return null;
  return (
    <div data-requires={permission} className="contents">
      {children}
    </div>
  );
}
