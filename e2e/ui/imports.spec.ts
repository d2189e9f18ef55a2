import fs from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, SERVER_ROUND_TRIP, signIn } from "../support/auth";
import {
  expectImportStatus,
  readKpis,
  shopDay,
  stockedDemoSkus,
  uploadCsv,
} from "../support/imports";
import { shoot } from "../support/screenshots";

/**
 * A shop owner imports a day of till sales: three lines are wrong, so they see the errors,
 * download them, fix them and import them again, and the dashboard grows by exactly what the
 * file held.
 */

const HEADER = ["Date", "Receipt", "SKU", "Qty", "Price", "Store"];
const token = Date.now().toString(36);

type Line = { time: string; ref: string; sku: string; qty: string; price: string };

async function downloadText(page: Page, linkName: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: linkName }).click(),
  ]);
  return {
    name: download.suggestedFilename(),
    text: await fs.readFile((await download.path())!, "utf8"),
  };
}

test.describe.configure({ mode: "serial" });

test("a sales file with mistakes: errors, error file, fix, re-import, and the dashboard adds up", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const day = shopDay(3);
  const [skuA, skuB, skuC] = await stockedDemoSkus(3);
  const good: Line[] = [
    { time: "09:05", ref: `E2E-${token}-1`, sku: skuA!, qty: "2", price: "24.00" },
    { time: "11:40", ref: `E2E-${token}-2`, sku: skuB!, qty: "1", price: "65.00" },
    { time: "15:20", ref: `E2E-${token}-3`, sku: skuC!, qty: "3", price: "12.00" },
  ];
  const bad: Line[] = [
    { time: "10:00", ref: `E2E-${token}-4`, sku: "NO-SUCH-SKU", qty: "1", price: "30.00" },
    { time: "12:30", ref: `E2E-${token}-5`, sku: skuA!, qty: "two", price: "24.00" },
    { time: "", ref: `E2E-${token}-6`, sku: skuB!, qty: "2", price: "65.00" },
  ];
  const cells = (l: Line) => [
    l.time ? `${day} ${l.time}` : "45/13/2026",
    l.ref,
    l.sku,
    l.qty,
    l.price,
    "SHOP",
  ];
  const csv = stringify([
    HEADER,
    ...[good[0]!, bad[0]!, good[1]!, bad[1]!, good[2]!, bad[2]!].map(cells),
  ]);

  await signIn(page, DEMO_ACCOUNTS.owner.email, DEMO_ACCOUNTS.owner.password);
  const before = await readKpis(page, day);
  await shoot(page, "imports-01-dashboard-before");

  // Upload: the columns are recognised by name and preselected.
  await uploadCsv(page, "sales", `till-${day}.csv`, csv);
  await expect(page.getByLabel("Column for SKU")).toHaveValue("SKU");
  await expect(page.getByLabel("Column for Quantity")).toHaveValue("Qty");
  await expect(page.getByLabel("Column for Location")).toHaveValue("Store");
  await shoot(page, "imports-02-map-columns");
  await page.getByRole("button", { name: "Check the rows" }).click();

  // Dry run: three rows are refused, each with its reason, and nothing is saved yet.
  await expectImportStatus(page, "Ready to import");
  await expect(page.getByTestId("count-created")).toContainText("3");
  await expect(page.getByTestId("count-errors")).toContainText("3");
  await expect(page.getByTestId("error-row")).toHaveCount(3);
  await expect(page.getByText(/NO-SUCH-SKU/).first()).toBeVisible();
  await shoot(page, "imports-03-dry-run-errors");

  const errorFile = await downloadText(page, "Download errors (CSV)");
  expect(errorFile.name).toMatch(/^import-\d+-sales-errors\.csv$/);
  const records = parse(errorFile.text) as string[][];
  expect(records[0]).toEqual([...HEADER, "Errors"]);
  expect(records.slice(1).map((r) => r[1])).toEqual(bad.map((l) => l.ref));
  expect(records.slice(1).every((r) => /^Row \d+: .+/.test(r.at(-1)!))).toBe(true);

  // Import the good rows now.
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await expectImportStatus(page, "Completed");
  await expect(page.getByText(/3 created/)).toBeVisible();
  await expect(page.getByTestId("effect-row").filter({ hasText: "Order #" })).toHaveCount(3);
  await shoot(page, "imports-04-first-import-done");

  // Fix the three rows in the error file and upload it as it is (its Errors column unmapped).
  const fixed: Line[] = [
    { ...bad[0]!, sku: skuC! },
    { ...bad[1]!, qty: "2" },
    { ...bad[2]!, time: "16:45" },
  ];
  const fixedRecords = records.slice(1).map((record, i) => {
    const line = fixed[i]!;
    const row = [...record];
    row[0] = `${day} ${line.time}`;
    row[2] = line.sku;
    row[3] = line.qty;
    return row;
  });
  await uploadCsv(page, "sales", "fixed.csv", stringify([records[0]!, ...fixedRecords]));
  await page.getByRole("button", { name: "Check the rows" }).click();
  await expectImportStatus(page, "Ready to import");
  await expect(page.getByTestId("count-created")).toContainText("3");
  await expect(page.getByTestId("count-errors")).toContainText("0");
  await shoot(page, "imports-05-fixed-dry-run");
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await expectImportStatus(page, "Completed");
  await shoot(page, "imports-06-fixed-import-done");

  // The history lists both imports.
  await page.goto("/imports");
  await expect(page.getByRole("link", { name: /^#\d+$/ }).first()).toBeVisible();
  await shoot(page, "imports-07-history");

  // The dashboard grew by exactly the six imported lines.
  const imported = [...good, ...fixed];
  const revenue = imported.reduce((sum, l) => sum + Number(l.qty) * Number(l.price), 0);
  const units = imported.reduce((sum, l) => sum + Number(l.qty), 0);
  await expect
    .poll(async () => readKpis(page, day), { timeout: 30_000 })
    .toEqual({
      revenue: Math.round((before.revenue + revenue) * 100) / 100,
      units: before.units + units,
      orders: before.orders + imported.length,
    });
  await shoot(page, "imports-08-dashboard-after");
});

test("templates and samples download, and a long dry run shows its progress and can be cancelled", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO_ACCOUNTS.owner.email, DEMO_ACCOUNTS.owner.password);
  await page.goto("/imports/new?kind=customers");
  await shoot(page, "imports-09-new-import");

  const card = page.getByTestId("kind-customers");
  const [template] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("link", { name: "Download template" }).click(),
  ]);
  expect(template.suggestedFilename()).toBe("backroom-customers-template.csv");
  const templateText = await fs.readFile((await template.path())!, "utf8");
  expect(templateText.split("\n")[0]).toMatch(/Email/i);
  const [sample] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("kind-sales").getByRole("link", { name: "Download sample" }).click(),
  ]);
  expect(sample.suggestedFilename()).toBe("backroom-sales-sample.csv");

  // Enough rows that the dry run takes a while on this machine.
  const rows = Array.from({ length: 120_000 }, (_, i) => [
    `bulk-${token}-${i}@example.com`,
    `Bulk ${i}`,
    "Customer",
  ]);
  await uploadCsv(
    page,
    "customers",
    "bulk.csv",
    stringify([["Email", "First name", "Last name"], ...rows]),
  );
  await page.getByRole("button", { name: "Check the rows" }).click();
  const progress = page.getByTestId("import-progress");
  await expect(progress).toBeVisible(SERVER_ROUND_TRIP);
  await expect(progress.getByRole("progressbar")).toBeVisible();
  // Live: rows counted and a pace measured from the polls.
  await expect(progress).toContainText(/[1-9][\d,]* rows · [\d,]+ rows\/s/, { timeout: 30_000 });
  await shoot(page, "imports-10-dry-run-progress");
  await progress.getByRole("button", { name: "Cancel" }).click();
  await expectImportStatus(page, "Cancelled");
  await shoot(page, "imports-11-cancelled");

  // A Google Sheet to sync on a schedule is listed with its settings (nothing is fetched yet).
  await page.goto("/imports/sheets");
  await page.getByLabel("Name").fill(`Market stall ${token}`);
  await page
    .getByLabel("Sheet link")
    .fill("https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUv/edit#gid=0");
  await page.getByLabel("Holds").selectOption({ label: "Sales lines" });
  await page.getByLabel("Sync", { exact: true }).selectOption({ label: "Every hour" });
  await page.getByRole("button", { name: "Add sheet" }).click();
  const row = page.getByTestId(`sheet-Market stall ${token}`);
  await expect(row).toContainText("Sales lines", SERVER_ROUND_TRIP);
  await expect(row).toContainText("Every hour");
  await expect(row.getByRole("button", { name: "Sync now" })).toBeVisible();
  await shoot(page, "imports-12-google-sheets");
});
