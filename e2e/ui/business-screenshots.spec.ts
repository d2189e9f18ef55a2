import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn } from "../support/auth";
import { expectTheme, shoot } from "../support/screenshots";
import { pickFromCombobox } from "../support/shop";
import { tableWith } from "../support/tables";

/**
 * Screenshots of the catalog, inventory, customer and order screens with the demo shop's seeded
 * data (Northwind Outfitters: two locations, ~336 variants, 500 customers, ~9,600 orders), for a
 * human to look at in test-results/screenshots/. Light at 1280×800, plus one dark.
 */

const h1 = (page: Page, name: string | RegExp) =>
  expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

/** Opens the first row's link of the list table that has column `header`. */
async function openFirst(page: Page, header: string) {
  await tableWith(page, header).locator("tbody tr").first().getByRole("link").first().click();
}

test("screenshots of products, inventory, customers and orders with the demo shop", async ({
  page,
}) => {
  test.setTimeout(120_000); // large seeded lists rendered by a production build on 2 cores
  await page.emulateMedia({ colorScheme: "light" });
  await signIn(page, DEMO_ACCOUNTS.owner.email, DEMO_ACCOUNTS.owner.password);
  await expectTheme(page, "light");

  await page.goto("/products");
  await h1(page, "Products");
  await expect(tableWith(page, "Variants")).toBeVisible();
  await shoot(page, "business-products-light");

  await page.goto("/products?q=Merino+crew+jumper");
  await page.getByRole("link", { name: "Merino crew jumper", exact: true }).click();
  await h1(page, /Merino crew jumper/);
  await expect(tableWith(page, "Balance")).toBeVisible();
  await shoot(page, "business-product-detail-light");

  await page.goto("/inventory");
  await h1(page, "Inventory");
  await expect(tableWith(page, "Committed")).toBeVisible();
  await shoot(page, "business-inventory-light");

  await page.goto("/inventory/reorder");
  await h1(page, "Reorder");
  await shoot(page, "business-reorder-light");

  await page.goto("/customers");
  await h1(page, "Customers");
  await expect(tableWith(page, "Lifetime value")).toBeVisible();
  await shoot(page, "business-customers-light");

  await openFirst(page, "Lifetime value");
  await expect(page.getByRole("region", { name: "Customer value" })).toBeVisible();
  await shoot(page, "business-customer-detail-light");

  await page.goto("/orders");
  await h1(page, "Orders");
  await expect(tableWith(page, "Payment")).toBeVisible();
  await shoot(page, "business-orders-light");

  // A line asking for far more than the shop holds shows the short-stock warning.
  await page.goto("/orders/new");
  await h1(page, "New order");
  await page.getByLabel("Location").selectOption({ label: "High Street shop" });
  await pickFromCombobox(page, "Add a product", "Wall calendar", "Wall calendar 2027");
  const line = page.getByTestId("order-line").first();
  await line.getByLabel("Quantity").fill("500");
  await expect(line.getByRole("status")).toHaveText(
    /^(Only \d+|None) available at High Street shop$/,
  );
  await page.getByRole("combobox", { name: "Add a product" }).blur();
  await shoot(page, "business-order-new-short-light");
  // Placing it anyway: the server refuses and names the short line (nothing is created).
  await page.getByRole("button", { name: "Create order" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "This order can't be placed" }),
  ).toContainText(/\(500 requested, \d+ available\)/);
  await shoot(page, "business-order-new-refused-light");

  // The dashboard a shop opens every morning, and one product's trend from its top sellers.
  await page.goto("/reports?range=90d");
  await h1(page, "Reports");
  await expect(page.getByTestId("kpi-revenue-value")).toHaveText(/\d/);
  await shoot(page, "business-reports-light");
  await page.locator('a[href^="/reports/products/"]').first().click();
  await expect(page).toHaveURL(/\/reports\/products\//);
  await shoot(page, "business-report-product-light");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/reports?range=30d");
  await h1(page, "Reports");
  await shoot(page, "business-reports-mobile-light");
  await page.setViewportSize({ width: 1280, height: 800 });

  // An online order with a return and a partial refund has the fullest page: tracking,
  // returns, refunds and a long timeline.
  await page.goto("/orders?channel=ONLINE&payment=PARTIALLY_REFUNDED");
  await openFirst(page, "Payment");
  await h1(page, /^Order #\d+/);
  const orderUrl = page.url();
  await shoot(page, "business-order-detail-light");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(orderUrl);
  await h1(page, /^Order #\d+/);
  await expectTheme(page, "dark");
  await shoot(page, "business-order-detail-dark");
});
