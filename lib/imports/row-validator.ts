import "server-only";
import type { ImportContext, ImportKindDefinition, ImportRowError } from "./kinds/types";
import type { ColumnMapping } from "./mapping";
import type { CsvRecord } from "./parse/read-records";
import type { StagedRow } from "./stage-rows";

/**
 * Turns one CSV record into a staged row: cells keyed by header (`raw`, kept for the error
 * file), field inputs by the mapping, then the kind's rowSchema. Returns null for rows with no
 * content at all (spreadsheets often export a trail of ",,,,").
 */
export function createRowValidator(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  kind: ImportKindDefinition<any>,
  org: ImportContext["org"],
  headers: readonly string[],
  mapping: ColumnMapping,
): (record: CsvRecord) => StagedRow | null {
  const schema = kind.rowSchema(org);
  const columns = kind.fields.map((field) => {
    const header = mapping[field.key];
    return {
      key: field.key,
      header: header || field.label,
      index: header ? headers.indexOf(header) : -1,
    };
  });
  const columnOf = new Map(columns.map((c) => [c.key, c]));
  const expected = headers.length;

  return ({ line, cells }) => {
    if (cells.every((cell) => cell.trim() === "")) return null;
    const raw: Record<string, string> = {};
    for (let i = 0; i < expected; i++) raw[headers[i]!] = clean(cells[i] ?? "");

    if (cells.length !== expected) {
      return invalidRow(line, raw, [
        {
          column: "",
          value: "",
          message: `Expected ${expected} columns, found ${cells.length}.`,
        },
      ]);
    }
    const input: Record<string, string> = {};
    for (const { key, index } of columns) input[key] = index < 0 ? "" : clean(cells[index]!).trim();

    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue): ImportRowError => {
        const column = columnOf.get(String(issue.path[0] ?? ""));
        return {
          column: column?.header ?? "",
          value: column ? (input[column.key] ?? "") : "",
          message: issue.message,
        };
      });
      return invalidRow(line, raw, errors);
    }
    return {
      rowNumber: line,
      naturalKey: kind.naturalKey(parsed.data),
      data: parsed.data,
      raw,
      errors: null,
    };
  };
}

function invalidRow(
  line: number,
  raw: Record<string, string>,
  errors: ImportRowError[],
): StagedRow {
  return { rowNumber: line, naturalKey: null, data: null, raw, errors };
}

/** PostgreSQL text and JSON cannot hold NUL characters; no real cell needs one. */
function clean(cell: string): string {
  return cell.includes("\u0000") ? cell.replaceAll("\u0000", "") : cell;
}
