/**
 * One sales import through the real path, in a process of its own so its peak memory is its
 * own: createImportFromUpload (streaming the file from disk) → startValidation + the dry run
 * (validateImportRun, what job "import-validate" runs) → commitImport + the commit
 * (commitImportRun, what job "import-commit" runs). Prints one JSON line with the timings.
 *
 *   node --conditions=react-server --import tsx bench/imports/import-child.ts <file> <orgId>
 */
import fs from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import { commitImport, startValidation } from "@/lib/imports/commands";
import { commitImportRun } from "@/lib/imports/commit-run";
import { asMapping } from "@/lib/imports/mapping";
import { createImportFromUpload } from "@/lib/imports/uploads";
import { validateImportRun } from "@/lib/imports/validate-run";
import type { Scope } from "@/lib/scope";

export type ImportChildResult = {
  uploadMs: number;
  validateMs: number;
  commitMs: number;
  /** Resident memory once the modules are loaded, before the import starts. */
  startRssMb: number;
  peakRssMb: number;
  status: string;
  failureReason: string | null;
  rowsValid: number;
  rowsInvalid: number;
  createdCount: number;
};

/** Linux reports maxRSS in kilobytes. */
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

async function main() {
  const [file, orgId] = process.argv.slice(2);
  if (!file || !orgId) throw new Error("usage: import-child.ts <file> <orgId>");
  const scope: Scope = { db, orgId, actor: { type: "SYSTEM", label: "Benchmark" } };
  // A server process has its pool connected and Prisma's query engine initialised; do that
  // before the clock starts so the timings are the import's, not the process start-up's.
  await db.organization.findUniqueOrThrow({ where: { id: orgId } });
  await db.importRun.count({ where: { orgId } });
  const startRssMb = process.memoryUsage().rss / 1024 / 1024;

  let started = performance.now();
  const uploaded = await createImportFromUpload(scope, {
    kind: "SALES",
    fileName: path.basename(file),
    body: fs.createReadStream(file),
  });
  const uploadMs = performance.now() - started;

  started = performance.now();
  await startValidation(scope, uploaded.id, { mapping: asMapping(uploaded.mapping) });
  await validateImportRun(orgId, uploaded.id);
  const validateMs = performance.now() - started;
  let run = await db.importRun.findUniqueOrThrow({ where: { id: uploaded.id } });

  let commitMs = 0;
  if (run.status === "VALIDATED") {
    started = performance.now();
    await commitImport(scope, run.id);
    await commitImportRun(orgId, run.id);
    commitMs = performance.now() - started;
    run = await db.importRun.findUniqueOrThrow({ where: { id: run.id } });
  }

  const result: ImportChildResult = {
    uploadMs,
    validateMs,
    commitMs,
    startRssMb,
    peakRssMb: peakRssMb(),
    status: run.status,
    failureReason: run.failureReason,
    rowsValid: run.rowsValid,
    rowsInvalid: run.rowsInvalid,
    createdCount: run.createdCount,
  };
  console.log(JSON.stringify(result));
}

main()
  .then(() => db.$disconnect())
  .then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
