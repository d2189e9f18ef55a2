/**
 * A person using Backroom over HTTP, as the browser would: a cookie jar, page loads, route
 * calls and server-action calls (a POST to a page with the `next-action` header, the arguments
 * serialised as JSON — what React sends for plain objects).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

export type Sample = { kind: string; ms: number; ok: boolean; status: number; at: number };

/** Every measured request of the run, in the order they finished. */
export class Recorder {
  readonly samples: Sample[] = [];
  readonly failures: { kind: string; status: number; detail: string }[] = [];
  constructor(private readonly started = performance.now()) {}
  record(kind: string, ms: number, ok: boolean, status: number, detail = "") {
    this.samples.push({ kind, ms, ok, status, at: performance.now() - this.started });
    if (!ok && this.failures.length < 50) this.failures.push({ kind, status, detail });
  }
}

/** Action ids by exported name, from the production build's manifest. */
export function loadActionIds(root: string): Map<string, string> {
  const file = path.join(root, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    node: Record<string, { exportedName?: string; workers?: Record<string, unknown> }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName) ids.set(entry.exportedName, id);
  }
  return ids;
}

export class Person {
  private cookies = new Map<string, string>();
  constructor(
    readonly base: string,
    private readonly recorder: Recorder,
    private readonly actions: Map<string, string>,
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "")
        this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** One request, measured; `ok` decides what counts as success for this kind. */
  async request(
    kind: string,
    url: string,
    init: RequestInit = {},
    ok: (status: number, text: string) => boolean = (s) => s < 400,
  ): Promise<{ status: number; text: string; headers: Headers }> {
    const started = performance.now();
    let status = 0;
    let text = "";
    let headers = new Headers();
    try {
      const response = await fetch(new URL(url, this.base), {
        ...init,
        redirect: "manual",
        headers: { cookie: this.cookieHeader(), origin: this.base, ...init.headers },
      });
      this.keep(response);
      status = response.status;
      headers = response.headers;
      text = await response.text();
    } catch (error) {
      text = error instanceof Error ? error.message : String(error);
    }
    const good = status > 0 && status < 500 && ok(status, text);
    this.recorder.record(
      kind,
      performance.now() - started,
      good,
      status,
      good ? "" : text.slice(0, 300),
    );
    return { status, text, headers };
  }

  /** Signs in with Auth.js's credentials endpoint, as the sign-in form does. */
  async signIn(email: string, password: string, kind = "sign-in"): Promise<boolean> {
    const csrf = await this.request("csrf", "/api/auth/csrf");
    const { csrfToken } = JSON.parse(csrf.text || "{}") as { csrfToken?: string };
    const body = new URLSearchParams({
      csrfToken: csrfToken ?? "",
      email,
      password,
      redirect: "false",
    });
    const result = await this.request(
      kind,
      "/api/auth/callback/credentials",
      { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } },
      (status, text) => status < 400 && !/error=/.test(text),
    );
    return result.status < 400 && [...this.cookies.keys()].some((k) => k.includes("session-token"));
  }

  /** Calls a server action by its exported name; success means `{ ok: true }` came back. */
  async action(
    kind: string,
    page: string,
    name: string,
    input: unknown,
    accept: (text: string) => boolean = (text) => text.includes('"ok":true'),
  ) {
    const id = this.actions.get(name);
    if (!id) throw new Error(`No server action named ${name} in the build`);
    return this.request(
      kind,
      page,
      {
        method: "POST",
        body: JSON.stringify([input]),
        headers: {
          "next-action": id,
          accept: "text/x-component",
          "content-type": "text/plain;charset=UTF-8",
        },
      },
      (status, text) => status < 400 && accept(text),
    );
  }
}
