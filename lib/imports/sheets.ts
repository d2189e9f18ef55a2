import "server-only";
import { createHash } from "node:crypto";
import { db as defaultDb, Prisma, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFound, UserError } from "@/lib/errors";
import type { ReadScope, Scope } from "@/lib/scope";
import { startValidation } from "./commands";
import { getImportPreview } from "./runs";
import { fetchSheetCsv, SheetFetchError } from "./sheet-fetch";
import { SHEET_SCHEDULES, type SheetSourceInput } from "./sheet-schemas";
import { sheetCsvUrl } from "./sheet-url";
import { createImportFromUpload } from "./uploads";

/*
 * Google Sheets as an import source: a shared sheet is read as CSV (its export link) and goes
 * through the same upload → dry run → commit path as a file. A manual sync stops after the dry
 * run so the person sees the staged diff ("12 new, 40 updated, 3 errors") and commits it; a
 * scheduled sync commits the valid rows on its own.
 */

const lastRunSelect = {
  id: true,
  number: true,
  status: true,
  createdCount: true,
  updatedCount: true,
  unchangedCount: true,
  rowsInvalid: true,
  failureReason: true,
  createdAt: true,
} as const;

export async function listSheetSources(scope: ReadScope) {
  return scope.db.sheetSource.findMany({
    where: { orgId: scope.orgId },
    orderBy: { name: "asc" },
    include: { runs: { select: lastRunSelect, orderBy: { createdAt: "desc" }, take: 1 } },
  });
}
export type SheetSourceSummary = Awaited<ReturnType<typeof listSheetSources>>[number];

export async function getSheetSource(scope: ReadScope, id: string) {
  const source = await scope.db.sheetSource.findFirst({ where: { id, orgId: scope.orgId } });
  if (!source) throw notFound("Sheet");
  return source;
}

function scheduleFields(input: SheetSourceInput, now: Date) {
  const minutes = SHEET_SCHEDULES[input.schedule].minutes;
  return {
    syncEveryMinutes: minutes,
    // A new schedule starts counting now; the first sync is the person's own "Sync now".
    nextSyncAt: minutes === null ? null : new Date(now.getTime() + minutes * 60_000),
  };
}

export async function createSheetSource(scope: Scope, input: SheetSourceInput) {
  const csvUrl = sheetCsvUrl(input.sheetUrl, env.GOOGLE_SHEETS_BASE_URL);
  await assertNameFree(scope, input.name);
  return scope.db.sheetSource.create({
    data: {
      orgId: scope.orgId,
      name: input.name,
      kind: input.kind,
      sheetUrl: input.sheetUrl,
      csvUrl,
      ...scheduleFields(input, new Date()),
    },
  });
}

export async function updateSheetSource(scope: Scope, id: string, input: SheetSourceInput) {
  const before = await getSheetSource(scope, id);
  const csvUrl = sheetCsvUrl(input.sheetUrl, env.GOOGLE_SHEETS_BASE_URL);
  if (input.name !== before.name) await assertNameFree(scope, input.name);
  const after = await scope.db.sheetSource.update({
    where: { id: before.id },
    data: {
      name: input.name,
      kind: input.kind,
      sheetUrl: input.sheetUrl,
      csvUrl,
      // Another kind has other fields: the saved mapping no longer applies.
      ...(input.kind !== before.kind ? { mapping: Prisma.DbNull } : {}),
      ...(SHEET_SCHEDULES[input.schedule].minutes === before.syncEveryMinutes
        ? {}
        : scheduleFields(input, new Date())),
    },
  });
  return { before, after };
}

export async function deleteSheetSource(scope: Scope, id: string) {
  const before = await getSheetSource(scope, id);
  // Its past imports stay in the history (ImportRun.sheetSourceId is set null).
  await scope.db.sheetSource.delete({ where: { id: before.id } });
  return before;
}

async function assertNameFree(scope: Scope, name: string) {
  const taken = await scope.db.sheetSource.findFirst({
    where: { orgId: scope.orgId, name: { equals: name, mode: "insensitive" } },
    select: { id: true },
  });
  if (taken) {
    throw new UserError("Another sheet already has that name.", {
      code: "conflict",
      fieldErrors: { name: ["Another sheet already has that name."] },
    });
  }
}

/** The mapping confirmed on a run fetched from a sheet becomes that sheet's mapping. */
export async function rememberSheetMapping(
  scope: Scope,
  runId: string,
  mapping: Record<string, string>,
) {
  const run = await scope.db.importRun.findFirst({
    where: { id: runId, orgId: scope.orgId },
    select: { sheetSourceId: true },
  });
  if (!run?.sheetSourceId) return;
  await scope.db.sheetSource.updateMany({
    where: { id: run.sheetSourceId, orgId: scope.orgId },
    data: { mapping },
  });
}

