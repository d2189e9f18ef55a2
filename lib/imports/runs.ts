import "server-only";
import type { Prisma } from "@/lib/db";
import { notFound, UserError } from "@/lib/errors";
import type { ImportRow, ImportRun } from "@/lib/generated/prisma/client";
import type { ImportRowOutcome } from "@/lib/generated/prisma/enums";
import { toPage, type Page } from "@/lib/list-params";
import type { ReadScope } from "@/lib/scope";
import { readFileChunks } from "./file-store";
import type { ImportField } from "./kinds/types";
import { asMapping } from "./mapping";
import { readRecords } from "./parse/read-records";
import { kindFor, type KindOption } from "./run-context";
import type { ImportRunListParams } from "./schemas";

/** Data rows shown under the headers when mapping columns. */
const PREVIEW_ROWS = 20;

export type ImportRunDetail = ImportRun & {
  /** The completed import of the same file, when this one repeats it. */
  duplicateOf: { id: string; number: number; finishedAt: Date | null } | null;
  /** A sentence for the page when the file was already imported. */
  duplicateNotice: string | null;
};

/** One run of the organisation; another organisation's id is simply not found. */
export async function getImportRun(
  { db, orgId }: ReadScope,
  runId: string,
): Promise<ImportRunDetail> {
  const run = await db.importRun.findFirst({ where: { id: runId, orgId } });
  if (!run) throw notFound("Import");
  const duplicateOf = run.duplicateOfId
    ? await db.importRun.findFirst({
        where: { id: run.duplicateOfId, orgId },
        select: { id: true, number: true, finishedAt: true },
      })
    : null;
  const duplicateNotice = duplicateOf
    ? `This file was already imported as import #${duplicateOf.number}${
        duplicateOf.finishedAt ? ` on ${duplicateOf.finishedAt.toISOString().slice(0, 10)}` : ""
      }. Importing it again changes nothing: its rows will show as unchanged.`
    : null;
  return { ...run, duplicateOf, duplicateNotice };
}

/** The organisation's imports, newest first by default, with paging. */
export async function listImportRuns(
  { db, orgId }: ReadScope,
  params: ImportRunListParams,
): Promise<Page<ImportRun>> {
  const where: Prisma.ImportRunWhereInput = {
    orgId,
    kind: params.kind,
    status: params.status,
    ...(params.q ? { fileName: { contains: params.q, mode: "insensitive" } } : {}),
  };
  const [rows, total] = await Promise.all([
    db.importRun.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { number: "desc" }],
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
    }),
    db.importRun.count({ where }),
  ]);
  return toPage(rows, total, params);
}

/** A run's rows in file order, optionally only those with one outcome. */
export async function listImportRows(
  scope: ReadScope,
  runId: string,
  params: { outcome?: ImportRowOutcome; page: number; pageSize: number },
): Promise<Page<ImportRow>> {
  const run = await getRunId(scope, runId);
  const where: Prisma.ImportRowWhereInput = {
    importRunId: run.id,
    orgId: scope.orgId,
    outcome: params.outcome,
  };
  const [rows, total] = await Promise.all([
    scope.db.importRow.findMany({
      where,
      orderBy: { rowNumber: "asc" },
      skip: (params.page - 1) * params.pageSize,
      take: params.pageSize,
    }),
    scope.db.importRow.count({ where }),
  ]);
  return toPage(rows, total, params);
}

/**
 * What the mapping step shows: the headers, the first rows as read with the run's settings,
 * the suggested (or last confirmed) mapping and the fields to map to.
 */
export async function getImportPreview(
  scope: ReadScope,
  runId: string,
  options: KindOption = {},
): Promise<{
  headers: string[];
  rows: string[][];
  suggestedMapping: Record<string, string>;
  fields: ImportField[];
  /** Why the first rows could not be read with the run's settings (an unclosed quote …). */
  unreadable: string | null;
}> {
  const run = await scope.db.importRun.findFirst({ where: { id: runId, orgId: scope.orgId } });
  if (!run) throw notFound("Import");
  const rows: string[][] = [];
  let unreadable: string | null = null;
  if (run.fileId) {
    let first = true;
    try {
      for await (const { cells } of readRecords(
        readFileChunks(scope.db, scope.orgId, run.fileId),
        run,
      )) {
        if (first) {
          first = false;
          continue;
        }
        rows.push(cells);
        if (rows.length >= PREVIEW_ROWS) break;
      }
    } catch (error) {
      // The page still shows the mapping and the reason, so the person can change the settings.
      if (!(error instanceof UserError)) throw error;
      unreadable = error.message;
    }
  }
  return {
    unreadable,
    headers: run.headers,
    rows,
    suggestedMapping: asMapping(run.mapping),
    fields: [...kindFor(run.kind, options).fields],
  };
}

async function getRunId({ db, orgId }: ReadScope, runId: string) {
  const run = await db.importRun.findFirst({ where: { id: runId, orgId }, select: { id: true } });
  if (!run) throw notFound("Import");
  return run;
}
