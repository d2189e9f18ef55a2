import "server-only";
import { z } from "zod";
import { refusedValueMessage } from "@/lib/db/refused-value";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { UserError } from "@/lib/errors";
import type { InputProblem } from "@/lib/validation/input-shape";
import type { ActionResult } from "./result";

export function validationFailure(error: z.ZodError): ActionResult<never> {
  const { fieldErrors, formErrors } = z.flattenError(error);
  // Not an object at all (a hand-made request): zod's "expected object" means nothing to a person.
  const malformed = error.issues.some((i) => i.path.length === 0 && i.code === "invalid_type");
  return {
    ok: false,
    code: "invalid",
    error: malformed
      ? "The request could not be read. Reload the page and try again."
      : (formErrors[0] ?? "Some fields need your attention."),
    fieldErrors: fieldErrors as Record<string, string[]>,
  };
}

/** An input refused before its schema ran (see findInputProblem), on the field it concerns. */
export function inputProblemFailure(problem: InputProblem): ActionResult<never> {
  const field = problem.path[0];
  return {
    ok: false,
    code: "invalid",
    error: field === undefined ? problem.message : "Some fields need your attention.",
    fieldErrors: field === undefined ? undefined : { [String(field)]: [problem.message] },
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
  const refused = refusedValueMessage(error);
  if (refused) {
    console.warn("[action] the database refused a value the input schema let through", error);
    return { ok: false, code: "invalid", error: refused };
  }
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
