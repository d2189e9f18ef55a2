import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { CHECK_INTERRUPTED, SAVE_INTERRUPTED } from "@/lib/imports/abandoned-runs";
import { cancelImport, commitImport, startValidation } from "@/lib/imports/commands";
import { commitImportRun } from "@/lib/imports/commit-run";
import { getImportPreview, getImportRun } from "@/lib/imports/runs";
import { createImportFromUpload } from "@/lib/imports/uploads";
import { validateImportRun } from "@/lib/imports/validate-run";
import { LEASE_MS } from "@/lib/jobs/lease";
import { createJobRegistry, jobRegistry } from "@/lib/jobs/registry";
import { runPendingJobs } from "@/lib/jobs/runner";
import type { Scope } from "@/lib/scope";
import { signUpOwner } from "./support/factories";

// Big enough that checking and saving take a while, so the kill lands mid-way.
const ROWS = 20_000;
const CSV = [
  "Email,First name,Last name",
  ...Array.from({ length: ROWS }, (_, i) => `c${i}@example.com,Customer,Number ${i}`),
].join("\n");

const registry = createJobRegistry(
  ["import-validate", "import-commit"].map((id) => jobRegistry.get(id)!),
);
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const root = path.resolve(import.meta.dirname, "../..");

let worker: ChildProcess | undefined;
/** The worker's connections, by name (node-postgres reads PGAPPNAME). */
const WORKER_APP = "import-job-worker";

/** An app process running the import jobs, to be killed like a crashed server. */
async function startWorker() {
  worker = spawn(
    process.execPath,
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "tests/integration/support/import-job-worker.ts",
    ],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: "test", PGAPPNAME: WORKER_APP },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const ready = once(worker.stdout!, "data").then(([data]) => String(data));
  const exited = once(worker, "exit").then(([code]) => `exited with ${code}`);
  expect(await Promise.race([ready, exited])).toContain("ready");
  return worker;
}

async function killWorker() {
  const child = worker!;
  worker = undefined;
  const exited = once(child, "exit");
  child.kill("SIGKILL");
  const [, signal] = await exited;
  expect(signal).toBe("SIGKILL");
  // The server would notice the dead client at its next write, after the statement running;
  // ending its sessions now is the same rollback without the wait.
  await db.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
    WHERE datname = current_database() AND application_name = ${WORKER_APP}`;
}

/** Waits until another connection of this database runs a statement matching `pattern`. */
async function waitForStatement(pattern: string, inTransaction: boolean) {
  await expect
    .poll(
      async () => {
        const [row] = await db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS "n" FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND query ILIKE ${pattern}
            AND (${!inTransaction} OR xact_start IS NOT NULL)
            AND state IN ('active', 'idle in transaction')`;
        return row!.n;
      },
      { timeout: 60_000, interval: 20 },
    )
    .toBeGreaterThan(0);
}

/** What the next poll of a live runner does once the dead process's lease has lapsed. */
async function recoverAfterLease() {
  const later = new Date(Date.now() + LEASE_MS + 1_000);
  return runPendingJobs({ registry, logger: quiet, now: later });
}

const customerCount = (orgId: string) => db.customer.count({ where: { orgId } });

async function newShop() {
  const owner = await signUpOwner();
  const actor: Actor = { type: "USER", id: owner.userId, label: "Owner" };
  const scope: Scope = { db, orgId: owner.orgId, actor };
  const run = await createImportFromUpload(scope, {
    kind: "CUSTOMERS",
    fileName: "customers.csv",
    body: Buffer.from(CSV),
  });
  const { suggestedMapping } = await getImportPreview(scope, run.id);
  return { scope, runId: run.id, mapping: suggestedMapping };
}

describe("jobs survive a crashed process", () => {
  beforeAll(async () => {
    // Rows of other files' runs must not be claimed by the worker.
    await db.jobRun.deleteMany({ where: { jobId: { in: [...registry.keys()] } } });
  });

  afterEach(async () => {
    if (worker) await killWorker();
  });

  it("a save killed mid-way and a check killed mid-way are retried to exactly the file's records", async () => {
    const { scope, runId, mapping } = await newShop();

    // Killed while checking: the run comes back "uploaded" with a plain reason.
    await startWorker();
    await startValidation(scope, runId, { mapping });
    await waitForStatement('%COPY "ImportRow"%', false);
    await killWorker();
    const leased = await db.jobRun.findFirstOrThrow({
      where: { jobId: "import-validate", payload: { path: ["runId"], equals: runId } },
    });
    expect(leased.status).toBe("RUNNING");
    // The lease is what lets a dead run be noticed within a minute.
    expect(leased.leaseExpiresAt!.getTime()).toBeLessThanOrEqual(Date.now() + LEASE_MS);
    expect((await recoverAfterLease()).recovered).toBe(1);
    expect(await getImportRun(scope, runId)).toMatchObject({
      status: "UPLOADED",
      failureReason: CHECK_INTERRUPTED,
    });
    expect(await db.importRow.count({ where: { importRunId: runId } })).toBe(0);
    expect((await db.jobRun.findUniqueOrThrow({ where: { id: leased.id } })).attempts).toBe(2);

    // The check runs again from the start.
    await startValidation(scope, runId, { mapping });
    await validateImportRun(scope.orgId, runId, { log: () => undefined });
    expect(await getImportRun(scope, runId)).toMatchObject({
      status: "VALIDATED",
      createdCount: ROWS,
    });

    // Killed while saving: nothing was written, and the run is checked and ready to save again.
    await startWorker();
    await commitImport(scope, runId);
    await waitForStatement('%"Customer"%', true);
    await killWorker();
    expect(await customerCount(scope.orgId)).toBe(0);
    expect((await recoverAfterLease()).recovered).toBe(1);
    expect(await getImportRun(scope, runId)).toMatchObject({
      status: "VALIDATED",
      failureReason: SAVE_INTERRUPTED,
    });
    await commitImport(scope, runId);
    await commitImportRun(scope.orgId, runId, { log: () => undefined });
    expect(await getImportRun(scope, runId)).toMatchObject({
      status: "COMPLETED",
      createdCount: ROWS,
    });
    const customers = await db.customer.findMany({
      where: { orgId: scope.orgId },
      select: { email: true },
    });
    expect(customers).toHaveLength(ROWS);
    expect(new Set(customers.map((c) => c.email)).size).toBe(ROWS);
  }, 420_000);

  it("a cancel asked of a run whose process died takes effect when the run is recovered", async () => {
    const { scope, runId, mapping } = await newShop();
    await startWorker();
    await startValidation(scope, runId, { mapping });
    await waitForStatement('%COPY "ImportRow"%', false);
    await killWorker();

    await cancelImport(scope, runId);
    await recoverAfterLease();
    expect(await getImportRun(scope, runId)).toMatchObject({ status: "CANCELLED" });
    expect(await db.importRow.count({ where: { importRunId: runId } })).toBe(0);
    expect(await customerCount(scope.orgId)).toBe(0);
  }, 120_000);
});
