import "server-only";
import { Prisma } from "@/lib/db";
import type { ImportRowOutcome } from "@/lib/generated/prisma/enums";
import type { ImportContext, ImportRowError } from "./types";

/** A valid staged row: its line in the file and the rowSchema output stored for it. */
export type StagedRow<Row> = { rowNumber: number; data: Row };

/** What classify or commit concluded about one row. */
export type RowResult = {
  rowNumber: number;
  outcome: ImportRowOutcome;
  errors?: ImportRowError[] | null;
  /** field → [before, after], in words and numbers a person reads. */
  changes?: Record<string, [unknown, unknown]> | null;
  entityType?: string | null;
  entityId?: string | null;
};

/**
 * The run's rows that passed rowSchema and that no earlier step refused. Rows found INVALID
 * (by the schema, the engine's duplicate check or an earlier classify) stay as they are, so a
 * second classify inside the commit only ever narrows what gets written.
 */
export async function readStagedRows<Row>(ctx: ImportContext): Promise<StagedRow<Row>[]> {
  const rows = await ctx.db.importRow.findMany({
    where: {
      importRunId: ctx.runId,
      orgId: ctx.orgId,
      data: { not: Prisma.DbNull },
      OR: [{ outcome: null }, { outcome: { not: "INVALID" } }],
    },
    select: { rowNumber: true, data: true },
    orderBy: { rowNumber: "asc" },
  });
  return rows.map((r) => ({ rowNumber: r.rowNumber, data: r.data as Row }));
}

const BATCH = 1000;

const json = (value: unknown) => (value == null ? null : JSON.stringify(value));

/**
 * Writes outcomes onto the run's rows, a thousand per statement (one UPDATE … FROM VALUES),
 * so classifying a large file costs a handful of round trips rather than one per row.
 * Errors are cleared on rows that are no longer invalid.
 */
export async function writeRowResults(ctx: ImportContext, results: RowResult[]) {
  const header = await headerNames(ctx);
  results = results.map((r) =>
    r.errors ? { ...r, errors: r.errors.map((e) => ({ ...e, column: header(e.column) })) } : r,
  );
  for (let i = 0; i < results.length; i += BATCH) {
    const values = Prisma.join(
      results
        .slice(i, i + BATCH)
        .map(
          (r) =>
            Prisma.sql`(${r.rowNumber}::int, ${r.outcome}::text, ${json(r.errors)}::text, ${json(
              r.changes,
            )}::text, ${r.entityType ?? null}::text, ${r.entityId ?? null}::text)`,
        ),
    );
    await ctx.db.$executeRaw`
      UPDATE "ImportRow" AS r
      SET "outcome" = v."outcome"::"ImportRowOutcome",
          "errors" = v."errors"::jsonb,
          "changes" = v."changes"::jsonb,
          "entityType" = v."entityType",
          "entityId" = v."entityId"
      FROM (VALUES ${values}) AS v("rowNumber", "outcome", "errors", "changes", "entityType", "entityId")
      WHERE r."importRunId" = ${ctx.runId} AND r."orgId" = ${ctx.orgId} AND r."rowNumber" = v."rowNumber"`;
  }
}

/**
 * Errors name the column as the person's file does ("Qty"), not the field key ("on_hand"), so
 * the message points at a header they can see.
 */
async function headerNames(ctx: ImportContext) {
  const run = await ctx.db.importRun.findFirst({
    where: { id: ctx.runId, orgId: ctx.orgId },
    select: { mapping: true },
  });
  const mapping = (run?.mapping ?? {}) as Record<string, unknown>;
  return (key: string) => {
    const header = mapping[key];
    return typeof header === "string" && header ? header : key;
  };
}

/** A row refused by classify, with the message on the column it concerns. */
export function invalid(
  rowNumber: number,
  column: string,
  value: unknown,
  message: string,
): RowResult {
  return {
    rowNumber,
    outcome: "INVALID",
    errors: [{ column, value: value == null ? "" : String(value), message }],
  };
}

/** field → [before, after] for the fields that differ; null when nothing does. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, [unknown, unknown]> | null {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) changes[key] = [before[key], value];
  }
  return Object.keys(changes).length > 0 ? changes : null;
}
