import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, SERVER_ROUND_TRIP, newUser, signIn, signUp } from "../support/auth";

/**
 * The reports dashboard against the demo shop's six months of orders: filters live in the URL
 * and change the numbers, the top-products chart opens a product's trend, and a brand-new shop
 * sees explanations instead of empty axes.
 */

const kpi = (page: Page, key: string) => page.getByTestId(`kpi-${key}-value`);

async function revenue(page: Page) {
  return (await kpi(page, "revenue").textContent())?.trim() ?? "";
}

test.describe("reports on the demo shop", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO_ACCOUNTS.owner.email, DEMO_ACCOUNTS.owner.password);
  });

  test("filters change the URL and the numbers", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/reports");
    await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
    await expect(page.getByText(/Days and hours in .+ time/)).toBeVisible();
    const thirtyDays = await revenue(page);
    expect(thirtyDays).toMatch(/^£[\d,]+\.\d{2}$/);
    await expect(page.getByTestId("kpi-revenue")).toContainText("vs previous");

    // A shorter period: the URL says so and revenue drops.
    await page.getByLabel("Period").selectOption("7d");
    await expect(page).toHaveURL(/[?&]range=7d/, SERVER_ROUND_TRIP);
    await expect(kpi(page, "revenue")).not.toHaveText(thirtyDays, SERVER_ROUND_TRIP);
    const sevenDays = await revenue(page);

    // One location of two sells less than the whole shop.
    const location = page.getByLabel("Location");
    const firstLocation = await location.locator("option").nth(1).getAttribute("value");
    await location.selectOption(firstLocation!);
    await expect(page).toHaveURL(new RegExp(`[?&]location=${firstLocation}`), SERVER_ROUND_TRIP);
    await expect(page).toHaveURL(/[?&]range=7d/);
    await expect(kpi(page, "revenue")).not.toHaveText(sevenDays, SERVER_ROUND_TRIP);

    // No comparison: the change badges go.
    await page.getByLabel("Compare with").selectOption("none");
    await expect(page).toHaveURL(/[?&]compare=none/, SERVER_ROUND_TRIP);
    await expect(page.getByTestId("kpi-revenue")).not.toContainText("vs previous");

    // A custom range typed into the date inputs.
    await page.getByLabel("From").fill("2026-01-01");
    await expect(page).toHaveURL(/[?&]range=custom/, SERVER_ROUND_TRIP);
    await expect(page).toHaveURL(/[?&]from=2026-01-01/);

    // The URL alone reproduces the view.
    const url = page.url();
    const shown = await revenue(page);
    await page.goto(url);
    await expect(kpi(page, "revenue")).toHaveText(shown);

    // A range that ends before it starts is explained, not an error page.
    await page.goto("/reports?from=2026-03-10&to=2026-03-01");
    await expect(page.getByText("The custom range ends before it starts.")).toBeVisible();
    await expect(page.getByLabel("Period")).toHaveValue("30d");
  });

  test("the top-products chart opens a product's sales trend", async ({ page, browser }) => {
    test.setTimeout(120_000);
    await page.goto("/reports?range=90d&channel=IN_STORE");
    const chart = page.getByRole("region", { name: "Top products" });
    const first = chart.getByRole("link").first();
    await expect(first).toBeVisible();
    const label = (await first.getAttribute("aria-label")) ?? "";
    const name = label.replace(/: sales trend$/, "");
    expect(name).not.toBe("");

    await first.click();
    await expect(page).toHaveURL(/\/reports\/products\/[^/?]+\?.*range=90d/, SERVER_ROUND_TRIP);
    await expect(page).toHaveURL(/channel=IN_STORE/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("region", { name: "Daily sales and stock" })).toBeVisible();
    await expect(page.getByTestId("trend-units")).not.toHaveText("0");
    await expect(page.getByRole("heading", { name: "Recent orders" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Recent stock movements" })).toBeVisible();

    // Another shop cannot open this product's trend.
    const trendUrl = new URL(page.url()).pathname;
    const stranger = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    try {
      const other = await stranger.newPage();
      await signUp(other, newUser("outsider"));
      await other.goto(trendUrl);
      await expect(other.getByText("We couldn't find that page")).toBeVisible();
      await expect(other.getByText(name)).toHaveCount(0);
    } finally {
      await stranger.close();
    }

    // Back to the product page, which links to the trend again.
    await page.getByRole("link", { name: "Product page" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible(SERVER_ROUND_TRIP);
    await page.getByRole("link", { name: "Sales trend" }).click();
    await expect(page).toHaveURL(/\/reports\/products\//, SERVER_ROUND_TRIP);
  });
});

test("a new shop sees empty states, not empty charts", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, newUser("reports"));
  await expect(page.getByRole("heading", { name: "Last 7 days" })).toBeVisible();
  await expect(kpi(page, "orders")).toHaveText("0");

  await page.getByRole("link", { name: "All reports" }).click();
  await expect(page).toHaveURL(/\/reports\?range=7d/, SERVER_ROUND_TRIP);
  await expect(kpi(page, "revenue")).toHaveText(/^\D*0\.00$/);
  await expect(kpi(page, "aov")).toHaveText("—");
  await expect(page.getByText("No sales in this period").first()).toBeVisible();
  await expect(page.getByText("No staff shifts yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Import staff shifts" })).toHaveAttribute(
    "href",
    "/imports",
  );
});
