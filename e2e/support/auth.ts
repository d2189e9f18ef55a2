import { randomBytes } from "node:crypto";
import { expect, type Locator, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/demo-accounts";
import { linkIn } from "./inbox";
import { waitForEmail } from "./mail";

/**
 * Users and sign-in through the real UI.
 *
 * Every password sign-in, sign-up (two requests: the form and its confirmation), invitation
 * acceptance, magic-link request and password-reset request counts against the server's per-IP
 * limit (AUTH_RATE_LIMIT_PER_IP, 30 per 15 minutes by default), and the whole suite comes from
 * 127.0.0.1. Keep the count low: reuse the session a sign-up gives you instead of signing in again.
 */

export { DEMO_ACCOUNTS };

/**
 * For waits that span a password hash (scrypt, ~0.4 s of CPU each) and a server round trip: a
 * sign-up hashes twice and can take several seconds on a busy 2-core machine.
 */
export const SERVER_ROUND_TRIP = { timeout: 30_000 };

export type TestUser = { name: string; shop: string; email: string; password: string };

const token = () => `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;

/** A never-used address in a reserved domain. */
export function freshEmail(label: string): string {
  return `${label}-${token()}@e2e.backroom.test`;
}

/** A unique, readable name such as "Probe role k3x9a1b2c3". */
export function uniqueName(prefix: string): string {
  return `${prefix} ${token()}`;
}

/** Fresh details for a sign-up (nothing is created yet). */
export function newUser(label: string, overrides: Partial<TestUser> = {}): TestUser {
  const id = token();
  return {
    name: `${capitalise(label)} Tester`,
    shop: `${capitalise(label)} Shop ${id}`,
    email: `${label}-${id}@e2e.backroom.test`,
    password: `pw-${id}-long-enough`,
    ...overrides,
  };
}

function capitalise(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function firstName(name: string) {
  return name.split(" ")[0] ?? name;
}

/** Fills in and sends the sign-up form; the page then asks to check the inbox. */
export async function submitSignUp(page: Page, user: TestUser): Promise<void> {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(user.name);
  await page.getByLabel("Shop name").fill(user.shop);
  await page.getByLabel("Work email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check your email" })).toContainText(
    `We've sent a message to ${user.email}.`,
    SERVER_ROUND_TRIP,
  );
}

/**
 * Signs up through /sign-up, follows the emailed confirmation link (which creates the account
 * and signs in) and waits for the new shop's overview.
 */
export async function signUp(page: Page, user: TestUser): Promise<void> {
  await submitSignUp(page, user);
  // Two jobs deliver it (one decides what to send, one sends), so allow for a busy runner.
  const mail = await waitForEmail({
    to: user.email,
    subject: /confirm your email/i,
    timeout: 30_000,
  });
  await page.goto(linkIn(mail, /\/sign-up\/confirm\?token=/));
  await page.getByRole("button", { name: "Confirm and create my shop" }).click();
  await expectOverview(page, { name: user.name, shop: user.shop });
}

/** The overview of `shop`, greeting `name`. */
export async function expectOverview(page: Page, { name, shop }: { name: string; shop: string }) {
  await expect(
    page.getByRole("heading", { level: 1, name: `Good to see you, ${firstName(name)}` }),
  ).toBeVisible(SERVER_ROUND_TRIP);
  await expect(page).toHaveURL(/^https?:\/\/[^/]+\/(?:[?#].*)?$/);
  await expect(page.getByText(`Here is how ${shop} is set up today.`)).toBeVisible();
}

/** The sign-in page's password form, filled and submitted. */
export async function submitPasswordSignIn(page: Page, email: string, password: string) {
  if (!/\/sign-in/.test(page.url())) await page.goto("/sign-in");
  await page.getByRole("tab", { name: "Password" }).click();
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in with a password and waits for the overview. */
export async function signIn(page: Page, email: string, password: string) {
  await submitPasswordSignIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: /^Good to see you/ })).toBeVisible(
    SERVER_ROUND_TRIP,
  );
}

/** The inline error above a form (an <Alert> with role="alert", not a field error). */
export function formError(page: Page): Locator {
  return page.locator('form > [role="alert"]');
}

/** The sidebar the desktop layout shows (the mobile drawer holds a hidden copy). */
export function sidebar(page: Page): Locator {
  return page.getByRole("complementary", { name: "Sidebar" });
}
