import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Reading screens the way a person does: a table cell by its column header, a stat card by its
 * label, a definition list's value by its term. Every check auto-retries, so a page that is
 * still refreshing after an action settles before the assertion gives up.
 */

const exactly = (text: string) =>
  new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);

/** The table that has a column headed exactly `header` (e.g. "Balance"). */
export function tableWith(scope: Page | Locator, header: string): Locator {
  return scope
    .getByRole("table")
    .filter({ has: scope.getByRole("columnheader", { name: header, exact: true }) });
}

/** Rows of `table` (header row excluded) that contain `text`. */
export function rowWith(table: Locator, text: string | RegExp): Locator {
  return table.locator("tbody > tr").filter({ hasText: text });
}

/**
 * Checks cells of `row` by column header: `{ "On hand": "10", Type: /Receipt/ }`. A string must
 * be the cell's whole text (whitespace trimmed); a RegExp only has to match.
 */
export async function expectCells(row: Locator, expected: Record<string, string | RegExp>) {
  await expect(row).toHaveCount(1);
  const table = row.locator("xpath=ancestor::table[1]");
  const headers = (await table.locator("thead th").allTextContents()).map((h) => h.trim());
  for (const [header, value] of Object.entries(expected)) {
    const index = headers.indexOf(header);
    expect(index, `column "${header}" in [${headers.join(", ")}]`).toBeGreaterThanOrEqual(0);
    await expect(row.locator("td").nth(index), header).toHaveText(
      typeof value === "string" ? exactly(value) : value,
    );
  }
}

/** The value of the stat card labelled `label` inside `scope` (a region such as "Stock and price"). */
export function statValue(scope: Locator, label: string): Locator {
  return scope
    .locator("p")
    .filter({ hasText: exactly(label) })
    .locator("xpath=../following-sibling::p[1]");
}

/** The <dd> that follows the <dt> reading `term` inside `scope`. */
export function definition(scope: Page | Locator, term: string): Locator {
  return scope
    .locator("dt")
    .filter({ hasText: exactly(term) })
    .locator("xpath=following-sibling::dd[1]");
}

/** A whole-unit quantity as the inventory screens print it ("1,204", "−3"). */
export function qty(n: number): string {
  const digits = new Intl.NumberFormat("en-GB").format(Math.abs(n));
  return n < 0 ? `−${digits}` : digits;
}

/** A signed stock change as the movement lists print it ("+10", "−3"). */
export function change(n: number): string {
  return n > 0 ? `+${qty(n)}` : qty(n);
}
