import { describe, expect, it, vi } from "vitest";
import { importSyncSheetsFunction } from "./import-sync-sheets";

// The sync itself is covered against a real database (tests/integration/imports-sheets.test.ts).
vi.mock("@/lib/imports/sheets", () => ({
  syncDueSheetSources: vi.fn(async () => ({ synced: 0, failed: 0 })),
}));

describe("import-sync-sheets Inngest function", () => {
  it("runs on a cron trigger matching the job's schedule, one at a time, without retries", () => {
    expect(importSyncSheetsFunction.opts).toMatchObject({
      id: "import-sync-sheets",
      retries: 0,
      concurrency: 1,
      triggers: [{ cron: "*/5 * * * *" }],
    });
  });
});
