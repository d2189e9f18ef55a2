"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { cancelImport, commitImport, startValidation } from "@/lib/imports/commands";
import { importRunIdSchema, startValidationSchema } from "@/lib/imports/schemas";
import {
  sheetSourceIdSchema,
  sheetSourceInputSchema,
  updateSheetSourceSchema,
} from "@/lib/imports/sheet-schemas";
import {
  createSheetSource,
  deleteSheetSource,
  rememberSheetMapping,
  syncSheetSource,
  updateSheetSource,
} from "@/lib/imports/sheets";
import { UserError } from "@/lib/errors";

const entityType = "ImportRun";

function refresh(runId?: string) {
  revalidatePath("/imports");
  if (runId) revalidatePath(`/imports/${runId}`);
}

/** Confirms the column mapping and starts the dry run. */
export const startValidationAction = defineAction({
  permission: "imports.run",
  input: startValidationSchema,
  audit: { entityType, action: "import.validate" },
  handler: async ({ runId, ...input }, ctx) => {
    const run = await startValidation(ctx, runId, input);
    // A sheet's next sync reads its columns the way the person just confirmed.
    await rememberSheetMapping(ctx, runId, input.mapping);
    ctx.audit({ entityId: runId, after: { mapping: input.mapping } });
    refresh(runId);
    return { id: run.id };
  },
});

export const commitImportAction = defineAction({
  permission: "imports.run",
  input: importRunIdSchema,
  audit: { entityType, action: "import.commit" },
  handler: async ({ runId }, ctx) => {
    await commitImport(ctx, runId);
    ctx.audit({ entityId: runId });
    refresh(runId);
  },
});

export const cancelImportAction = defineAction({
  permission: "imports.run",
  input: importRunIdSchema,
  audit: { entityType, action: "import.cancel" },
  handler: async ({ runId }, ctx) => {
    await cancelImport(ctx, runId);
    ctx.audit({ entityId: runId });
    refresh(runId);
  },
});

export const createSheetSourceAction = defineAction({
  permission: "imports.run",
  input: sheetSourceInputSchema,
  audit: { entityType: "SheetSource", action: "sheet_source.create" },
  handler: async (input, ctx) => {
    const source = await createSheetSource(ctx, input);
    ctx.audit({ entityId: source.id, after: source });
    revalidatePath("/imports/sheets");
    return { id: source.id };
  },
});

export const updateSheetSourceAction = defineAction({
  permission: "imports.run",
  input: updateSheetSourceSchema,
  audit: { entityType: "SheetSource", action: "sheet_source.update" },
  handler: async ({ id, ...input }, ctx) => {
    const { before, after } = await updateSheetSource(ctx, id, input);
    ctx.audit({ entityId: id, before, after });
    revalidatePath("/imports/sheets");
    return { id };
  },
});

export const deleteSheetSourceAction = defineAction({
  permission: "imports.run",
  input: sheetSourceIdSchema,
  audit: { entityType: "SheetSource", action: "sheet_source.delete" },
  handler: async ({ id }, ctx) => {
    const before = await deleteSheetSource(ctx, id);
    ctx.audit({ entityId: id, before });
    revalidatePath("/imports/sheets");
  },
});

/**
 * Reads the sheet now and starts its dry run; the person then reviews the staged changes and
 * commits. No audit transaction here: the fetch can take seconds, and the run it creates (and
 * its commit) are what the history and audit log record.
 */
export const syncSheetSourceAction = defineAction({
  permission: "imports.run",
  input: sheetSourceIdSchema,
  audit: false,
  handler: async ({ id }, ctx) => {
    const result = await syncSheetSource(ctx, id, { autoCommit: false });
    revalidatePath("/imports/sheets");
    revalidatePath("/imports");
    if (result.status === "failed") throw new UserError(result.error);
    return result;
  },
});
