import "server-only";
import type { ImportContext, ImportKindDefinition, ImportRowError } from "./kinds/types";
import type { ColumnMapping } from "./mapping";
import type { CsvRecord } from "./parse/read-records";
import type { StagedRow } from "./stage-rows";

/**
 * Turns one CSV record into a staged row: field inputs by the mapping, then the kind's
 * rowSchema. Returns null for rows with no content at all (spreadsheets often export a trail
 * of ",,,,"). The original cells are not kept: the error file reads them from the stored file
 * again (error-file.ts), which keeps staging a million rows cheap.
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
    if (cells.length !== expected) {
      return invalidRow(line, [
        {
          column: "",
          value: "",
          message: `Expected ${expected} columns, found ${cells.length}.`,
        },
      ]);
    }
    const input: Record<string, string> = {};
    for (const { key, index } of columns)
      input[key] = index < 0 ? "" : cleanCell(cells[index]!).trim();

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
      return invalidRow(line, errors);
    }
    return {
      rowNumber: line,
      naturalKey: kind.naturalKey(parsed.data),
      data: parsed.data,
      errors: null,
    };
  };
}

function invalidRow(line: number, errors: ImportRowError[]): StagedRow {
  return { rowNumber: line, naturalKey: null, data: null, errors };
}

/** PostgreSQL text and JSON cannot hold NUL characters; no real cell needs one. */
export function cleanCell(cell: string): string {
  return cell.includes("\u0000") ? cell.replaceAll("\u0000", "") : cell;
}
