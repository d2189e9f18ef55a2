import { isStorableText, UNSTORABLE_TEXT } from "./fields";

/*
 * A first look at any input before its schema parses it. Schemas already refuse what they do
 * not expect, but they only descend into the fields they declare; this walk also covers the
 * rest, so a hostile request fails as a field error rather than deep inside a handler.
 */

/** Deeper than any form or API body of ours (a product's variants' option values are 4 levels). */
export const MAX_INPUT_DEPTH = 32;
/** Values in one input: a 500-line stock count is about 1,500. */
export const MAX_INPUT_VALUES = 50_000;

export type InputProblem = { path: (string | number)[]; message: string };

/**
 * The first thing wrong with the shape of an input: nesting deeper than MAX_INPUT_DEPTH, more
 * than MAX_INPUT_VALUES values, or text the database cannot store (tab and line breaks are
 * allowed here, since a field may be multi-line; its schema decides). Walks iteratively, so
 * no input can exhaust the stack.
 */
export function findInputProblem(input: unknown): InputProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  let seen = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++seen > MAX_INPUT_VALUES) {
      return { path: [], message: "The request holds too many values." };
    }
    if (typeof value === "string") {
      if (!isStorableText(value, true)) return { path, message: UNSTORABLE_TEXT };
      continue;
    }
    if (typeof value !== "object" || value === null || value instanceof Date) continue;
    if (path.length >= MAX_INPUT_DEPTH) {
      return { path: [], message: "The request is nested too deeply." };
    }
    if (typeof Blob !== "undefined" && value instanceof Blob) continue;
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((item, i) => [i, item])
      : Object.entries(value);
    for (const [key, item] of entries) {
      if (typeof key === "string" && !isStorableText(key)) {
        return { path, message: UNSTORABLE_TEXT };
      }
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

/**
 * JSON.parse with the nesting bounded before parsing: the text is scanned for brackets outside
 * strings, so a body of 100,000 `[` is refused without building it. Throws SyntaxError for
 * malformed JSON and RangeError when too deep.
 */
export function parseBoundedJson(text: string, maxDepth = MAX_INPUT_DEPTH): unknown {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) throw new RangeError("The request is nested too deeply.");
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return JSON.parse(text);
}
