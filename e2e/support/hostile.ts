import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Generated hostile input for the fuzz spec: a seeded PRNG (so a failure replays exactly), values
 * encoded as React's server-action reply format, and the list of actions and routes of the
 * build under test.
 */

/** mulberry32: small, fast and good enough to pick test values deterministically. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}
export type Prng = ReturnType<typeof prng>;

export function nested(depth: number, leaf: unknown = "x"): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { a: [value] };
  return value;
}

/** JSON nested `depth` levels deep, written as text (JSON.stringify itself would overflow). */
export function deepJson(depth: number): string {
  return `${'{"a":['.repeat(depth)}1${"]}".repeat(depth)}`;
}

/**
 * Values as they appear in a reply row: JSON, where React's own "$" tags stand for NaN, ±∞,
 * BigInt and Date, and a string that starts with "$" is escaped as "$$".
 */
export const HOSTILE_VALUES: readonly unknown[] = [
  "\u0000",
  "Mug\u0000 with a NUL",
  "bell\u0007 and escape\u001b",
  "lone \uD800 surrogate",
  "\uDFFF",
  "x".repeat(100_000),
  "😀".repeat(2_000),
  "",
  "   ",
  "$NaN",
  "$Infinity",
  "$-Infinity",
  "$-0",
  `$n${"9".repeat(40)}`,
  "$D0000-01-01T00:00:00.000Z",
  "$D-003809-05-01T00:00:00.000Z",
  "$Dnot a date",
  "0000-01-01",
  "-3809-05-01",
  "0000-01-01T00:00:00Z",
  "+275760-09-13T00:00:00.000Z",
  "2026-02-31",
  "9999-12-31T23:59:59Z",
  "$$1",
  1e308,
  -1e308,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1.5,
  -1,
  0,
  null,
  true,
  [],
  ["a", "b"],
  [[["deep"]]],
  {},
  { $gt: "" },
  JSON.parse('{"__proto__":{"admin":true}}'),
  nested(20),
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  '=HYPERLINK("http://evil.example")',
  "\u202Eevil",
  "%00",
  "cm0000000000000000000000",
];

/** Field names the app's input schemas use, so hostile values land on real fields. */
export const FIELD_NAMES = (
  "name email password confirmPassword token code notes note description reason summary sku " +
  "barcode price cost quantity counted discount amount unitCost leadTimeDays reorderPoint " +
  "reorderQty safetyStock occurredAt countedAt expectedAt channel status currency timezone " +
  "address phone q limit ids id orgId runId roleId roleIds membershipId invitationId " +
  "productId variantId variantIds locationId fromLocationId toLocationId customerId orderId " +
  "orderLineId purchaseOrderId supplierId categoryId sheetSourceId sheetUrl schedule kind " +
  "mapping encoding delimiter headerRow permissions optionNames optionValues tags firstName " +
  "lastName company country carrier trackingNumber trackingUrl refund restock autoCommit next " +
  "allowBackorder"
).split(" ");

/** An object whose every field is a hostile value, plus nested lines like the forms send. */
export function hostileObject(rng: Prng): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const field of FIELD_NAMES) object[field] = rng.pick(HOSTILE_VALUES);
  const line = () => ({
    variantId: rng.pick(HOSTILE_VALUES),
    orderLineId: rng.pick(HOSTILE_VALUES),
    lineId: rng.pick(HOSTILE_VALUES),
    quantity: rng.pick(HOSTILE_VALUES),
    counted: rng.pick(HOSTILE_VALUES),
    unitCost: rng.pick(HOSTILE_VALUES),
    discount: rng.pick(HOSTILE_VALUES),
  });
  object.lines = [line(), line()];
  object.variants = [
    {
      sku: rng.pick(HOSTILE_VALUES),
      price: rng.pick(HOSTILE_VALUES),
      cost: rng.pick(HOSTILE_VALUES),
      optionValues: [rng.pick(HOSTILE_VALUES)],
    },
  ];
  object.addresses = [{ line1: rng.pick(HOSTILE_VALUES), country: rng.pick(HOSTILE_VALUES) }];
  return object;
}

/** A server action of the build: its id, where it is defined, and a page that can run it. */
export type BuiltAction = { id: string; name: string; url: string };

/** "app/(app)/customers/[id]/edit/page" → "/customers/fuzz/edit". */
function pagePath(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (/^\[.*\]$/.test(s) ? "fuzz" : s));
  return `/${segments.join("/")}`;
}

/** Every server action in `.next/server/server-reference-manifest.json`. */
export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(
    readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<
      string,
      { workers: Record<string, unknown>; filename?: string; exportedName?: string }
    >;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const workers = Object.keys(entry.workers).filter((w) => w.endsWith("/page"));
    // The page with the fewest dynamic segments, so the URL names a real route.
    workers.sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0));
    const worker = workers[0] ?? Object.keys(entry.workers)[0] ?? "app/page";
    return {
      id,
      name: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}`,
      url: pagePath(worker),
    };
  });
}

/** A route handler (or page) file under app/ and the HTTP methods it exports. */
export type RouteFile = { path: string; methods: string[] };

/**
 * Route handlers under `dir` ("app/(app)/orders/export/route.ts" → "/orders/export"), or pages
 * with `file` "page.tsx" (method GET). Dynamic segments ("[id]") stay for the caller to fill.
 */
export function routeFiles(dir = "app", file = "route.ts"): RouteFile[] {
  const found: RouteFile[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...routeFiles(full, file));
    else if (entry === file) {
      const source = readFileSync(full, "utf8");
      const methods = new Set<string>(file === "page.tsx" ? ["GET"] : []);
      for (const m of source.matchAll(
        /export (?:const|async function|function) (\{[^}]*\}|\w+)/g,
      )) {
        for (const name of m[1]!.replace(/[{}]/g, "").split(",")) {
          const method = name.trim();
          if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(method)) methods.add(method);
        }
      }
      const route = full
        .replace(/^app/, "")
        .replace(new RegExp(`/${file.replace(".", "\\.")}$`), "")
        .split("/")
        .filter((s) => !/^\(.*\)$/.test(s))
        .join("/");
      found.push({ path: route || "/", methods: [...methods] });
    }
  }
  return found;
}

/** Query values that have broken list pages and exports elsewhere (already URL-encoded). */
export const HOSTILE_QUERY_VALUES = [
  "%00",
  "a%00b",
  "%ED%A0%80",
  "%FF%FE",
  "0000-01-01",
  "-3809-05-01",
  "2026-02-31",
  "1e309",
  "NaN",
  "-1",
  "99999999999999999999",
  "__proto__",
  "%5B%5D",
  "x".repeat(8_000),
  "%25",
  "%27%20OR%201%3D1",
] as const;

export const QUERY_KEYS = (
  "q page pageSize sort dir from to status kind location category supplier customer tag spend " +
  "consent cursor entity actor outcome variant type stock payment channel lastOrderFrom " +
  "lastOrderBefore name"
).split(" ");
