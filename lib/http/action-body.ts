import "server-only";
import { parseBoundedJson } from "@/lib/validation/input-shape";

/*
 * React encodes a server action's arguments as JSON rows in which strings starting with "$"
 * are references (to other rows, form fields, typed arrays …). Next.js decodes them before
 * any of our code runs, and a reference to a row that does not exist, a malformed BigInt, or a
 * chain of rows nested past the stack all end in a 500 there. This checks a body the way our
 * own forms write it, so anything else is refused first.
 */

/** Rows in one body: our forms send one, or one plus the fields of a FormData. */
const MAX_ROWS = 64;

// "$$" escapes a string; these tags stand alone and cannot fail to decode.
const SELF_CONTAINED = new Set(["$", "u", "I", "N", "-", "D", "H", "T", "K"]);
// Tags followed by a row id (hex); any other letter after "$" is read as a row id itself.
const REFERENCE_TAGS = /^[@QWiABOoUSsLlGgMmVRrXxY]$/;

/** Whether every "$" string in `value` decodes on its own or names one of `rows`. */
function referencesResolve(value: unknown, rows: Set<number>): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") {
      if (!item.startsWith("$") || item.length === 1) continue;
      const tag = item[1]!;
      if (SELF_CONTAINED.has(tag)) continue;
      if (tag === "n") {
        if (!/^\$n-?\d{1,300}$/.test(item)) return false;
        continue;
      }
      // Server references ("$h") would load another action by id: none of our forms sends one.
      if (tag === "h") return false;
      const id = REFERENCE_TAGS.test(tag) ? item.slice(2) : item.slice(1);
      if (!/^[0-9a-f]{1,8}$/.test(id) || !rows.has(parseInt(id, 16))) return false;
    } else if (Array.isArray(item)) {
      stack.push(...item);
    } else if (item && typeof item === "object") {
      stack.push(...Object.values(item));
    }
  }
  return true;
}

/**
 * Whether a server-action body is one our pages could have sent: each JSON row well-formed and
 * nested at most MAX_INPUT_DEPTH deep, at most MAX_ROWS rows, and every reference resolvable.
 * `rows` maps row ids to their JSON text (a text body is row 0 alone).
 */
export function isWellFormedActionBody(rows: Map<number, string>): boolean {
  if (rows.size > MAX_ROWS) return false;
  const ids = new Set(rows.keys());
  for (const [id, text] of rows) {
    let value: unknown;
    try {
      value = parseBoundedJson(text);
    } catch {
      return false;
    }
    // Row 0 is the argument list: Next.js spreads it into the call, which throws for anything else.
    if (id === 0 && !Array.isArray(value)) return false;
    if (!referencesResolve(value, ids)) return false;
  }
  return true;
}

/** The JSON rows of a multipart action body: fields named by a number (others are form fields). */
export function rowsOfForm(form: FormData): Map<number, string> | null {
  const rows = new Map<number, string>();
  for (const [name, value] of form) {
    if (!/^\d+$/.test(name)) continue;
    if (typeof value !== "string") return null;
    rows.set(Number(name), value);
  }
  return rows;
}
