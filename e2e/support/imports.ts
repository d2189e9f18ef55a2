import { expect, type Page } from "@playwright/test";
import { DEMO_ORG_NAME } from "../../prisma/demo-accounts";
import { SERVER_ROUND_TRIP } from "./auth";
import { withDb } from "./db";

/** Helpers for the import specs: demo SKUs with stock, uploads through the page, KPI readings. */

/** SKUs the demo shop has plenty of at its High Street shop (SHOP), so sales of them import. */
export async function stockedDemoSkus(count: number): Promise<string[]> {
  return withDb(async (client) => {
    const { rows } = await client.query<{ sku: string }>(
      `SELECT v.sku FROM "Variant" v
         JOIN "InventoryLevel" l ON l."variantId" = v.id
         JOIN "Location" loc ON loc.id = l."locationId" AND loc.code = 'SHOP'
         JOIN "Organization" o ON o.id = v."orgId" AND o.name = $1
        WHERE l."onHand" - l."committed" >= 20
        ORDER BY v.sku LIMIT $2`,
      [DEMO_ORG_NAME, count],
    );
    expect(rows.length, "demo SKUs with stock").toBe(count);
    return rows.map((r) => r.sku);
  });
}

/** A calendar day in the demo shop's timezone, `daysAgo` days before today. */
export function shopDay(daysAgo: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );
}

/** Picks the file on the new-import page and waits for the import's own page. */
export async function uploadCsv(page: Page, kind: string, name: string, csv: string) {
  await page.goto(`/imports/new?kind=${kind}`);
  await page.getByLabel("Choose a CSV file").setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(csv),
  });
  await expect(page).toHaveURL(/\/imports\/c[a-z0-9]+$/, SERVER_ROUND_TRIP);
  await expect(page.getByRole("heading", { level: 1, name: /Import #\d+/ })).toBeVisible();
}

/** Waits for a run's status badge (the page moves on by itself while a job works). */
export async function expectImportStatus(page: Page, label: string, timeout = 60_000) {
  await expect(page.locator("h1").getByText(label, { exact: true })).toBeVisible({ timeout });
}

export type Kpis = { revenue: number; units: number; orders: number };

/** Revenue (in major units), units and orders the dashboard shows for one day. */
export async function readKpis(page: Page, day: string): Promise<Kpis> {
  await page.goto(`/reports?from=${day}&to=${day}`);
  const read = async (key: string) => {
    const text = await page.getByTestId(`kpi-${key}-value`).innerText(SERVER_ROUND_TRIP);
    return Number(text.replace(/[^0-9.-]/g, ""));
  };
  return {
    revenue: await read("revenue"),
    units: await read("units"),
    orders: await read("orders"),
  };
}
