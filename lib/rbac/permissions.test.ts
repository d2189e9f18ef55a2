import { describe, expect, it } from "vitest";
import {
  ALL_PERMISSIONS,
  BUILT_IN_ROLES,
  isPermission,
  PERMISSIONS,
  permissionsOf,
  ROLE_TEMPLATES,
  type Permission,
} from "./permissions";

const owner = { key: "owner", builtIn: true, permissions: [] as string[] };
const manager = { key: "manager", builtIn: true, permissions: [] as string[] };
const custom = (permissions: string[], key = "custom-x") => ({ key, builtIn: false, permissions });

describe("built-in roles", () => {
  it("gives the owner every permission", () => {
    expect(new Set(BUILT_IN_ROLES.owner.permissions)).toEqual(new Set(Object.keys(PERMISSIONS)));
    expect(permissionsOf([owner])).toEqual(new Set(ALL_PERMISSIONS));
  });

  it("keeps the keys to the organisation away from managers", () => {
    const granted = permissionsOf([manager]);
    for (const p of ["roles.manage", "team.manage", "org.manage"] as const) {
      expect(granted.has(p), p).toBe(false);
    }
    // …while letting them run the floor.
    for (const p of [
      "inventory.adjust",
      "orders.manage",
      "customers.manage",
      "imports.run",
      "team.view",
    ] as const) {
      expect(granted.has(p), p).toBe(true);
    }
  });

  it("gives managers a strict subset of the owner's permissions", () => {
    const managerSet = new Set(BUILT_IN_ROLES.manager.permissions);
    expect(managerSet.size).toBeLessThan(ALL_PERMISSIONS.length);
    for (const p of managerSet) expect(ALL_PERMISSIONS).toContain(p);
  });

  it("only uses known permissions in role templates", () => {
    for (const template of Object.values(ROLE_TEMPLATES)) {
      for (const p of template.permissions) expect(isPermission(p), p).toBe(true);
    }
  });
});

describe("permissionsOf", () => {
  it("is empty for no roles", () => {
    expect(permissionsOf([])).toEqual(new Set());
  });

  it("unions the permissions of several roles", () => {
    const granted = permissionsOf([
      custom(["catalog.view", "orders.view"], "custom-a"),
      custom(["orders.view", "customers.manage"], "custom-b"),
    ]);
    expect(granted).toEqual(
      new Set<Permission>(["catalog.view", "orders.view", "customers.manage"]),
    );
  });

  it("unions a built-in role with custom ones", () => {
    const granted = permissionsOf([manager, custom(["team.manage"])]);
    expect(granted).toEqual(
      new Set<Permission>([...BUILT_IN_ROLES.manager.permissions, "team.manage"]),
    );
  });

  it("takes built-in roles' permissions from code, ignoring what the database stores", () => {
    // A tampered or stale row must neither widen nor narrow a built-in role.
    expect(
      permissionsOf([
        { key: "manager", builtIn: true, permissions: ["org.manage", "roles.manage"] },
      ]),
    ).toEqual(new Set(BUILT_IN_ROLES.manager.permissions));
    expect(permissionsOf([{ key: "owner", builtIn: true, permissions: ["catalog.view"] }])).toEqual(
      new Set(ALL_PERMISSIONS),
    );
  });

  it("treats a custom role that reuses a built-in key as custom", () => {
    expect(
      permissionsOf([{ key: "owner", builtIn: false, permissions: ["catalog.view"] }]),
    ).toEqual(new Set(["catalog.view"]));
  });

  it("grants nothing for a built-in flag on an unknown key beyond its stored, known permissions", () => {
    expect(
      permissionsOf([
        { key: "superuser", builtIn: true, permissions: ["catalog.view", "everything"] },
      ]),
    ).toEqual(new Set(["catalog.view"]));
  });

  it("ignores unknown permission strings", () => {
    const granted = permissionsOf([
      custom(["catalog.view", "catalog.delete", "*", "", "ORDERS.VIEW", "__proto__", "toString"]),
    ]);
    expect(granted).toEqual(new Set(["catalog.view"]));
  });
});
