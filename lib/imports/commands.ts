import "server-only";
import { notFound, UserError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue";
import type { ImportRun } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/scope";
import { readFileChunks } from "./file-store";
import { mappingProblems } from "./mapping";
import { isSupportedEncoding, normalizeEncoding } from "./parse/detect-encoding";
import { readRecords, type ParseSettings } from "./parse/read-records";
import { kindFor, type KindOption } from "./run-context";
import { startValidationSchema, type StartValidationInput } from "./schemas";

/** Statuses from which a dry run may (re)start: a new mapping, new settings, or a retry. */
const VALIDATABLE = ["UPLOADED", "VALIDATED", "FAILED"] as const;

/**
 * Confirms how to read the file and which column feeds which field, remembers the mapping for
 * the organisation's next import of this kind, and queues the dry run. Parse settings that
 * differ from the detected ones re-read the header row.
 */
export async function startValidation(
  scope: Scope,
  runId: string,
  input: Omit<StartValidationInput, "runId">,
  options: KindOption = {},
): Promise<ImportRun> {
  const parsed = startValidationSchema.parse({ ...input, runId });
  const run = await findRun(scope, runId);
  if (!(VALIDATABLE as readonly string[]).includes(run.status)) {
    throw new UserError(statusMessage(run.status), { code: "conflict" });
  }
  if (parsed.encoding && !isSupportedEncoding(parsed.encoding)) {
    throw new UserError(`"${parsed.encoding}" is not an encoding we can read.`, {
      fieldErrors: { encoding: ["Choose another encoding, e.g. utf-8 or windows-1252."] },
    });
  }
  const settings: ParseSettings = {
    encoding: parsed.encoding ? normalizeEncoding(parsed.encoding) : run.encoding,
    delimiter: parsed.delimiter ?? run.delimiter,
    headerRow: parsed.headerRow ?? run.headerRow,
  };
  const changed =
    settings.encoding !== run.encoding ||
    settings.delimiter !== run.delimiter ||
    settings.headerRow !== run.headerRow;
  const headers = changed ? await readHeaders(scope, run, settings) : run.headers;

  const kind = kindFor(run.kind, options);
  const mapping = Object.fromEntries(Object.entries(parsed.mapping).filter(([, header]) => header));
  const problems = mappingProblems(mapping, headers, kind.fields);
  if (Object.keys(problems).length > 0) {
    throw new UserError("Check the column mapping.", { fieldErrors: problems });
  }

  const { db, orgId } = scope;
  await db.importMapping.upsert({
    where: { orgId_kind: { orgId, kind: run.kind } },
    create: { orgId, kind: run.kind, mapping },
    update: { mapping },
  });
  const updated = await db.importRun.update({
    where: { id: run.id },
    data: {
      ...settings,
      headers,
      mapping,
      status: "VALIDATING",
      autoCommit: parsed.autoCommit ?? run.autoCommit,
      cancelRequestedAt: null,
      failureReason: null,
      validationStartedAt: null,
      validatedAt: null,
      finishedAt: null,
      bytesProcessed: 0,
      rowsProcessed: 0,
      rowsValid: 0,
      rowsInvalid: 0,
    },
  });
  await enqueueJob("import-validate", { orgId, runId: run.id }, { db });
  return updated;
}

/** Writes a validated import into the shop's data (in the background). */
export async function commitImport(scope: Scope, runId: string): Promise<ImportRun> {
  const run = await findRun(scope, runId);
  if (run.status !== "VALIDATED") {
    throw new UserError(
      run.status === "COMMITTING" || run.status === "COMPLETED"
        ? "This import is already being saved or has been saved."
        : "Only a checked import can be saved. Run the check first.",
      { code: "conflict" },
    );
  }
  const updated = await scope.db.importRun.update({
    where: { id: run.id },
    data: { status: "COMMITTING", commitStartedAt: new Date(), cancelRequestedAt: null },
  });
  await enqueueJob("import-commit", { orgId: scope.orgId, runId: run.id }, { db: scope.db });
  return updated;
}

/**
 * Stops an import. A run that is not working goes straight to CANCELLED; a running check or
 * save stops at its next look at the run (within a second or so), and a save rolls back.
 */
export async function cancelImport(scope: Scope, runId: string): Promise<ImportRun> {
  const run = await findRun(scope, runId);
  if (run.status === "UPLOADED" || run.status === "VALIDATED") {
    return scope.db.importRun.update({
      where: { id: run.id },
      data: { status: "CANCELLED", cancelRequestedAt: new Date(), finishedAt: new Date() },
    });
  }
  if (run.status === "VALIDATING" || run.status === "COMMITTING") {
    // Conditional: a save finishing at this moment stays COMPLETED rather than "cancelled".
    const [requested] = await scope.db.importRun.updateManyAndReturn({
      where: { id: run.id, orgId: scope.orgId, status: { in: ["VALIDATING", "COMMITTING"] } },
      data: { cancelRequestedAt: run.cancelRequestedAt ?? new Date() },
    });
    if (requested) return requested;
  }
  const latest = await findRun(scope, runId);
  throw new UserError(statusMessage(latest.status), { code: "conflict" });
}

async function findRun({ db, orgId }: Scope, runId: string) {
  const run = await db.importRun.findFirst({ where: { id: runId, orgId } });
  if (!run) throw notFound("Import");
  return run;
}

function statusMessage(status: ImportRun["status"]): string {
  switch (status) {
    case "COMPLETED":
      return "This import has already been saved.";
    case "CANCELLED":
      return "This import was cancelled. Upload the file again to start over.";
    case "VALIDATING":
      return "This import is being checked. Wait for the check to finish, or cancel it.";
    case "COMMITTING":
      return "This import is being saved.";
    default:
      return "This import cannot do that right now.";
  }
}

/** The header row's cells under other parse settings. */
async function readHeaders(
  { db, orgId }: Scope,
  run: ImportRun,
  settings: ParseSettings,
): Promise<string[]> {
  if (!run.fileId)
    throw new UserError("The uploaded file is no longer available. Upload it again.");
  for await (const record of readRecords(readFileChunks(db, orgId, run.fileId), settings)) {
    return record.cells.map((cell) => cell.trim());
  }
  throw new UserError(`The file has no line ${settings.headerRow}.`, {
    fieldErrors: { headerRow: ["Choose a line that holds the column names."] },
  });
}
