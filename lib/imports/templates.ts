import "server-only";
import { stringify } from "csv-stringify/sync";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { getImportKind } from "./registry";
import { SAMPLE_ROWS } from "./sample-rows";

/*
 * Downloadable files for each kind of import. The header row uses the field keys, which every
 * kind lists among its aliases, so both files map themselves without asking.
 */

function csv(header: readonly string[], rows: readonly (readonly string[])[]) {
  return stringify([[...header], ...rows.map((r) => [...r])]);
}

/** The columns a kind understands, with its example rows. */
export function templateCsv(kind: ImportKind): string {
  const definition = getImportKind(kind);
  return csv(
    definition.fields.map((f) => f.key),
    definition.templateRows,
  );
}

/**
 * A sample file that imports into the demo shop, to see an import through end to end. The
 * sales sample keeps three wrong rows on purpose, so the error report has something to show.
 */
export function sampleCsv(kind: ImportKind): string {
  const keys = getImportKind(kind).fields.map((f) => f.key);
  return csv(
    keys,
    SAMPLE_ROWS[kind].map((row) => keys.map((key) => row[key] ?? "")),
  );
}
