import { expect, test } from "@playwright/test";
import { signUpSchema } from "../../lib/auth/schemas";
import { DEMO_ACCOUNTS, newUser, signUp } from "../support/auth";
import { linkIn } from "../support/inbox";
import { waitForEmail } from "../support/mail";

test("signing up opens the new shop's overview, and the emailed link verifies the address", async ({
  page,
}) => {
  test.slow(); // a sign-up hashes the password twice
  const user = newUser("signup");
  await signUp(page, user);

  const banner = page.getByRole("alert").filter({ hasText: "Please verify your email address" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(user.email);

  const mail = await waitForEmail({ to: user.email, subject: /confirm your email/i });
  await page.goto(linkIn(mail, /\/verify-email\?token=/));
  await page.getByRole("button", { name: "Verify my email" }).click();
  await expect(page.getByText("Your email address is verified.")).toBeVisible();

  await page.getByRole("link", { name: "Go to Backroom" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Good to see you/ })).toBeVisible();
  await expect(page.getByText(`Here is how ${user.shop} is set up today.`)).toBeVisible();
  await expect(banner).toHaveCount(0);
  // The overview's checklist ticks the step off.
  await expect(
    page.getByRole("link", { name: /Verify your email address/ }).getByLabel("Done"),
  ).toBeVisible();
});

test("the empty form shows, under each field, the messages of the server's schema", async ({
  page,
}) => {
  // What the form submits when nothing is typed in: every field an empty string.
  const empty = { name: "", organizationName: "", email: "", password: "" };
  const parsed = signUpSchema.safeParse(empty);
  expect(parsed.success).toBe(false);
  const expected: Record<string, string> = {};
  for (const issue of parsed.error!.issues) {
    const field = String(issue.path[0]);
    expected[field] ??= issue.message; // the form shows the first message per field
  }
  expect(Object.keys(expected).sort()).toEqual(Object.keys(empty).sort());

  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();

  for (const [field, message] of Object.entries(expected)) {
    await expect(page.locator(`[data-field-error="${field}"]`), `error under ${field}`).toHaveText(
      message,
    );
  }
  // Each message is tied to its input for screen readers.
  await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("an email that already has an account gets the server's error under the email field", async ({
  page,
}) => {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Second Olivia");
  await page.getByLabel("Shop name").fill("Copycat Outfitters");
  await page.getByLabel("Work email").fill(DEMO_ACCOUNTS.owner.email);
  await page.getByLabel("Password").fill("long-enough-password");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.locator('[data-field-error="email"]')).toHaveText(
    "An account with this email already exists. Sign in instead.",
  );
  await expect(page).toHaveURL(/\/sign-up$/);
});
