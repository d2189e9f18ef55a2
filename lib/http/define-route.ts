import "server-only";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { getTwoFactorHold } from "@/lib/auth/two-factor/gate";
import { UserError } from "@/lib/errors";
import { getOrgContext, type OrgContext } from "@/lib/organizations/active-organization";
import type { Access } from "@/lib/actions/define-action";
import { findInputProblem, parseBoundedJson } from "@/lib/validation/input-shape";
import { problem, problemFrom } from "./problem";
import { readBoundedBody } from "./read-bounded-body";

type RouteContext<A extends Access> = A extends "public"
  ? { request: Request }
  : A extends "authenticated"
    ? { request: Request; user: CurrentUser }
    : { request: Request } & OrgContext;

type RouteConfig<S extends z.ZodType, A extends Access> = {
  permission: A;
  /**
   * Validates the query string (GET/HEAD/DELETE) or the JSON body (other methods), together with
   * the route's dynamic segments (`[id]` → `id`).
   */
  input: S;
  /**
   * "query" reads the input from the query string whatever the method, and leaves the body
   * unread for the handler to stream (file uploads).
   */
  inputFrom?: "query";
  handler: (input: z.output<S>, ctx: RouteContext<A>) => Promise<Response>;
};

/** What Next.js passes a route handler beside the request: its dynamic segments. */
type SegmentContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** Largest JSON body a route reads; file uploads stream their bodies and are not bound by it. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

class BodyTooLargeError extends Error {}

async function readInput(request: Request, from?: "query"): Promise<unknown> {
  if (
    from === "query" ||
    request.method === "GET" ||
    request.method === "HEAD" ||
    request.method === "DELETE"
  ) {
    return Object.fromEntries(new URL(request.url).searchParams);
  }
  if (!request.headers.get("content-type")?.includes("application/json")) {
    throw new UserError("Send a JSON body with content-type application/json.");
  }
  const text = await readBoundedText(request, MAX_JSON_BODY_BYTES);
  try {
    return parseBoundedJson(text);
  } catch (error) {
    if (error instanceof RangeError) throw new UserError(error.message);
    throw new UserError("The request body is not valid JSON.");
  }
}

/** The body as UTF-8 text, refused as soon as it passes `limit` bytes. */
async function readBoundedText(request: Request, limit: number): Promise<string> {
  const body = await readBoundedBody(request, limit);
  if (!body) throw new BodyTooLargeError();
  return Buffer.from(body).toString("utf8");
}

/**
 * The only way to write a session-authenticated route handler: it checks the
 * session and declared permission, validates input with the shared schema and
 * answers every failure as problem+json.
 */
export function defineRoute<S extends z.ZodType, A extends Access>(config: RouteConfig<S, A>) {
  return async (request: Request, segments?: SegmentContext): Promise<Response> => {
    try {
      let ctx: RouteContext<Access>;
      if (config.permission === "public") {
        ctx = { request };
      } else if (config.permission === "authenticated") {
        const user = await getCurrentUser();
        if (!user) return problem(401, "Sign in to continue.");
        ctx = { request, user };
      } else {
        const org = await getOrgContext();
        if (!org) {
          const hold = await getTwoFactorHold();
          if (hold) return problem(hold.code === "forbidden" ? 403 : 401, hold.message);
          return problem(401, "Sign in to continue.");
        }
        if (!org.permissions.has(config.permission)) {
          return problem(403, "You don't have permission to do that.");
        }
        ctx = { request, ...org };
      }
      const fields = await readInput(request, config.inputFrom);
      const params = (await segments?.params) ?? {};
      const merged = fields && typeof fields === "object" ? { ...fields, ...params } : fields;
      const inputProblem = findInputProblem(merged);
      if (inputProblem) {
        const field = inputProblem.path[0];
        return problem(400, inputProblem.message, {
          errors: field === undefined ? undefined : { [String(field)]: [inputProblem.message] },
        });
      }
      const input = config.input.parse(merged);
      return await config.handler(input, ctx as RouteContext<A>);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return problem(413, `Send at most ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB of JSON.`);
      }
      return problemFrom(error);
    }
  };
}
