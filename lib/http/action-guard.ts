import "server-only";
import { env } from "@/lib/env";
import { isWellFormedActionBody, rowsOfForm } from "./action-body";
import { peerAddressFrom, trustedProxies } from "./client-ip";
import { problem } from "./problem";
import { readBoundedBody } from "./read-bounded-body";

/*
 * Server actions are decoded by Next.js before any of our code runs, and Next answers every
 * request it refuses there (a foreign Origin, a body over its limit, a body it cannot decode,
 * nesting deep enough to overflow its decoder) with a 500. The proxy calls this first, so
 * those requests get the 4xx they deserve and never reach the decoder.
 */

/** Matches `experimental.serverActions.bodySizeLimit` in next.config.mjs. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/** A POST that Next.js may treat as a server action: a fetch action, or a form posted to a page. */
function mayBeServerAction(request: Request, pathname: string): boolean {
  if (request.method !== "POST") return false;
  if (request.headers.has("next-action")) return true;
  if (pathname.startsWith("/api/")) return false;
  const type = request.headers.get("content-type") ?? "";
  return type.startsWith("multipart/form-data");
}

/**
 * The hosts a same-site request may name in Origin: the Host it was sent to, the public URL
 * (APP_URL, for a reverse proxy that rewrites Host), and X-Forwarded-Host only when the
 * connection comes from a trusted proxy (anyone else can write that header).
 */
function allowedHosts(request: Request): Set<string> {
  const hosts = new Set<string>();
  const host = request.headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  hosts.add(new URL(env.APP_URL).host.toLowerCase());
  const peer = peerAddressFrom(request.headers);
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded && peer && trustedProxies().has(peer)) hosts.add(forwarded.toLowerCase());
  return hosts;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** Whether a POST's Origin (when sent) names this site; browsers always send it on POST. */
export function isSameOriginPost(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true; // not a browser: it cannot carry a victim's cookies
  const host = originHost(origin);
  return host !== null && allowedHosts(request).has(host);
}

const MALFORMED = "The request could not be read. Reload the page and try again.";

/** Whether the body decodes as React's reply format: JSON rows, as text or as form fields. */
async function isDecodable(request: Request, body: Uint8Array): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), {
        headers: { "content-type": type },
      }).formData();
    } catch {
      return false;
    }
    const rows = rowsOfForm(form);
    return rows !== null && isWellFormedActionBody(rows);
  }
  if (!request.headers.has("next-action")) return true;
  const text = new TextDecoder("utf-8", { fatal: false }).decode(body);
  return isWellFormedActionBody(new Map([[0, text]]));
}

/**
 * Whether a path holds characters no page or record id has: a control character or a broken
 * UTF-8 sequence once decoded (a NUL in an id reaches PostgreSQL, which refuses it with an error).
 */
function isHostilePath(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return /[\u0000-\u001F\u007F]/.test(decoded) || !decoded.isWellFormed();
}

/**
 * A refusal for a request the app would otherwise answer with a 500: a path with characters no
 * address of ours has (400), then the server-action checks below.
 */
export async function refuseHostileRequest(
  request: Request,
  pathname: string,
): Promise<Response | null> {
  if (isHostilePath(pathname)) {
    return problem(400, "This address contains characters that cannot be part of a link.");
  }
  return refuseServerAction(request, pathname);
}

/**
 * A refusal for a server-action request Next.js would answer with a 500, or null to let it
 * through: 403 for a foreign Origin, 413 over MAX_ACTION_BODY_BYTES, 400 for a body that is
 * not well-formed (or nested deeper than any form of ours). Reads a clone of the body.
 */
export async function refuseServerAction(
  request: Request,
  pathname: string,
): Promise<Response | null> {
  if (!mayBeServerAction(request, pathname)) return null;
  if (!isSameOriginPost(request)) {
    return problem(403, "This form was sent from another site, so it was not accepted.");
  }
  const body = await readBoundedBody(request.clone(), MAX_ACTION_BODY_BYTES);
  if (body === null) {
    return problem(413, `The request is larger than ${MAX_ACTION_BODY_BYTES / 1024 / 1024} MB.`);
  }
  if (!(await isDecodable(request, body))) return problem(400, MALFORMED);
  return null;
}
