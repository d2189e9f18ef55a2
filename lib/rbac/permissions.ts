/**
 * Every permission in Backroom, in one place. Actions and routes declare one of
 * these; roles are sets of them. Labels are what owners see when building roles.
 * Each one must be required by some code (permission-usage.test.ts): a permission
 * added ahead of its feature would promise owners a control that does nothing.
 */
export const PERMISSIONS = {
  "org.manage": { group: "Organisation", label: "Edit organisation settings" },
  "team.view": { group: "Organisation", label: "See teammates and their roles" },
  "team.manage": { group: "Organisation", label: "Invite, remove and change teammates' roles" },
  "roles.manage": { group: "Organisation", label: "Create, edit and delete custom roles" },
  "audit.view": { group: "Organisation", label: "Read the audit log" },
  "catalog.view": { group: "Catalog", label: "See products and variants" },
  "catalog.manage": { group: "Catalog", label: "Create and edit products, categories, suppliers" },
  "inventory.view": { group: "Inventory", label: "See stock levels and movements" },
  "inventory.adjust": { group: "Inventory", label: "Adjust, count, receive and transfer stock" },
  "purchasing.manage": { group: "Inventory", label: "Create and receive purchase orders" },
  "customers.view": { group: "Customers", label: "See customers and their history" },
  "customers.manage": { group: "Customers", label: "Create and edit customers, log interactions" },
  "customers.privacy": { group: "Customers", label: "Export and erase a customer's data" },
  "orders.view": { group: "Orders", label: "See orders" },
  "orders.manage": { group: "Orders", label: "Create, fulfil and cancel orders" },
  "orders.refund": { group: "Orders", label: "Process returns and refunds" },
  "imports.run": { group: "Data", label: "Upload and run imports" },
  "analytics.view": { group: "Data", label: "See dashboards and reports" },
  "alerts.view": { group: "Alerts", label: "See alerts" },
} as const satisfies Record<string, { group: string; label: string }>;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

/** Permissions only an owner holds: the keys to the organisation itself. */
const OWNER_ONLY: readonly Permission[] = [
  "org.manage",
  "team.manage",
  "roles.manage",
  "customers.privacy",
];

/**
 * Built-in roles. Their permissions live here, not in the database, so a new
 * permission reaches every organisation's owners and managers on deploy.
 */
export const BUILT_IN_ROLES = {
  owner: {
    name: "Owner",
    description: "Full access, including team, roles and organisation settings.",
    permissions: ALL_PERMISSIONS,
  },
  manager: {
    name: "Manager",
    description: "Runs the floor: stock, orders, customers, imports and alerts.",
    permissions: ALL_PERMISSIONS.filter((p) => !OWNER_ONLY.includes(p)),
  },
} as const satisfies Record<
  string,
  { name: string; description: string; permissions: readonly Permission[] }
>;

export type BuiltInRoleKey = keyof typeof BUILT_IN_ROLES;

export function isBuiltInRoleKey(key: string): key is BuiltInRoleKey {
  return Object.hasOwn(BUILT_IN_ROLES, key);
}

/** Suggested custom roles from the CRM requirements, offered as starting points. */
export const ROLE_TEMPLATES: Record<string, { name: string; permissions: Permission[] }> = {
  admin: {
    name: "Admin",
    permissions: ALL_PERMISSIONS.filter((p) => p !== "org.manage" && p !== "customers.privacy"),
  },
  sales: {
    name: "Sales",
    permissions: [
      "catalog.view",
      "inventory.view",
      "customers.view",
      "customers.manage",
      "orders.view",
      "orders.manage",
      "analytics.view",
    ],
  },
  support: {
    name: "Support",
    permissions: [
      "catalog.view",
      "customers.view",
      "customers.manage",
      "orders.view",
      "orders.refund",
    ],
  },
  marketing: {
    name: "Marketing",
    permissions: ["catalog.view", "customers.view", "analytics.view"],
  },
};

/** The permissions granted by a set of roles (union). */
export function permissionsOf(
  roles: readonly { key: string; builtIn: boolean; permissions: readonly string[] }[],
): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of roles) {
    const list =
      role.builtIn && isBuiltInRoleKey(role.key)
        ? BUILT_IN_ROLES[role.key].permissions
        : role.permissions;
    for (const p of list) if (isPermission(p)) granted.add(p);
  }
  return granted;
}
