import { z } from "zod";
import { id, rawText, text } from "@/lib/validation/fields";
import { ImportKind, ImportRowOutcome, ImportStatus } from "@/lib/generated/prisma/enums";
import { listParamsSchema } from "@/lib/list-params";

/**
 * Inputs of the import commands, shared by the server actions, the API routes and the tests.
 * Field-level checks of a mapping (known fields, existing columns, required fields) need the
 * run's headers and kind, so they happen in the commands.
 */

export const IMPORT_DELIMITERS = [",", ";", "\t", "|"] as const;

const runId = id("Choose an import.");

export const importRunIdSchema = z.object({ runId });

export const columnMappingSchema = z.record(text({ max: 64 }).min(1), rawText({ max: 500 }), {
  error: "Map the file's columns to fields.",
});

export const startValidationSchema = z.object({
  runId,
  mapping: columnMappingSchema,
  delimiter: z
    .enum(IMPORT_DELIMITERS, { error: "Choose a comma, semicolon, tab or vertical bar." })
    .optional(),
  encoding: text({ max: 40 }).min(1).optional(),
  headerRow: z.coerce
    .number({ error: "The header row is a line number." })
    .int("The header row is a line number.")
    .min(1, "The header row is a line number from 1.")
    .max(1000, "The header row must be within the first 1,000 lines.")
    .optional(),
  autoCommit: z.boolean().optional(),
});
export type StartValidationInput = z.infer<typeof startValidationSchema>;

export const uploadImportSchema = z.object({
  kind: z.enum(ImportKind, { error: "Choose what the file holds." }),
  fileName: text({ max: 255 })
    .min(1, "The file needs a name.")
    .max(255, "The file name is too long."),
  source: z.enum(["UPLOAD", "GOOGLE_SHEET"]).default("UPLOAD"),
  sheetSourceId: id().optional(),
  mapping: columnMappingSchema.optional(),
});

export const IMPORT_RUN_SORTS = ["createdAt", "number", "status", "kind"] as const;

export const importRunListSchema = listParamsSchema({
  sortable: IMPORT_RUN_SORTS,
  defaultSort: "createdAt",
  defaultDir: "desc",
}).extend({
  kind: z.enum(ImportKind).optional().catch(undefined),
  status: z.enum(ImportStatus).optional().catch(undefined),
});
export type ImportRunListParams = z.infer<typeof importRunListSchema>;

export const importRowListSchema = z.object({
  outcome: z.enum(ImportRowOutcome).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(500).catch(50),
});
export type ImportRowListParams = z.infer<typeof importRowListSchema>;
