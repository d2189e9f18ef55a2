import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import {
  createSheetSource,
  deleteSheetSource,
  getSheetSource,
  listSheetSources,
  syncDueSheetSources,
  syncSheetSource,
  updateSheetSource,
} from "@/lib/imports/sheets";
import type { JobLogger } from "@/lib/jobs/define-job";
import { importCommitJob } from "@/lib/jobs/import-commit";
import { importValidateJob } from "@/lib/jobs/import-validate";
import { createJobRegistry } from "@/lib/jobs/registry";
import { runPendingJobs } from "@/lib/jobs/runner";
import type { Scope } from "@/lib/scope";
import { customerOrg, makeCustomer } from "./support/customers";

// The fake must be listening, and GOOGLE_SHEETS_BASE_URL set, before lib/env reads the
// environment: vi.hoisted runs ahead of the imports above.
const fake = await vi.hoisted(async () => {
  const { startFakeSheets } = await import("../support/fake-sheets");
  const server = await startFakeSheets();
  process.env.GOOGLE_SHEETS_BASE_URL = server.url;
  return server;
});

const silent: JobLogger = { debug() {}, info() {}, warn() {}, error() {} };
const importJobs = createJobRegistry([importValidateJob, importCommitJob]);
const runImportJobs = () => runPendingJobs({ registry: importJobs, logger: silent });

let sheetCount = 0;
/** A fresh spreadsheet id (Google's are 44 characters of this alphabet). */
const newSheetId = () =>
  `1Sheet${String(++sheetCount).padStart(4, "0")}${Date.now().toString(36)}xyz`;

const HEADER = "Email,First name,Last name";

async function customersSheet(
  scope: Scope,
  input: { name?: string; schedule?: "manual" | "hourly" | "daily" } = {},
) {
  const id = newSheetId();
  const source = await createSheetSource(scope, {
    name: input.name ?? `Customers ${id}`,
    kind: "CUSTOMERS",
    sheetUrl: fake.shareLink(id, "0"),
    schedule: input.schedule ?? "manual",
  });
  return { id, source };
}

