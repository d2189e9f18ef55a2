import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

/**
 * Full-page screenshots for a human to look at, in test-results/screenshots/. They are not
 * compared against anything; taking one checks that the page does not scroll sideways, and notes
 * (as a test annotation, not a failure) tables too wide for their card, which scroll inside it.
 */

export const SCREENSHOT_DIR = path.join("test-results", "screenshots");

export async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll("table")]
      .filter((t) => t.parentElement && t.parentElement.scrollWidth > t.parentElement.clientWidth)
      .map((t) =>
        [...t.querySelectorAll("thead th")]
          .map((th) => th.textContent?.trim())
          .filter(Boolean)
          .join(" | "),
      ),
  );
  for (const headers of clipped) {
    test.info().annotations.push({
      type: "table scrolls inside its card",
      description: `${name}: ${headers}`,
    });
  }
  // A full-page capture of a scrolled page draws the fixed header and sidebar mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
    animations: "disabled",
  });
}

/** Fails unless the page renders in `theme` (the app follows the colour scheme by default). */
export async function expectTheme(page: Page, theme: "light" | "dark") {
  const dark = await page.evaluate(() => document.documentElement.classList.contains("dark"));
  expect(dark, `expected the ${theme} theme`).toBe(theme === "dark");
}
