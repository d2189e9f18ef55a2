import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS, signIn } from "../support/auth";
import { shoot } from "../support/screenshots";

/**
 * The Content-Security-Policy blocks nothing the app itself does: the theme script, charts,
 * toasts and client navigation all run under it. Chromium reports every blocked script, style
 * or request as a `securitypolicyviolation` event; there must be none.
 */
test("the app runs under its Content-Security-Policy without a single violation", async ({
  page,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const consoleViolations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleViolations.push(message.text());
  });
  const violations = async () => [
    ...(await page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    )),
    ...consoleViolations,
  ];

  await page.goto("/sign-in");
  expect(await violations()).toEqual([]);
  await signIn(page, DEMO_ACCOUNTS.owner.email, DEMO_ACCOUNTS.owner.password);
  // The theme script ran: it always sets color-scheme on <html> before first paint.
  expect(await page.evaluate(() => document.documentElement.style.colorScheme)).toMatch(
    /^(light|dark)$/,
  );
  expect(await violations()).toEqual([]);
  await shoot(page, "csp-overview");

  // A client navigation, then the charts of the reports page.
  await page.getByRole("link", { name: "Reports", exact: true }).first().click();
  await expect(page).toHaveURL(/\/reports/);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  expect(await violations()).toEqual([]);
  await shoot(page, "csp-reports");

  for (const path of ["/products", "/imports/new", "/settings/roles"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("h1").first()).toBeVisible();
    expect(await violations(), path).toEqual([]);
  }
});
