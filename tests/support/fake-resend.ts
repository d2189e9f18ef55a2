import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

/**
 * A stand-in for Resend's HTTP API: point the SDK at it with RESEND_BASE_URL. It
 * records `POST /emails` and exposes what it received on `/__emails`, so a
 * Playwright test in another process can read the magic link a user was sent.
 *
 * Run on its own: node --import tsx tests/support/fake-resend.ts --port 4010
 */

export interface SentEmail {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string | null;
  text: string | null;
  idempotencyKey: string | null;
  createdAt: string;
  /** The request body as Resend received it (cc, bcc, reply_to, headers, tags …). */
  body: Record<string, unknown>;
}

export interface FakeResendError {
  statusCode: number;
  name: string;
  message: string;
}

export interface FakeResend {
  url: string;
  port: number;
  emails(): SentEmail[];
  clear(): void;
  /** Answer the next `POST /emails` with this error instead of accepting it. */
  failNext(error?: Partial<FakeResendError>): void;
  stop(): Promise<void>;
}

export async function startFakeResend({ port = 0 }: { port?: number } = {}): Promise<FakeResend> {
  let sent: SentEmail[] = [];
  let nextFailure: FakeResendError | undefined;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      reply(res, 500, { statusCode: 500, name: "internal_server_error", message: String(err) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://fake-resend");

    if (url.pathname === "/__emails" && req.method === "GET") {
      const to = url.searchParams.get("to");
      const list = to ? sent.filter((e) => e.to.some((r) => sameAddress(r, to))) : sent;
      return reply(res, 200, list);
    }
    if (url.pathname === "/__emails" && req.method === "DELETE") {
      sent = [];
      return reply(res, 204);
    }
    if (url.pathname !== "/emails" || req.method !== "POST") {
      return reply(res, 404, { statusCode: 404, name: "not_found", message: "Route not found" });
    }

    if (!req.headers.authorization?.startsWith("Bearer ")) {
      return reply(res, 401, {
        statusCode: 401,
        name: "missing_api_key",
        message: "Missing API key",
      });
    }
    if (nextFailure) {
      const failure = nextFailure;
      nextFailure = undefined;
      return reply(res, failure.statusCode, failure);
    }

    const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    const to =
      typeof body.to === "string" ? [body.to] : Array.isArray(body.to) ? body.to.map(String) : [];
    const missing = ["from", "subject"].find((field) => typeof body[field] !== "string");
    if (missing || to.length === 0) {
      const message = `The \`${missing ?? "to"}\` field is missing.`;
      return reply(res, 422, { statusCode: 422, name: "missing_required_field", message });
    }

    const idempotencyKey = headerValue(req.headers["idempotency-key"]);
    const earlier = idempotencyKey
      ? sent.find((e) => e.idempotencyKey === idempotencyKey)
      : undefined;
    if (earlier) return reply(res, 200, { id: earlier.id });

    const email: SentEmail = {
      id: randomUUID(),
      from: body.from as string,
      to,
      subject: body.subject as string,
      html: typeof body.html === "string" ? body.html : null,
      text: typeof body.text === "string" ? body.text : null,
      idempotencyKey,
      createdAt: new Date().toISOString(),
      body,
    };
    sent.push(email);
    return reply(res, 200, { id: email.id });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    emails: () => [...sent],
    clear: () => {
      sent = [];
    },
    failNext: (error = {}) => {
      nextFailure = {
        statusCode: error.statusCode ?? 500,
        name: error.name ?? "internal_server_error",
        message: error.message ?? "Fake Resend was told to fail this request",
      };
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function reply(res: ServerResponse, status: number, body?: unknown) {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** "Ann <ann@x.test>" and "ANN@x.test" are the same recipient. */
function sameAddress(a: string, b: string): boolean {
  const bare = (s: string) => (/<([^>]+)>/.exec(s)?.[1] ?? s).trim().toLowerCase();
  return bare(a) === bare(b);
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { port: { type: "string", default: "4010" } } });
  const fake = await startFakeResend({ port: Number(values.port) });
  console.log(`Fake Resend listening on ${fake.url}`);
  const shutdown = () => void fake.stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
