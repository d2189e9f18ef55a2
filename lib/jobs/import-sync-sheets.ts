import "server-only";
import { z } from "zod";
import { syncDueSheetSources } from "@/lib/imports/sheets";
import { defineJob } from "./define-job";

/**
 * Re-reads every Google Sheet whose scheduled sync is due and imports it (valid rows are
 * committed; invalid ones are reported on the run). Runs every few minutes so hourly and daily
 * schedules start close to their time; a round with nothing due costs one query.
 *
 * Idempotency: each source is claimed by moving its nextSyncAt forward before it is synced, and
 * a sheet unchanged since its last completed import is not imported again.
 */
export const importSyncSheetsJob = defineJob({
  id: "import-sync-sheets",
  schema: z.object({}),
  everyMinutes: 5,
  // The next slot runs soon enough; retrying would only overlap with it.
  retries: 0,
  concurrency: 1,
  handler: async (_payload, { logger }) => {
    const { synced, failed } = await syncDueSheetSources();
    if (synced || failed) logger.info(`synced ${synced} sheet(s), ${failed} failed`);
  },
});
