import { expect, test } from "@playwright/test";
import {
  expectOverview,
  formError,
  newUser,
  SERVER_ROUND_TRIP,
  signUp,
  submitPasswordSignIn,
} from "../support/auth";
import { linkIn } from "../support/inbox";
import { waitForEmail } from "../support/mail";

test("a forgotten password is reset by email; the link then works no more", async ({ browser }) => {
  test.slow(); // a sign-up, a reset and two sign-ins, each hashing a password
  const user = newUser("reset");
  const newPassword = `${user.password}-renewed`;

  const ownerContext = await browser.newContext();
  await signUp(await ownerContext.newPage(), user);
  await ownerContext.close();

  // Signed out: ask for a reset link.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check your inbox" })).toContainText(
    `We've emailed ${user.email} with what to do next.`,
  );

  const mail = await waitForEmail({ to: user.email, subject: /reset your backroom password/i });
  const resetLink = linkIn(mail, /\/reset-password\?token=/);
  await page.goto(resetLink);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();

  // Mismatched passwords: the error sits under the repeat field and nothing is sent.
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Repeat the new password").fill(`${newPassword}-oops`);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.locator('[data-field-error="confirmPassword"]')).toHaveText(
    "The passwords don't match.",
  );
  await expect(page).toHaveURL(/\/reset-password\?token=/);

  await page.getByLabel("Repeat the new password").fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1/, SERVER_ROUND_TRIP);
  await expect(
    page.getByText("Your password was changed. Sign in with the new one."),
  ).toBeVisible();
  await expect(page.locator('input[name="email"]')).toHaveValue(user.email);

  // The old password no longer works …
  await submitPasswordSignIn(page, user.email, user.password);
  await expect(formError(page)).toHaveText(
    "That email and password don't match an account.",
    SERVER_ROUND_TRIP,
  );
  // … the new one does.
  await submitPasswordSignIn(page, user.email, newPassword);
  await expectOverview(page, user);
  await context.close();

  // The same link a second time, from a fresh browser.
  const later = await (await browser.newContext()).newPage();
  await later.goto(resetLink);
  await later.getByLabel("New password", { exact: true }).fill(`${newPassword}-again`);
  await later.getByLabel("Repeat the new password").fill(`${newPassword}-again`);
  await later.getByRole("button", { name: "Set new password" }).click();
  await expect(formError(later)).toContainText("already been used", SERVER_ROUND_TRIP);
  await expect(later).toHaveURL(/\/reset-password\?token=/);
  await later.context().close();
});
