import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";

/**
 * A browser talking to the real Auth.js route handlers (sign-in, magic-link callback, sign-out),
 * keeping its cookies as a browser would. `use()` makes it the browser of the "current request"
 * that server code (auth(), getCurrentSession) reads through the test's next/headers mock.
 */

export const BASE = "http://localhost:3000";

export type RequestHeadersState = { headers: Headers };

export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly current: RequestHeadersState,
    readonly userAgent: string,
    readonly ip: string,
  ) {}

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  requestHeaders(extra: Record<string, string> = {}) {
    return new Headers({
      host: "localhost:3000",
      "x-forwarded-proto": "http",
      cookie: this.cookieHeader(),
      "user-agent": this.userAgent,
      "x-forwarded-for": this.ip,
      ...extra,
    });
  }

  /** Makes this browser the one whose request server code is answering. */
  use() {
    this.current.headers = this.requestHeaders();
    return this;
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  async fetch(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    const method = init.method ?? (init.form ? "POST" : "GET");
    const body = init.form ? new URLSearchParams(init.form).toString() : undefined;
    // The handlers read the request's own headers; use() also makes them the current request's.
    this.use();
    const request = new NextRequest(new URL(url, BASE), {
      method,
      body,
      headers: this.requestHeaders(
        body ? { "content-type": "application/x-www-form-urlencoded" } : {},
      ),
    });
    const handle = method === "POST" ? handlers.POST : handlers.GET;
    return this.keep(await handle(request));
  }

  async csrfToken() {
    const response = await this.fetch("/api/auth/csrf");
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }

  /** The sign-in form's request: Auth.js's credentials callback. */
  async signInWithPassword(email: string, password: string) {
    const csrfToken = await this.csrfToken();
    await this.fetch("/api/auth/callback/credentials", {
      form: { email, password, csrfToken, callbackUrl: `${BASE}/` },
    });
    return this.sessionCookie();
  }

  /** Asks for a sign-in link; Auth.js emails it (a queued send-email job). */
  async requestMagicLink(email: string) {
    const csrfToken = await this.csrfToken();
    await this.fetch("/api/auth/signin/email", {
      form: { email, csrfToken, callbackUrl: `${BASE}/` },
    });
  }

  /** Follows an emailed sign-in link in this browser. */
  async followLink(url: string) {
    await this.fetch(url);
    return this.sessionCookie();
  }

  async signOut() {
    const csrfToken = await this.csrfToken();
    await this.fetch("/api/auth/signout", { form: { csrfToken, callbackUrl: `${BASE}/` } });
  }

  /** What /api/auth/session answers this browser. */
  async sessionEndpoint() {
    const response = await this.fetch("/api/auth/session");
    return (await response.json()) as { user?: { id?: string } } | null;
  }

  sessionCookie() {
    return this.cookies.get("authjs.session-token") ?? null;
  }

  /** A second browser holding a copy of this one's cookies (a stolen cookie). */
  copy(current: RequestHeadersState) {
    const thief = new Browser(current, this.userAgent, this.ip);
    for (const [name, value] of this.cookies) thief.cookies.set(name, value);
    return thief;
  }
}
