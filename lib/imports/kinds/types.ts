import type { z } from "zod";
import type { Db } from "@/lib/db";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/audit/actor";

/** One column a kind understands. `aliases` help header detection ("qty" → quantity). */
export type ImportField = {
  key: string;
  label: string;
  required: boolean;
  /** Lower-case header spellings that map to this field without asking. */
  aliases: readonly string[];
  description: string;
  example: string;
};

/** What a kind's classify/commit step needs to know about the run it works on. */
export type ImportContext = {
  /** The transaction (commit) or a plain client (dry run). */
  db: Db;
  orgId: string;
  runId: string;
  actor: Actor;
  org: { timezone: string; currency: string };
};

/**
 * A kind of import. The engine (lib/imports/engine) streams the file, maps cells to field keys,
 * validates each record with `rowSchema` (the same zod schema the forms and API use, or one
 * built from it) and stages valid rows as ImportRow.data (JSON) with `naturalKey(row)`. Rows
 * whose natural key repeats an earlier row of the same file are reported INVALID by the engine.
 *
 * Then, set-based over the run's staged rows:
 * - `classify` (dry run, and again inside the commit transaction) sets each valid row's
 *   outcome to CREATED / UPDATED / UNCHANGED by comparing with the current data, or to INVALID
 *   with `errors` when the row conflicts with it (unknown SKU, order already imported with other
 *   lines, not enough stock…). It must not write outside ImportRow.
 * - `commit` writes the CREATED/UPDATED rows into the core tables and records entityType,
 *   entityId and (for updates) `changes` on each row. It runs in the import's one transaction.
 */
export type ImportKindDefinition<Row = unknown> = {
  kind: ImportKind;
  /** "Sales lines", "Products", … */
  label: string;
  description: string;
  fields: readonly ImportField[];
  /**
   * Input: field key → trimmed cell text ("" when empty or unmapped). Output must be JSON-safe
   * (dates as ISO strings): it is stored as ImportRow.data. Takes the organisation because
   * local date-times and money depend on its timezone and currency.
   */
  rowSchema(org: ImportContext["org"]): z.ZodType<Row, Record<string, string>>;
  naturalKey(row: Row): string;
  classify(ctx: ImportContext): Promise<void>;
  commit(ctx: ImportContext): Promise<void>;
  /** A few example rows (cells in `fields` order) for the downloadable template. */
  templateRows: readonly (readonly string[])[];
};

/** Shape of one entry of ImportRow.errors. */
export type ImportRowError = { column: string; value: string; message: string };
