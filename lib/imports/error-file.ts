import "server-only";
import { notFound } from "@/lib/errors";
import type { ReadScope } from "@/lib/scope";
import { readFileChunks } from "./file-store";
import type { ImportRowError } from "./kinds/types";
import { readRecords, type CsvRecord } from "./parse/read-records";
import { cleanCell } from "./row-validator";

const BATCH = 1_000;

type InvalidRow = { rowNumber: number; raw: unknown; errors: unknown };

/**
 * The rows of an import that could not be imported, as CSV records ready for csv-stringify: the
 * file's own headers in their order, then an "Errors" column saying what is wrong. A person
 * fixes the cells and uploads the file as it is; the extra column is simply left unmapped.
 *
 * The cells come from the stored file itself, read again with the run's settings and matched
 * to the invalid rows by line number, so staging never has to keep a copy of every row's
 * cells. Both sides stream in order (rows in batches), so a file with many bad rows never
 * sits in memory whole, and reading stops after the last bad row.
 */
export async function* errorRowsCsv(
  { db, orgId }: ReadScope,
  runId: string,
): AsyncGenerator<string[]> {
  const run = await db.importRun.findFirst({
    where: { id: runId, orgId },
    select: {
      id: true,
      headers: true,
      fileId: true,
      encoding: true,
      delimiter: true,
      headerRow: true,
    },
  });
  if (!run) throw notFound("Import");
  const errorsHeader = uniqueHeader(run.headers, "Errors");
  yield [...run.headers, errorsHeader];

  const records =
    run.fileId === null ? null : readRecords(readFileChunks(db, orgId, run.fileId), run);
  let record: CsvRecord | undefined;
  try {
    for await (const row of invalidRows(db, orgId, run.id)) {
      while (records && (!record || record.line < row.rowNumber)) {
        const next = await records.next();
        if (next.done) break;
        record = next.value;
      }
      const cells =
        record?.line === row.rowNumber
          ? run.headers.map((_, i) => cleanCell(record!.cells[i] ?? ""))
          : storedCells(run.headers, row.raw);
      yield [...cells, describeErrors(row.rowNumber, row.errors)];
    }
  } finally {
    await records?.return(undefined);
  }
}

async function* invalidRows(
  db: ReadScope["db"],
  orgId: string,
  runId: string,
): AsyncGenerator<InvalidRow> {
  let after = 0;
  for (;;) {
    const rows = await db.importRow.findMany({
      where: { importRunId: runId, orgId, outcome: "INVALID", rowNumber: { gt: after } },
      orderBy: { rowNumber: "asc" },
      take: BATCH,
      select: { rowNumber: true, raw: true, errors: true },
    });
    yield* rows;
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.rowNumber;
  }
}

/**
 * Cells kept on the row itself, for a run whose file is gone: runs staged before rows stopped
 * keeping them have them; otherwise the row's errors still go out, with blank cells.
 */
function storedCells(headers: readonly string[], value: unknown): string[] {
  const raw = (value ?? {}) as Record<string, unknown>;
  return headers.map((header) => {
    const cell = raw[header];
    return typeof cell === "string" ? cell : "";
  });
}

function describeErrors(rowNumber: number, value: unknown): string {
  const errors = Array.isArray(value) ? (value as ImportRowError[]) : [];
  const messages = errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message));
  return `Row ${rowNumber}: ${messages.join("; ") || "could not be imported"}`;
}

/** "Errors", or "Errors (2)" when the file already has an "Errors" column. */
function uniqueHeader(headers: readonly string[], name: string): string {
  let candidate = name;
  for (let n = 2; headers.includes(candidate); n++) candidate = `${name} (${n})`;
  return candidate;
}
