import "server-only";
import { z } from "zod";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { UserError } from "@/lib/errors";
import type { ActionResult } from "./result";

export function validationFailure(error: z.ZodError): ActionResult<never> {
  const { fieldErrors, formErrors } = z.flattenError(error);
  return {
    ok: false,
    code: "invalid",
    error: formErrors[0] ?? "Some fields need your attention.",
    fieldErrors: fieldErrors as Record<string, string[]>,
  };
}

/** Maps anything thrown by a handler to a result the user can read; unknown errors are logged, not shown. */
export function failure(error: unknown): ActionResult<never> {
  if (error instanceof UserError) {
    return {
      ok: false,
      code: error.code,
      error: error.message,
      fieldErrors: error.options.fieldErrors,
    };
  }
  if (error instanceof z.ZodError) return validationFailure(error);
  if (isDatabaseUnavailable(error)) {
    console.warn("[action] database unavailable", error);
    return { ok: false, code: "unavailable", error: DATABASE_UNAVAILABLE_MESSAGE };
  }
  console.error("[action] unexpected error", error);
  return {
    ok: false,
    code: "internal",
    error: "Something went wrong on our side. Nothing was saved.",
  };
}
