import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { commitImport, startValidation } from "@/lib/imports/commands";
import { commitImportRun } from "@/lib/imports/commit-run";
import { getImportPreview, getImportRun } from "@/lib/imports/runs";
import { sampleCsv } from "@/lib/imports/templates";
import { createImportFromUpload } from "@/lib/imports/uploads";
import { validateImportRun } from "@/lib/imports/validate-run";
import type { Scope } from "@/lib/scope";
import { seedDemoShop } from "@/prisma/demo/seed-demo-shop";
import { signUpOwner } from "./support/factories";

const quiet = { log: () => undefined };

/** Uploads a kind's sample file, dry-runs it with the suggested mapping and commits it. */
async function importSample(scope: Scope, kind: ImportKind) {
  const created = await createImportFromUpload(scope, {
    kind,
    fileName: `${kind.toLowerCase()}-sample.csv`,
    body: Buffer.from(sampleCsv(kind)),
  });
  const preview = await getImportPreview(scope, created.id);
  await startValidation(scope, created.id, { mapping: preview.suggestedMapping });
  await validateImportRun(scope.orgId, created.id, quiet);
  const validated = await getImportRun(scope, created.id);
  expect(validated.status, `${kind}: ${validated.failureReason}`).toBe("VALIDATED");
  await commitImport(scope, created.id);
  await commitImportRun(scope.orgId, created.id, quiet);
  return getImportRun(scope, created.id);
}

/**
 * The sample files offered on the New import page are what a newcomer tries first, on the
 * full demo shop: they must import cleanly, except the sales sample's three deliberately wrong
 * rows (an unknown SKU, a bad quantity, an impossible date).
 */
describe("sample files on the demo shop", () => {
  it("import as advertised", { timeout: 180_000 }, async () => {
    const owner = await signUpOwner();
    await db.organization.update({
      where: { id: owner.orgId },
      data: { timezone: "Europe/London", currency: "GBP" },
    });
    await seedDemoShop(db, { orgId: owner.orgId, staff: { id: owner.userId, label: "Owner" } });
    const scope: Scope = {
      db,
      orgId: owner.orgId,
      actor: { type: "USER", id: owner.userId, label: "Owner" },
    };

    for (const kind of ["PRODUCTS", "CUSTOMERS", "INVENTORY_COUNTS", "STAFF_SHIFTS"] as const) {
      const run = await importSample(scope, kind);
      expect(run, kind).toMatchObject({ status: "COMPLETED", rowsInvalid: 0 });
      expect(run.createdCount + run.updatedCount, kind).toBeGreaterThan(0);
    }

    const sales = await importSample(scope, "SALES");
    expect(sales).toMatchObject({ status: "COMPLETED", rowsInvalid: 3 });
    expect(sales.createdCount).toBe(sales.rowsValid);
    const orders = await db.order.count({ where: { importRunId: sales.id } });
    expect(orders).toBeGreaterThan(0);
  });
});
