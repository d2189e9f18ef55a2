import { z } from "zod";
import { refusedValueMessage } from "@/lib/db/refused-value";
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
} from "@/lib/db/unavailable";
import { UserError } from "@/lib/errors";

const STATUS: Record<UserError["code"], number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthenticated",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  413: "Content too large",
  415: "Unsupported media type",
  429: "Too many requests",
  500: "Internal server error",
  503: "Service unavailable",
};

/** An RFC 9457 problem+json response; the one error shape of every route. */
export function problem(
  status: number,
  detail: string,
  extra: { errors?: Record<string, string[]>; headers?: HeadersInit } = {},
) {
  return new Response(
    JSON.stringify({
      type: "about:blank",
      title: TITLES[status] ?? "Error",
      status,
      detail,
      errors: extra.errors,
    }),
    { status, headers: { "content-type": "application/problem+json", ...extra.headers } },
  );
}

/** Turns anything thrown inside a route into a problem response; unknown errors are logged, never shown. */
export function problemFrom(error: unknown) {
  if (error instanceof UserError) {
    const headers: Record<string, string> = error.options.retryAfterSeconds
      ? { "retry-after": String(error.options.retryAfterSeconds) }
      : {};
    return problem(STATUS[error.code], error.message, {
      errors: error.options.fieldErrors,
      headers,
    });
  }
  if (error instanceof z.ZodError) {
    return problem(400, "The request has invalid fields.", {
      errors: z.flattenError(error).fieldErrors as Record<string, string[]>,
    });
  }
  const refused = refusedValueMessage(error);
  if (refused) {
    console.warn("[route] the database refused a value the input schema let through", error);
    return problem(400, refused);
  }
  if (isDatabaseUnavailable(error)) {
    console.warn("[route] database unavailable", error);
    return problem(503, DATABASE_UNAVAILABLE_MESSAGE, {
      headers: { "retry-after": String(DATABASE_RETRY_AFTER_SECONDS) },
    });
  }
  console.error("[route] unexpected error", error);
  return problem(500, "Something went wrong on our side. Please try again.");
}
