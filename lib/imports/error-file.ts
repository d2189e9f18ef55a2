import "server-only";
import { notFound } from "@/lib/errors";
import type { ReadScope } from "@/lib/scope";
import type { ImportRowError } from "./kinds/types";

const BATCH = 1_000;

/**
 * The rows of an import that could not be imported, as CSV records ready for csv-stringify: the
 * file's own headers in their order, then an "Errors" column saying what is wrong. A person
 * fixes the cells and uploads the file as it is; the extra column is simply left unmapped.
 * Read in batches, so a file with many bad rows never sits in memory whole.
 */
export async function* errorRowsCsv(
  { db, orgId }: ReadScope,
  runId: string,
): AsyncGenerator<string[]> {
  const run = await db.importRun.findFirst({
    where: { id: runId, orgId },
    select: { id: true, headers: true },
  });
  if (!run) throw notFound("Import");
  const errorsHeader = uniqueHeader(run.headers, "Errors");
  yield [...run.headers, errorsHeader];

  let after = 0;
  for (;;) {
    const rows = await db.importRow.findMany({
      where: { importRunId: run.id, orgId, outcome: "INVALID", rowNumber: { gt: after } },
      orderBy: { rowNumber: "asc" },
      take: BATCH,
      select: { rowNumber: true, raw: true, errors: true },
    });
    for (const row of rows) {
      const raw = (row.raw ?? {}) as Record<string, unknown>;
      const cells = run.headers.map((header) => {
        const value = raw[header];
        return typeof value === "string" ? value : "";
      });
      yield [...cells, describeErrors(row.rowNumber, row.errors)];
    }
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.rowNumber;
  }
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
