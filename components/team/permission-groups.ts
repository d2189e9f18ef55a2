import { PERMISSIONS, type Permission } from "@/lib/rbac/permissions";

export interface PermissionGroup {
  name: string;
  permissions: { key: Permission; label: string }[];
}

/** The catalogue grouped for display, in the order the catalogue declares it. */
export const PERMISSION_GROUPS: PermissionGroup[] = (() => {
  const groups = new Map<string, PermissionGroup>();
  for (const [key, { group, label }] of Object.entries(PERMISSIONS)) {
    const entry = groups.get(group) ?? { name: group, permissions: [] };
    entry.permissions.push({ key: key as Permission, label });
    groups.set(group, entry);
  }
  return [...groups.values()];
})();

/** Groups filtered to the permissions in `granted`; empty groups are dropped. */
export function groupsFor(granted: readonly string[]): PermissionGroup[] {
  const set = new Set(granted);
  return PERMISSION_GROUPS.map((g) => ({
    ...g,
    permissions: g.permissions.filter((p) => set.has(p.key)),
  })).filter((g) => g.permissions.length > 0);
}
