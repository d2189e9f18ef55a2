import { Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { cancelImport, commitImport, startValidation } from "@/lib/imports/commands";
import { commitImportRun } from "@/lib/imports/commit-run";
import { errorRowsCsv } from "@/lib/imports/error-file";
import type { ImportKindDefinition } from "@/lib/imports/kinds/types";
import { getImportPreview, getImportRun, listImportRows, listImportRuns } from "@/lib/imports/runs";
import { importRunListSchema } from "@/lib/imports/schemas";
import { createImportFromUpload } from "@/lib/imports/uploads";
import { validateImportRun } from "@/lib/imports/validate-run";
import type { Scope } from "@/lib/scope";
import { signUpOwner, userError, type Owner } from "./support/factories";
import { testCustomerKind, type TestCustomerRow } from "./support/import-test-kind";

type Kind = ImportKindDefinition<TestCustomerRow>;
const quiet = { log: () => undefined };

function scopeOf(owner: Owner): Scope {
  const actor: Actor = { type: "USER", id: owner.userId, label: owner.user.name ?? "Owner" };
  return { db, orgId: owner.orgId, actor };
}

async function upload(
  scope: Scope,
  csv: string | Buffer | Readable,
  definition: Kind,
  fileName = "customers.csv",
) {
  return createImportFromUpload(
    scope,
    { kind: "CUSTOMERS", fileName, body: typeof csv === "string" ? Buffer.from(csv) : csv },
    { definition },
  );
}

/** Uploads, confirms the suggested mapping and runs the dry run as the job would. */
async function dryRun(scope: Scope, csv: string | Buffer | Readable, definition: Kind) {
  const run = await upload(scope, csv, definition);
  const preview = await getImportPreview(scope, run.id, { definition });
  await startValidation(scope, run.id, { mapping: preview.suggestedMapping }, { definition });
  await validateImportRun(scope.orgId, run.id, { definition, ...quiet });
  return getImportRun(scope, run.id);
}

async function commit(scope: Scope, runId: string, definition: Kind) {
  await commitImport(scope, runId);
  await commitImportRun(scope.orgId, runId, { definition, ...quiet });
  return getImportRun(scope, runId);
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

const customersOf = (orgId: string) =>
  db.customer.findMany({ where: { orgId }, orderBy: { email: "asc" } });

const SAMPLE = [
  "Customer list,,", // a title line above the header
  "E-mail,First name,Last name",
  "ada@example.com,Ada,Lovelace",
  "grace@example.com,Grace,Hopper",
  "not-an-email,Bad,Row",
  "short@example.com,Only two",
  "ADA@example.com,Ada,Again",
  "spam@blocked.test,Spam,Bot",
  "",
  "kept@example.com,Kept,Same",
  "moved@example.com,Moved,Newname",
  ",,",
].join("\n");

describe("import engine", () => {
  let owner: Owner;
  let scope: Scope;
  const kind = testCustomerKind();

  beforeAll(async () => {
    owner = await signUpOwner();
    scope = scopeOf(owner);
    await db.customer.createMany({
      data: [
        { orgId: owner.orgId, email: "kept@example.com", firstName: "Kept", lastName: "Same" },
        { orgId: owner.orgId, email: "moved@example.com", firstName: "Moved", lastName: "Oldname" },
      ],
    });
  });

  it("detects the format and suggests a mapping on upload", async () => {
    const run = await upload(scope, SAMPLE, kind);
    expect(run).toMatchObject({
      status: "UPLOADED",
      kind: "CUSTOMERS",
      delimiter: ",",
      encoding: "utf-8",
      headerRow: 2,
      headers: ["E-mail", "First name", "Last name"],
      mapping: { email: "E-mail", first_name: "First name", last_name: "Last name" },
      bytesTotal: Buffer.byteLength(SAMPLE),
      duplicateOfId: null,
    });
    const preview = await getImportPreview(scope, run.id, { definition: kind });
    expect(preview.rows[0]).toEqual(["ada@example.com", "Ada", "Lovelace"]);
    expect(preview.fields.map((f) => f.key)).toEqual(["email", "first_name", "last_name"]);
  });

  it("dry-runs a file: counts, row errors in file lines, duplicates, nothing written", async () => {
    const run = await dryRun(scope, SAMPLE, kind);
    expect(run).toMatchObject({
      status: "VALIDATED",
      rowsProcessed: 8,
      rowsValid: 4,
      rowsInvalid: 4,
      createdCount: 2,
      updatedCount: 1,
      unchangedCount: 1,
      bytesProcessed: Buffer.byteLength(SAMPLE),
    });
    const invalid = await listImportRows(scope, run.id, {
      outcome: "INVALID",
      page: 1,
      pageSize: 50,
    });
    expect(invalid.rows.map((r) => [r.rowNumber, r.errors])).toEqual([
      [5, [{ column: "E-mail", value: "not-an-email", message: "Enter a valid email address." }]],
      [6, [{ column: "", value: "", message: "Expected 3 columns, found 2." }]],
      [7, [{ column: "", value: "", message: "Same as row 3." }]],
      [8, [{ column: "Email", value: "spam@blocked.test", message: "This domain is blocked." }]],
    ]);
    // The dry run writes nothing outside the import's own rows.
    expect((await customersOf(owner.orgId)).map((c) => c.email)).toEqual([
      "kept@example.com",
      "moved@example.com",
    ]);
    // The confirmed mapping is offered again next time.
    const remembered = await db.importMapping.findUnique({
      where: { orgId_kind: { orgId: owner.orgId, kind: "CUSTOMERS" } },
    });
    expect(remembered?.mapping).toEqual({
      email: "E-mail",
      first_name: "First name",
      last_name: "Last name",
    });
  });

  it("writes an error file that can be fixed and uploaded as is", async () => {
    const run = await dryRun(scope, SAMPLE, kind);
    const records = await collect(errorRowsCsv(scope, run.id));
    expect(records).toEqual([
      ["E-mail", "First name", "Last name", "Errors"],
      ["not-an-email", "Bad", "Row", "Row 5: E-mail: Enter a valid email address."],
      ["short@example.com", "Only two", "", "Row 6: Expected 3 columns, found 2."],
      ["ADA@example.com", "Ada", "Again", "Row 7: Same as row 3."],
      ["spam@blocked.test", "Spam", "Bot", "Row 8: Email: This domain is blocked."],
    ]);
    const fixed = records
      .map((r, i) => (i === 1 ? ["bad@example.com", ...r.slice(1)] : r))
      .map((r) => r.join(","))
      .join("\n");
    const again = await upload(scope, fixed, kind, "errors.csv");
    expect(again.mapping).toEqual({
      email: "E-mail",
      first_name: "First name",
      last_name: "Last name",
    });
  });

  it("commits in one go, records the audit entry, and a second import of the file changes nothing", async () => {
    const org = await signUpOwner();
    const s = scopeOf(org);
    const first = await commit(s, (await dryRun(s, SAMPLE, kind)).id, kind);
    expect(first).toMatchObject({ status: "COMPLETED", createdCount: 4, failureReason: null });
    const after = await customersOf(org.orgId);
    expect(after.map((c) => [c.email, c.firstName, c.lastName])).toEqual([
      ["ada@example.com", "Ada", "Lovelace"],
      ["grace@example.com", "Grace", "Hopper"],
      ["kept@example.com", "Kept", "Same"],
      ["moved@example.com", "Moved", "Newname"],
    ]);
    const audit = await db.auditLog.findFirst({
      where: { orgId: org.orgId, action: "import.completed", entityId: first.id },
    });
    expect(audit?.after).toMatchObject({ created: 4, updated: 0, invalid: 4 });

    const second = await dryRun(s, SAMPLE, kind);
    expect(second.duplicateOfId).toBe(first.id);
    expect(second.duplicateNotice).toMatch(/already imported as import #\d+/);
    expect(second).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 4 });
    const done = await commit(s, second.id, kind);
    expect(done).toMatchObject({
      status: "COMPLETED",
      createdCount: 0,
      updatedCount: 0,
      unchangedCount: 4,
    });
    expect(await customersOf(org.orgId)).toEqual(after);
  });

  it("rolls a failing commit back completely and says why in plain words", async () => {
    const org = await signUpOwner();
    const s = scopeOf(org);
    const crashing = testCustomerKind({
      afterWrite: async () => {
        throw new Error("connection reset by peer at 0x7f3a");
      },
    });
    const run = await commit(s, (await dryRun(s, SAMPLE, crashing)).id, crashing);
    expect(run.status).toBe("FAILED");
    expect(run.failureReason).toMatch(/^Something went wrong on our side.*Nothing was changed/);
    expect(run.failureReason).not.toMatch(/0x7f3a|Error/);
    expect(await customersOf(org.orgId)).toEqual([]);
    expect(
      await db.auditLog.count({
        where: { orgId: org.orgId, action: "import.failed", entityId: run.id },
      }),
    ).toBe(1);

    const refusing = testCustomerKind({
      afterWrite: async () => {
        throw new UserError("Location MAIN is archived; restore it before importing counts.");
      },
    });
    const refused = await commit(s, (await dryRun(s, SAMPLE, refusing)).id, refusing);
    expect(refused.failureReason).toBe(
      "Location MAIN is archived; restore it before importing counts.",
    );
    expect(await customersOf(org.orgId)).toEqual([]);
  });

  it("fails a run whose file cannot be read, naming the line", async () => {
    const csv = `Email,First name,Last name\na@example.com,A,B\nb@example.com,"${"x".repeat(1_100_000)}\n`;
    const uploaded = await upload(scope, csv, kind);
    await startValidation(
      scope,
      uploaded.id,
      { mapping: { email: "Email" } },
      { definition: kind },
    );
    await validateImportRun(scope.orgId, uploaded.id, { definition: kind, ...quiet });
    const run = await getImportRun(scope, uploaded.id);
    expect(run.status).toBe("FAILED");
    expect(run.failureReason).toMatch(/^Line 3 holds a row longer than 1 MB/);
    expect(await db.importRow.count({ where: { importRunId: run.id } })).toBe(0);
  });

  it("re-reads the headers when the person corrects the header row", async () => {
    const run = await upload(
      scope,
      "Some title\nNotes,,\nEmail,First name,Last name\na@example.com,A,B\n",
      kind,
    );
    const updated = await startValidation(
      scope,
      run.id,
      { headerRow: 3, mapping: { email: "Email" } },
      { definition: kind },
    );
    expect(updated.headers).toEqual(["Email", "First name", "Last name"]);
    const error = await userError(
      startValidation(scope, run.id, { mapping: { email: "Nope" } }, { definition: kind }),
      "conflict",
    );
    expect(error.message).toMatch(/being checked/);
  });

  it("refuses a mapping without the required fields", async () => {
    const run = await upload(scope, SAMPLE, kind);
    const error = await userError(
      startValidation(
        scope,
        run.id,
        { mapping: { first_name: "First name" } },
        { definition: kind },
      ),
    );
    expect(error.options.fieldErrors).toEqual({ email: ["Choose the column for Email."] });
  });

  describe("cancel", () => {
    it("cancels a run that is not working at once", async () => {
      const run = await upload(scope, SAMPLE, kind);
      expect((await cancelImport(scope, run.id)).status).toBe("CANCELLED");
      await userError(cancelImport(scope, run.id), "conflict");
    });

    const ROWS_TO_CANCEL = 250_000;
    it("stops a running dry run at its next progress write and keeps no rows", async () => {
      // Far more rows than one progress interval takes, so the cancel (written asynchronously
      // from the first row) lands long before the end even on a busy machine; a run that is
      // stopped early never reads them all, so the size costs little.
      const lines = ["Email,First name,Last name"];
      for (let i = 0; i < ROWS_TO_CANCEL; i++) lines.push(`c${i}@example.com,C,${i}`);
      let runId = "";
      let requested = false;
      const cancelling = testCustomerKind({
        onRow: () => {
          if (requested || !runId) return;
          requested = true;
          void cancelImport(scope, runId);
        },
      });
      const run = await upload(scope, lines.join("\n"), cancelling);
      runId = run.id;
      const preview = await getImportPreview(scope, run.id, { definition: cancelling });
      requested = false;
      await startValidation(
        scope,
        run.id,
        { mapping: preview.suggestedMapping },
        { definition: cancelling },
      );
      await validateImportRun(scope.orgId, run.id, { definition: cancelling, ...quiet });
      const after = await getImportRun(scope, run.id);
      expect(after.status).toBe("CANCELLED");
      expect(after.rowsProcessed).toBeLessThan(ROWS_TO_CANCEL);
      expect(await db.importRow.count({ where: { importRunId: run.id } })).toBe(0);
    });

    it("rolls back a commit cancelled while it writes", async () => {
      const org = await signUpOwner();
      const s = scopeOf(org);
      const slow = testCustomerKind({
        afterWrite: async (ctx) => {
          await ctx.db.$executeRaw`SELECT pg_sleep(20)`;
        },
      });
      const run = await dryRun(s, SAMPLE, slow);
      await commitImport(s, run.id);
      const started = Date.now();
      const committing = commitImportRun(org.orgId, run.id, { definition: slow, ...quiet });
      await new Promise((resolve) => setTimeout(resolve, 500));
      await cancelImport(s, run.id);
      await committing;
      expect(Date.now() - started).toBeLessThan(10_000);
      expect((await getImportRun(s, run.id)).status).toBe("CANCELLED");
      expect(await customersOf(org.orgId)).toEqual([]);
    });
  });

  it("keeps every organisation's imports to itself", async () => {
    const other = await signUpOwner();
    const otherScope = scopeOf(other);
    const run = await dryRun(scope, SAMPLE, kind);
    const rowsBefore = await db.importRow.count({ where: { importRunId: run.id } });

    await userError(getImportRun(otherScope, run.id), "not_found");
    await userError(getImportPreview(otherScope, run.id, { definition: kind }), "not_found");
    await userError(listImportRows(otherScope, run.id, { page: 1, pageSize: 10 }), "not_found");
    await userError(collect(errorRowsCsv(otherScope, run.id)), "not_found");
    await userError(
      startValidation(otherScope, run.id, { mapping: { email: "E-mail" } }, { definition: kind }),
      "not_found",
    );
    await userError(commitImport(otherScope, run.id), "not_found");
    await userError(cancelImport(otherScope, run.id), "not_found");
    // A job handed another organisation's id does nothing.
    await commitImportRun(other.orgId, run.id, { definition: kind, ...quiet });
    await validateImportRun(other.orgId, run.id, { definition: kind, ...quiet });

    const list = await listImportRuns(otherScope, importRunListSchema.parse({}));
    expect(list.total).toBe(0);
    const unchanged = await getImportRun(scope, run.id);
    expect(unchanged.status).toBe("VALIDATED");
    expect(unchanged.cancelRequestedAt).toBeNull();
    expect(await db.importRow.count({ where: { importRunId: run.id } })).toBe(rowsBefore);
    // Nor does another organisation's upload of the same file count as a repeat.
    const theirs = await upload(otherScope, SAMPLE, kind);
    expect(theirs.duplicateOfId).toBeNull();
  });

  it("dry-runs a ~50 MB file with bounded memory", { timeout: 300_000 }, async () => {
    const org = await signUpOwner();
    const s = scopeOf(org);
    const padding = "x".repeat(180);
    const rows = 250_000;
    function* lines() {
      yield "Email,First name,Last name\n";
      for (let i = 0; i < rows; i++) yield `big${i}@example.com,Big,${padding}${i}\n`;
    }
    // Streamed from a generator, as an upload arrives: the test never holds the file either.
    const body = Readable.from(lines(), { objectMode: false });
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 20);
    try {
      const started = Date.now();
      const run = await dryRun(s, body, kind);
      const seconds = (Date.now() - started) / 1000;
      expect(run.bytesTotal).toBeGreaterThan(45 * 1024 * 1024);
      expect(run).toMatchObject({ status: "VALIDATED", rowsValid: rows, createdCount: rows });
      console.info(
        `dry run of ${(run.bytesTotal / 1024 / 1024).toFixed(1)} MB, ${rows} rows: ${seconds.toFixed(1)} s, heap growth ${((peak - baseline) / 1024 / 1024).toFixed(1)} MB`,
      );
    } finally {
      clearInterval(sampler);
    }
    expect(peak - baseline).toBeLessThan(100 * 1024 * 1024);
  });
});
