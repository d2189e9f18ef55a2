import { gzipSync } from "node:zlib";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { signInOverHttp } from "../support/http";
import {
  builtActions,
  deepJson,
  HOSTILE_QUERY_VALUES,
  HOSTILE_VALUES,
  hostileObject,
  prng,
  QUERY_KEYS,
  routeFiles,
  type BuiltAction,
} from "../support/hostile";

/**
 * Hostile input to every server action and route handler of the build, signed in as the demo
 * owner: no answer may be a 5xx, nor a 200 carrying a server error (an action's "internal"
 * result, or an error row in the RSC payload). Seeded, so a failure replays exactly.
 */

const SEED = 20261204;
const STACK_FRAME = /\bat .+:\d+:\d+/;
/** An error thrown inside an action appears in the flight payload as `<row>:E{…}`. */
const FLIGHT_ERROR = /(^|\n)[0-9a-f]+:E\{/;

/** A render error in a page's HTML: an error digest (404/403 use NEXT_… ones), or app/error.tsx. */
const PAGE_ERROR =
  /next-error-digest="(?!NEXT_)|E\{\\?"digest\\?":\\?"(?!NEXT_)|couldn(&#x27;|')t load this page/;

type Finding = { what: string; status: number; body: string };

async function judge(
  findings: Finding[],
  what: string,
  response: APIResponse,
  { html = false } = {},
) {
  const status = response.status();
  const body = await response.text();
  // A page's HTML carries scripts whose text can look like a stack frame; what a server error
  // shows there is the status or the error boundary (app/error.tsx).
  const serverError =
    status >= 500 ||
    (html
      ? PAGE_ERROR.test(body)
      : STACK_FRAME.test(body) ||
        (status === 200 && (body.includes('"code":"internal"') || FLIGHT_ERROR.test(body))));
  if (serverError) findings.push({ what, status, body: body.slice(0, 300) });
  return { status, body };
}

function report(findings: Finding[]) {
  return findings.map((f) => `${f.status} ${f.what}\n    ${f.body.replace(/\n/g, " ")}`).join("\n");
}

const ACTION_HEADERS = {
  accept: "text/x-component",
  "content-type": "text/plain;charset=UTF-8",
};

function callAction(
  request: APIRequestContext,
  action: BuiltAction,
  body: string | Buffer,
  headers: Record<string, string> = {},
) {
  return request.post(action.url, {
    headers: { ...ACTION_HEADERS, "next-action": action.id, ...headers },
    data: body,
    maxRedirects: 0,
    timeout: 30_000,
  });
}

test.describe.configure({ mode: "serial" });

test.describe("hostile input", () => {
  let request: APIRequestContext;
  let actions: BuiltAction[];

  test.beforeAll(async ({ playwright, baseURL }) => {
    request = await playwright.request.newContext({ baseURL });
    await signInOverHttp(request, DEMO_ACCOUNTS.owner.email, DEMO_ACCOUNTS.owner.password);
    // Actions that end the session run last (and their test last), so the rest run signed in.
    // Inline actions ("$$RSC_SERVER_ACTION_n") are the layout's sign-out and organisation switch.
    const endsSession = (a: BuiltAction) => /signOut|RSC_SERVER_ACTION/i.test(a.name);
    actions = builtActions().sort((a, b) => Number(endsSession(a)) - Number(endsSession(b)));
    expect(actions.length, "server actions in the build").toBeGreaterThan(40);
  });
  test.afterAll(async () => request.dispose());

  test("request bodies Next.js cannot decode answer 4xx", async () => {
    test.setTimeout(120_000);
    const rng = prng(SEED + 1);
    const findings: Finding[] = [];
    const sample = Array.from({ length: 6 }, () => rng.pick(actions));
    const oversized = JSON.stringify([{ name: "x".repeat(2 * 1024 * 1024) }]);
    const bodies: [string, string | Buffer, Record<string, string>?][] = [
      ["malformed JSON", '[{"name": "a"', undefined],
      ["not an array", '"just a string"', undefined],
      ["an object root", '{"name":"x"}', undefined],
      ["10,000 levels deep", `[${deepJson(10_000)}]`, undefined],
      ["a reference to no row", '["$1"]', undefined],
      ["a promise that never resolves", '["$@7"]', undefined],
      ["a malformed BigInt", '["$nabc"]', undefined],
      ["another action as argument", '["$h1"]', undefined],
      ["2 MB", oversized, undefined],
      ["invalid UTF-8", Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]), undefined],
      ["form-encoded", "name=x&email=y", { "content-type": "application/x-www-form-urlencoded" }],
      ["JSON content type", "[{}]", { "content-type": "application/json" }],
      [
        "multipart, broken",
        '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]',
        { "content-type": "multipart/form-data; boundary=b" },
      ],
      [
        "multipart, missing row",
        '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$2"]\r\n--b--\r\n',
        { "content-type": "multipart/form-data; boundary=b" },
      ],
    ];
    for (const action of sample) {
      for (const [label, body, headers] of bodies) {
        const { status } = await judge(
          findings,
          `${action.name} with ${label}`,
          await callAction(request, action, body, headers ?? {}),
        );
        if (label.startsWith("2 MB")) expect(status, `${label} to ${action.name}`).toBe(413);
      }
    }
    const unknown = await callAction(request, { ...actions[0]!, id: "00".repeat(21) }, "[]");
    await judge(findings, "an unknown action id", unknown);
    expect(findings, report(findings)).toEqual([]);
  });

  test("a server action sent from another site answers 403", async () => {
    const action = actions.find((a) => /createCategoryAction/.test(a.name)) ?? actions[0]!;
    for (const origin of [
      "https://evil.example",
      "null",
      "http://localhost.evil.example",
      "not a url",
    ]) {
      const response = await callAction(request, action, '[{"name":"Cross-site"}]', { origin });
      expect(response.status(), `Origin: ${origin}`).toBe(403);
    }
    const forged = await callAction(request, action, '[{"name":"Cross-site"}]', {
      origin: "https://evil.example",
      "x-forwarded-host": "evil.example",
    });
    expect(forged.status(), "a client's own X-Forwarded-Host is not believed").toBe(403);
  });

  test("every route handler refuses hostile queries, segments and bodies", async () => {
    test.setTimeout(120_000);
    const rng = prng(SEED + 2);
    const findings: Finding[] = [];
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThan(10);
    const segments = [
      "%00",
      "..%2F..",
      "%ED%A0%80",
      "x".repeat(300),
      "cm0000000000000000000000",
      "sales",
    ];
    for (const route of routes) {
      for (let i = 0; i < 4; i++) {
        const path = route.path.replace(/\[\.{0,3}[^\]]+\]/g, () => rng.pick(segments));
        const query = Array.from(
          { length: 4 },
          () => `${rng.pick(QUERY_KEYS)}=${rng.pick(HOSTILE_QUERY_VALUES)}`,
        ).join("&");
        const url = `${path}?${query}`;
        for (const method of route.methods) {
          // Auth.js's POST endpoints count sign-in attempts per IP; its GETs are fuzzed.
          if (method !== "GET" && route.path.startsWith("/api/auth")) continue;
          const data = rng.pick([
            JSON.stringify(hostileObject(rng)),
            "{",
            deepJson(10_000),
            "\u0000",
          ]);
          const response = await request.fetch(url, {
            method,
            data: method === "GET" ? undefined : data,
            headers: method === "GET" ? {} : { "content-type": "application/json" },
            maxRedirects: 0,
          });
          await judge(findings, `${method} ${url.slice(0, 160)}`, response);
        }
        const other = route.methods.includes("POST") ? "DELETE" : "POST";
        if (!route.path.startsWith("/api/auth")) {
          await judge(
            findings,
            `${other} ${path}`,
            await request.fetch(path, { method: other, data: "{}" }),
          );
        }
      }
    }
    expect(findings, report(findings)).toEqual([]);
  });

  test("every page refuses hostile segments and queries", async () => {
    test.setTimeout(120_000);
    const rng = prng(SEED + 3);
    const findings: Finding[] = [];
    const pages = routeFiles("app", "page.tsx");
    expect(pages.length).toBeGreaterThan(20);
    const segments = ["%00", "%ED%A0%80", "x".repeat(300), "cm0000000000000000000000"];
    for (const page of pages) {
      for (let i = 0; i < 2; i++) {
        const path = page.path.replace(/\[\.{0,3}[^\]]+\]/g, () => rng.pick(segments));
        const query = Array.from(
          { length: 4 },
          () => `${rng.pick(QUERY_KEYS)}=${rng.pick(HOSTILE_QUERY_VALUES)}`,
        ).join("&");
        const url = `${path}?${query}`;
        await judge(
          findings,
          `GET ${url.slice(0, 160)}`,
          await request.get(url, { maxRedirects: 0 }),
          {
            html: true,
          },
        );
      }
    }
    expect(findings, report(findings)).toEqual([]);
  });

  test("pathological import files are refused with the reason", async () => {
    test.setTimeout(120_000);
    const findings: Finding[] = [];
    const upload = (name: string, body: Buffer | string, kind = "sales") =>
      request.post(`/api/imports?kind=${kind}&name=${encodeURIComponent(name)}`, {
        headers: { "content-type": "text/csv" },
        data: body,
      });
    const refused: [string, Buffer | string, RegExp][] = [
      [
        "bomb.csv.gz",
        gzipSync(Buffer.alloc(20 * 1024 * 1024)),
        /compressed file \(gzip\)\. Unzip it/,
      ],
      [
        "sales.zip",
        Buffer.concat([Buffer.from("PK\u0003\u0004\u0014\u0000\u0000\u0000"), Buffer.alloc(200)]),
        /compressed file \(zip\)/,
      ],
      [
        "sales.7z",
        Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4, 1, 2]),
        /compressed file \(7z\)/,
      ],
      [
        "sales.csv.bz2",
        Buffer.from("BZh91AY&SY\u0000\u0001\u0002\u0003"),
        /compressed file \(bzip2\)/,
      ],
      [
        "wide.csv",
        `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(",")}\n1,2\n`,
        /columns; Backroom reads at most 500\./,
      ],
      ["endless.csv", "x".repeat(3 * 1024 * 1024), /^Line 1 is longer than 64 KB/],
      [
        "random.bin",
        Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 256)),
        /not text/,
      ],
      ["empty.csv", "", /empty/],
      ["bom.csv", "\uFEFF", /no rows/],
    ];
    for (const [name, body, reason] of refused) {
      const { status, body: text } = await judge(
        findings,
        `upload ${name}`,
        await upload(name, body),
      );
      expect(status, name).toBe(400);
      expect((JSON.parse(text) as { detail: string }).detail, name).toMatch(reason);
    }
    const hostileName = await upload("a\u0000b.csv", "sku,quantity\nA,1\n");
    expect(hostileName.status()).toBe(400);

    // A long second line uploads (the header is fine) but cannot be read: the import page says why.
    const longLine = await upload(
      "long-line.csv",
      `sku,quantity\n${"y".repeat(2 * 1024 * 1024)}\nA,1\n`,
    );
    expect(longLine.status()).toBe(201);
    const { id } = (await longLine.json()) as { id: string };
    const page = await judge(
      findings,
      "the import page of an unreadable file",
      await request.get(`/imports/${id}`),
      { html: true },
    );
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/This file can(&#x27;|')t be read/);
    expect(page.body).toMatch(/Line 2 holds a row longer than 1 MB/);
    expect(findings, report(findings)).toEqual([]);
  });
  test("every server action refuses hostile values without a server error", async () => {
    test.setTimeout(120_000);
    const rng = prng(SEED);
    const findings: Finding[] = [];
    let calls = 0;
    for (const action of actions) {
      const payloads = [
        [],
        [hostileObject(rng)],
        [rng.pick(HOSTILE_VALUES)],
        ["$undefined", hostileObject(rng)],
      ];
      for (const args of payloads) {
        calls++;
        await judge(
          findings,
          `${action.name} ${JSON.stringify(args).slice(0, 120)}`,
          await callAction(request, action, JSON.stringify(args)),
        );
      }
    }
    expect(calls).toBeGreaterThan(160);
    expect(findings, report(findings)).toEqual([]);
  });
});
