/**
 * Reads the emails the app sent through the fake Resend server that e2e/global-setup.ts starts
 * (its URL arrives in process.env.FAKE_RESEND_URL).
 *
 *   const mail = await waitForEmail({ to: "ann@example.test", subject: /sign in/i });
 *   await page.goto(mail.links[0]);
 */

export type ReceivedEmail = {
  id?: string;
  /** ISO time the fake received it. */
  createdAt?: string;
  to: string[];
  from?: string;
  subject: string;
  html: string;
  text: string;
  /** Every distinct http(s) link in the email: hrefs from the HTML, then URLs in the text. */
  links: string[];
};

type RawEmail = {
  id?: string;
  createdAt?: string;
  to?: string | string[];
  from?: string;
  subject?: string;
  html?: string;
  text?: string;
  [key: string]: unknown;
};

function baseUrl(): string {
  const url = process.env.FAKE_RESEND_URL;
  if (!url) {
    throw new Error(
      "FAKE_RESEND_URL is not set: e2e/global-setup.ts sets it when tests/support/fake-resend.ts exists",
    );
  }
  return url.replace(/\/+$/, "");
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

export function extractLinks(html: string, text: string): string[] {
  const links: string[] = [];
  for (const m of html.matchAll(/href\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    links.push(decodeEntities(m[1] ?? m[2] ?? ""));
  }
  for (const m of text.matchAll(/https?:\/\/[^\s<>"'\])]+/g)) links.push(m[0]);
  return [...new Set(links.filter((l) => /^https?:\/\//i.test(l)))];
}

function normalise(raw: RawEmail): ReceivedEmail {
  const to = Array.isArray(raw.to) ? raw.to : raw.to ? [raw.to] : [];
  const html = typeof raw.html === "string" ? raw.html : "";
  const text = typeof raw.text === "string" ? raw.text : "";
  return {
    id: raw.id,
    createdAt: raw.createdAt,
    to: to.map(String),
    from: raw.from,
    subject: raw.subject ?? "",
    html,
    text,
    links: extractLinks(html, text),
  };
}

/** Matches "ann@x.test" against "Ann <ann@x.test>" too. */
function addressMatches(candidate: string, wanted: string): boolean {
  const address = /<([^>]+)>/.exec(candidate)?.[1] ?? candidate;
  return address.trim().toLowerCase() === wanted.trim().toLowerCase();
}

/** All recorded emails (oldest first), optionally only those to one address. */
export async function listEmails(to?: string): Promise<ReceivedEmail[]> {
  const query = to ? `?to=${encodeURIComponent(to)}` : "";
  const res = await fetch(`${baseUrl()}/__emails${query}`);
  if (!res.ok) throw new Error(`GET /__emails answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as unknown;
  const list = Array.isArray(body)
    ? body
    : ((body as { emails?: unknown; data?: unknown }).emails ??
      (body as { data?: unknown }).data ??
      []);
  const emails = (list as RawEmail[]).map(normalise);
  return to ? emails.filter((e) => e.to.some((t) => addressMatches(t, to))) : emails;
}

/** Forgets every recorded email (all workers share the fake: prefer unique addresses). */
export async function clearEmails(): Promise<void> {
  const res = await fetch(`${baseUrl()}/__emails`, { method: "DELETE" });
  if (!res.ok) throw new Error(`DELETE /__emails answered ${res.status}`);
}

/**
 * Polls the fake until an email to `to` (and with a matching subject, if given) arrives, and
 * returns the newest such email. Throws after `timeout` ms, listing what did arrive.
 */
export async function waitForEmail({
  to,
  subject,
  timeout = 15_000,
  interval = 250,
}: {
  to: string;
  subject?: string | RegExp;
  timeout?: number;
  interval?: number;
}): Promise<ReceivedEmail> {
  const matchesSubject = (s: string) =>
    subject === undefined ||
    (typeof subject === "string"
      ? s.toLowerCase().includes(subject.toLowerCase())
      : subject.test(s));
  const deadline = Date.now() + timeout;
  let seen: ReceivedEmail[] = [];
  for (;;) {
    seen = await listEmails(to);
    const match = seen.filter((e) => matchesSubject(e.subject)).at(-1);
    if (match) return match;
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, interval));
  }
  const subjects = seen.map((e) => JSON.stringify(e.subject)).join(", ") || "none";
  throw new Error(
    `no email to ${to}${subject ? ` with subject ${String(subject)}` : ""} within ${timeout} ms ` +
      `(emails to that address: ${subjects})`,
  );
}
