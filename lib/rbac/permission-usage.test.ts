import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, isPermission } from "./permissions";

/**
 * Every permission an owner can grant must change what someone can do. This walks the
 * source and collects every place that requires a permission: an action's or route's
 * declaration, a page's requireOrg, a page-section gate or marker, a direct check.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIRS = ["app", "lib", "inngest", "components"];
const SKIP = /(\.test\.tsx?$)|(^lib\/generated\/)|(^lib\/rbac\/permissions\.ts$)/;

const REQUIREMENTS: RegExp[] = [
  /\bpermission:\s*"([a-z_]+\.[a-z_]+)"/g, // defineAction / defineRoute
  /\brequireOrg\(\s*"([a-z_]+\.[a-z_]+)"/g, // pages
  /\bpermission="([a-z_]+\.[a-z_]+)"/g, // <RequiresPermission permission="…">
  /\bdata-requires="([a-z_]+\.[a-z_]+)"/g, // sections marked by hand (table columns)
  /\bpermissions\.has\(\s*"([a-z_]+\.[a-z_]+)"/g,
  /\bassertPermission\([^,()]+,\s*"([a-z_]+\.[a-z_]+)"/g,
  /\bcan\(\s*"([a-z_]+\.[a-z_]+)"/g, // the app layout's navigation
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.tsx?$/.test(entry.name) && !SKIP.test(rel)) out.push(rel);
  }
  return out;
}

function requirements() {
  const found = new Map<string, string[]>();
  for (const file of DIRS.flatMap(sourceFiles)) {
    const text = readFileSync(path.join(ROOT, file), "utf8");
    for (const pattern of REQUIREMENTS) {
      for (const match of text.matchAll(pattern)) {
        const permission = match[1] ?? "";
        found.set(permission, [...(found.get(permission) ?? []), file]);
      }
    }
  }
  return found;
}

describe("permissions", () => {
  const found = requirements();

  it.each(ALL_PERMISSIONS)("%s is required by some code", (permission) => {
    expect(found.get(permission) ?? [], `nothing requires ${permission}`).not.toEqual([]);
  });

  it("requires only permissions that exist", () => {
    const unknown = [...found.keys()].filter((p) => !isPermission(p));
    expect(unknown).toEqual([]);
  });
});
