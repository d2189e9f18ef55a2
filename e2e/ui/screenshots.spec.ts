import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn } from "../support/auth";

/**
 * Full-page screenshots of the main screens for a human to look at, in
 * test-results/screenshots/. They are not compared against anything; the test only checks that
 * each page rendered and does not scroll sideways.
 */

const DIR = path.join("test-results", "screenshots");

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  await page.screenshot({
    path: path.join(DIR, `${name}.png`),
    fullPage: true,
    animations: "disabled",
  });
}

async function expectTheme(page: Page, theme: "light" | "dark") {
  const dark = await page.evaluate(() => document.documentElement.classList.contains("dark"));
  expect(dark, `expected the ${theme} theme`).toBe(theme === "dark");
}

test("screenshots of the auth pages and the signed-in shell, light and dark", async ({ page }) => {
  test.slow();
  await page.emulateMedia({ colorScheme: "light" });

  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in to Backroom" })).toBeVisible();
  await expectTheme(page, "light");
  await shoot(page, "sign-in-light");

  await page.goto("/sign-up");
  await expect(page.getByRole("heading", { name: "Create your Backroom" })).toBeVisible();
  await shoot(page, "sign-up-light");

  // The demo owner's shop has teammates and custom roles to show.
  await signIn(page, DEMO_ACCOUNTS.owner.email, DEMO_ACCOUNTS.owner.password);
  await expectTheme(page, "light");
  await shoot(page, "overview-light");

  await page.goto("/settings/team");
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await shoot(page, "team-light");

  await page.goto("/settings/roles");
  await expect(page.getByRole("heading", { level: 1, name: "Roles" })).toBeVisible();
  await shoot(page, "roles-light");

  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /^Good to see you/ })).toBeVisible();
  await expectTheme(page, "dark");
  await shoot(page, "overview-dark");

  await page.goto("/settings/roles");
  await expect(page.getByRole("heading", { level: 1, name: "Roles" })).toBeVisible();
  await shoot(page, "roles-dark");
});
