import "server-only";
import type { ImportRun } from "@/lib/generated/prisma/client";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { nextSequenceValue } from "@/lib/inventory/sequence";
import { notFound, UserError } from "@/lib/errors";
import type { Scope } from "@/lib/scope";
import { storeFile, type UploadBody } from "./file-store";
import { asMapping, suggestMapping } from "./mapping";
import { sniffFile, sniffProblem } from "./parse/sniff";
import { kindFor, type KindOption } from "./run-context";
import { uploadImportSchema } from "./schemas";

export type CreateImportInput = {
  kind: ImportKind;
  fileName: string;
  body: UploadBody;
  source?: "UPLOAD" | "GOOGLE_SHEET";
  sheetSourceId?: string;
  /** field key → header; overrides the suggestion for the fields it names (a sheet's saved mapping). */
  mapping?: Record<string, string>;
};

/**
 * Stores an uploaded file and opens an import run for it: detects how to read it (encoding,
 * delimiter, header row), suggests a column mapping (the organisation's last one for this
 * kind, else by field names and aliases) and notes when the same file was already imported.
 * The run waits in UPLOADED for the person to confirm the mapping.
 */
export async function createImportFromUpload(
  scope: Scope,
  input: CreateImportInput,
  options: KindOption = {},
): Promise<ImportRun> {
  const { db, orgId, actor } = scope;
  const parsed = uploadImportSchema.parse({ ...input, body: undefined });
  const kind = kindFor(parsed.kind, options);
  if (parsed.sheetSourceId) {
    const source = await db.sheetSource.findFirst({
      where: { id: parsed.sheetSourceId, orgId },
      select: { id: true },
    });
    if (!source) throw notFound("Sheet");
  }

  const file = await storeFile(db, orgId, { name: parsed.fileName, body: input.body });
  const sniffed = sniffFile(file.sample, kind.fields);
  const problem =
    sniffed.headers.length === 0
      ? "This file has no rows we can read. Is it a CSV file?"
      : sniffProblem(sniffed, file.sample, file.sizeBytes <= file.sample.length);
  if (problem) {
    await db.importFile.delete({ where: { id: file.id } });
    throw new UserError(problem);
  }
  const remembered = await db.importMapping.findUnique({
    where: { orgId_kind: { orgId, kind: parsed.kind } },
    select: { mapping: true },
  });
  const suggested = suggestMapping(sniffed.headers, kind.fields, asMapping(remembered?.mapping));
  const headers = new Set(sniffed.headers);
  const given = Object.entries(parsed.mapping ?? {}).filter(([, header]) => headers.has(header));
  const mapping = { ...suggested, ...Object.fromEntries(given) };

  // Same org, kind and bytes as an import that went through: importing it again would change
  // nothing (its rows would all be UNCHANGED), which the page says before anyone waits for it.
  const duplicate = await db.importRun.findFirst({
    where: { orgId, kind: parsed.kind, fileSha256: file.sha256, status: "COMPLETED" },
    orderBy: { finishedAt: "desc" },
    select: { id: true },
  });

  return db.importRun.create({
    data: {
      orgId,
      number: await nextSequenceValue(db, orgId, "import-run"),
      kind: parsed.kind,
      source: parsed.source,
      sheetSourceId: parsed.sheetSourceId,
      fileId: file.id,
      fileName: parsed.fileName,
      fileSha256: file.sha256,
      encoding: sniffed.encoding,
      delimiter: sniffed.delimiter,
      headerRow: sniffed.headerRow,
      headers: sniffed.headers,
      mapping,
      bytesTotal: file.sizeBytes,
      duplicateOfId: duplicate?.id ?? null,
      actorType: actor.type,
      actorId: actor.id ?? null,
      actorLabel: actor.label,
    },
  });
}