export type SheetSyncResult =
  | { status: "started"; runId: string; validating: boolean }
  | { status: "unchanged"; runId: string }
  | { status: "failed"; error: string };

/**
 * Reads the sheet and starts its import. With a mapping that covers every required field (the
 * sheet's saved one, else the suggestion) the dry run starts at once; otherwise the run waits
 * for the person to map its columns. A sheet identical to the last completed import from it is
 * not imported again. Failures are recorded on the source (lastError) and returned, not thrown,
 * so a scheduled sync of many sheets carries on past one broken link.
 */
export async function syncSheetSource(
  scope: Scope,
  id: string,
  options: { autoCommit: boolean; now?: Date },
): Promise<SheetSyncResult> {
  const source = await getSheetSource(scope, id);
  const now = options.now ?? new Date();
  const next = source.syncEveryMinutes
    ? new Date(now.getTime() + source.syncEveryMinutes * 60_000)
    : null;
  let body: Buffer;
  try {
    body = await fetchSheetCsv(source.csvUrl);
  } catch (error) {
    if (!(error instanceof SheetFetchError)) throw error;
    await scope.db.sheetSource.update({
      where: { id: source.id },
      data: { lastError: error.message, lastSyncedAt: now, nextSyncAt: next },
    });
    return { status: "failed", error: error.message };
  }

  const sha256 = createHash("sha256").update(body).digest("hex");
  const previous = await scope.db.importRun.findFirst({
    where: { orgId: scope.orgId, sheetSourceId: source.id, status: "COMPLETED" },
    orderBy: { createdAt: "desc" },
    select: { id: true, fileSha256: true },
  });
  if (previous?.fileSha256 === sha256) {
    await scope.db.sheetSource.update({
      where: { id: source.id },
      data: { lastError: null, lastSyncedAt: now, nextSyncAt: next },
    });
    return { status: "unchanged", runId: previous.id };
  }

  let result: SheetSyncResult;
  try {
    const run = await createImportFromUpload(scope, {
      kind: source.kind,
      fileName: `${source.name}.csv`,
      body,
      source: "GOOGLE_SHEET",
      sheetSourceId: source.id,
      mapping: (source.mapping as Record<string, string> | null) ?? undefined,
    });
    const preview = await getImportPreview(scope, run.id);
    const mapping = { ...preview.suggestedMapping };
    const complete = preview.fields.every((f) => !f.required || mapping[f.key]);
    if (complete) {
      await startValidation(scope, run.id, { mapping, autoCommit: options.autoCommit });
    }
    result = { status: "started", runId: run.id, validating: complete };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    result = { status: "failed", error: error.message };
  }
  await scope.db.sheetSource.update({
    where: { id: source.id },
    data: {
      lastError: result.status === "failed" ? result.error : null,
      lastSyncedAt: now,
      nextSyncAt: next,
    },
  });
  return result;
}

/** The actor written on imports a scheduled sync starts. */
const scheduledActor = { type: "JOB", id: "import-sync-sheets", label: "Scheduled sync" } as const;

/**
 * Syncs every sheet whose next sync is due, across organisations (the scheduled job). Each
 * source is claimed by moving its nextSyncAt forward first, so two processes running the job at
 * once never sync the same sheet twice.
 */
export async function syncDueSheetSources(
  options: { db?: Db; now?: Date } = {},
): Promise<{ synced: number; failed: number }> {
  const { db = defaultDb, now = new Date() } = options;
  const due = await db.sheetSource.findMany({
    where: { nextSyncAt: { lte: now }, syncEveryMinutes: { not: null } },
    orderBy: { nextSyncAt: "asc" },
    select: { id: true, orgId: true, nextSyncAt: true, syncEveryMinutes: true },
  });
  let synced = 0;
  let failed = 0;
  for (const source of due) {
    const claimed = await db.sheetSource.updateMany({
      where: { id: source.id, nextSyncAt: source.nextSyncAt },
      data: { nextSyncAt: new Date(now.getTime() + source.syncEveryMinutes! * 60_000) },
    });
    if (claimed.count === 0) continue;
    const scope: Scope = { db, orgId: source.orgId, actor: scheduledActor };
    const result = await syncSheetSource(scope, source.id, { autoCommit: true, now });
    if (result.status === "failed") failed += 1;
    else synced += 1;
  }
  return { synced, failed };
}
