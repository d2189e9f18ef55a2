import "server-only";
import type { ImportField } from "@/lib/imports/kinds/types";
import { normalizeHeader } from "./parse/normalize-header";

/** field key → header name. */
export type ColumnMapping = Record<string, string>;

/**
 * The mapping to offer for a file: what the organisation confirmed last time for this kind,
 * where those headers are still present, then each remaining field's first header matching its
 * key, label or aliases. A header is used at most once.
 */
export function suggestMapping(
  headers: readonly string[],
  fields: readonly ImportField[],
  remembered?: ColumnMapping | null,
): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const present = new Set(headers);
  for (const field of fields) {
    const header = remembered?.[field.key];
    if (header && present.has(header) && !used.has(header)) {
      mapping[field.key] = header;
      used.add(header);
    }
  }
  for (const field of fields) {
    if (mapping[field.key]) continue;
    const names = new Set([field.key, field.label, ...field.aliases].map(normalizeHeader));
    const header = headers.find((h) => !used.has(h) && names.has(normalizeHeader(h)));
    if (header) {
      mapping[field.key] = header;
      used.add(header);
    }
  }
  return mapping;
}

/** Keeps only string entries: mappings come back from JSON columns. */
export function asMapping(value: unknown): ColumnMapping {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}

/**
 * Problems with a mapping a person confirmed, by field key: unknown fields, headers not in the
 * file, required fields left unmapped, one header used for two fields.
 */
export function mappingProblems(
  mapping: ColumnMapping,
  headers: readonly string[],
  fields: readonly ImportField[],
): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const add = (key: string, message: string) => (problems[key] ??= []).push(message);
  const known = new Set(fields.map((f) => f.key));
  const present = new Set(headers);
  const seen = new Map<string, string>();
  for (const [key, header] of Object.entries(mapping)) {
    if (!header) continue;
    if (!known.has(key)) add(key, `"${key}" is not a field of this import.`);
    else if (!present.has(header)) add(key, `The file has no column "${header}".`);
    else if (seen.has(header))
      add(key, `Column "${header}" is already used for ${seen.get(header)}.`);
    seen.set(header, key);
  }
  for (const field of fields) {
    if (field.required && !mapping[field.key])
      add(field.key, `Choose the column for ${field.label}.`);
  }
  return problems;
}