describe("Google Sheets import sources", () => {
  let scope: Scope;
  beforeEach(async () => {
    ({ scope } = await customerOrg());
  });
  afterAll(() => fake.stop());

  it("stores the CSV export address of the pasted link, on the configured host", async () => {
    const source = await createSheetSource(scope, {
      name: "Market stall",
      kind: "CUSTOMERS",
      sheetUrl: "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrSt/edit#gid=987",
      schedule: "daily",
    });
    expect(source.csvUrl).toBe(
      `${fake.url}/spreadsheets/d/1AbCdEfGhIjKlMnOpQrSt/export?format=csv&gid=987`,
    );
    expect(source.syncEveryMinutes).toBe(24 * 60);
    expect(source.nextSyncAt!.getTime()).toBeGreaterThan(Date.now());

    await expect(
      createSheetSource(scope, {
        name: "Elsewhere",
        kind: "CUSTOMERS",
        sheetUrl: "https://example.com/sheet.csv",
        schedule: "manual",
      }),
    ).rejects.toMatchObject({ options: { fieldErrors: { sheetUrl: expect.any(Array) } } });
    await expect(
      createSheetSource(scope, {
        name: "market STALL",
        kind: "CUSTOMERS",
        sheetUrl: source.sheetUrl,
        schedule: "manual",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("reads the sheet and stages its diff: new, updated, unchanged and invalid rows", async () => {
    await makeCustomer(scope, { email: "ann@example.com", firstName: "Ann", lastName: "Lee" });
    await makeCustomer(scope, { email: "bob@example.com", firstName: "Bob", lastName: "Ray" });
    const { id, source } = await customersSheet(scope);
    fake.publish(id, "0", {
      csv: [
        HEADER,
        "ann@example.com,Anne,Lee",
        "bob@example.com,Bob,Ray",
        "cat@example.com,Cat,Moss",
        "dan@example.com,Dan,Oak",
        "not-an-email,Eve,Fox",
      ].join("\n"),
    });

    const result = await syncSheetSource(scope, source.id, { autoCommit: false });
    expect(result).toMatchObject({ status: "started", validating: true });
    await runImportJobs();

    const runId = (result as { runId: string }).runId;
    const run = await db.importRun.findUniqueOrThrow({ where: { id: runId } });
    expect(run).toMatchObject({
      status: "VALIDATED",
      source: "GOOGLE_SHEET",
      sheetSourceId: source.id,
      createdCount: 2,
      updatedCount: 1,
      unchangedCount: 1,
      rowsInvalid: 1,
    });
    const after = await getSheetSource(scope, source.id);
    expect(after.lastError).toBeNull();
    expect(after.lastSyncedAt).not.toBeNull();
    // A manual sync stops at the dry run: nothing is written until the person commits.
    expect(await db.customer.count({ where: { orgId: scope.orgId } })).toBe(2);
  });

  it("syncs due scheduled sheets only, commits their valid rows and skips an unchanged sheet", async () => {
    const due = await customersSheet(scope, { schedule: "hourly" });
    const later = await customersSheet(scope, { schedule: "hourly" });
    const manual = await customersSheet(scope, { schedule: "manual" });
    for (const sheet of [due, later, manual]) {
      fake.publish(sheet.id, "0", {
        csv: `${HEADER}\nnew-${sheet.id}@example.com,New,Person\nbroken,Bad,Row\n`,
      });
    }
    const now = new Date();
    await db.sheetSource.update({
      where: { id: due.source.id },
      data: { nextSyncAt: new Date(now.getTime() - 60_000) },
    });

    const summary = await syncDueSheetSources({ now });
    expect(summary.synced).toBeGreaterThanOrEqual(1);
    expect(fake.requests(due.id, "0")).toBe(1);
    expect(fake.requests(later.id, "0")).toBe(0);
    expect(fake.requests(manual.id, "0")).toBe(0);
    const claimed = await getSheetSource(scope, due.source.id);
    expect(claimed.nextSyncAt!.getTime()).toBe(now.getTime() + 60 * 60_000);

    await runImportJobs();
    await runImportJobs();
    const run = await db.importRun.findFirstOrThrow({ where: { sheetSourceId: due.source.id } });
    expect(run).toMatchObject({ status: "COMPLETED", createdCount: 1, rowsInvalid: 1 });
    expect(run.actorLabel).toBe("Scheduled sync");
    expect(
      await db.customer.count({
        where: { orgId: scope.orgId, email: `new-${due.id.toLowerCase()}@example.com` },
      }),
    ).toBe(1);

    // Not due again until its next slot; and when it is, the same sheet is not imported twice.
    expect((await syncDueSheetSources({ now })).synced).toBe(0);
    const again = await syncSheetSource(scope, due.source.id, { autoCommit: true });
    expect(again).toEqual({ status: "unchanged", runId: run.id });
    expect(await db.importRun.count({ where: { sheetSourceId: due.source.id } })).toBe(1);
  });

  it.each([
    ["a missing sheet", { status: 404 } as const, /not found/],
    ["a sheet that is not shared", { private: true } as const, /not shared/],
    ["a server error", { status: 500, body: "oops" } as const, /HTTP 500/],
  ])("records a clear lastError for %s and starts no import", async (_label, sheet, message) => {
    const { id, source } = await customersSheet(scope, { schedule: "hourly" });
    fake.publish(id, "0", sheet);
    const result = await syncSheetSource(scope, source.id, { autoCommit: false });
    expect(result).toMatchObject({ status: "failed", error: expect.stringMatching(message) });
    const after = await getSheetSource(scope, source.id);
    expect(after.lastError).toMatch(message);
    expect(after.nextSyncAt!.getTime()).toBeGreaterThan(Date.now());
    expect(await db.importRun.count({ where: { sheetSourceId: source.id } })).toBe(0);
  });

  it("keeps each organisation's sheets to itself", async () => {
    const { source } = await customersSheet(scope, { name: "Private list" });
    const { scope: other } = await customerOrg();
    const input = {
      name: "Taken over",
      kind: "CUSTOMERS" as const,
      sheetUrl: source.sheetUrl,
      schedule: "manual" as const,
    };

    expect((await listSheetSources(other)).map((s) => s.id)).not.toContain(source.id);
    for (const attempt of [
      () => getSheetSource(other, source.id),
      () => updateSheetSource(other, source.id, input),
      () => deleteSheetSource(other, source.id),
      () => syncSheetSource(other, source.id, { autoCommit: true }),
    ]) {
      await expect(attempt()).rejects.toSatisfy(
        (e) => e instanceof UserError && e.code === "not_found",
      );
    }
    expect((await getSheetSource(scope, source.id)).name).toBe("Private list");
  });
});
