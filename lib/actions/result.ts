/**
 * What every server action returns: data, or a message (with a machine-readable
 * `code`) and per-field errors that forms map back onto their inputs.
 */
export type ActionResult<T = void> =
  | { ok: true; data: T }
  | { ok: false; error: string; code?: string; fieldErrors?: Record<string, string[]> };
