import { expect, test } from "@playwright/test";
import { signUpSchema } from "../../lib/auth/schemas";
import { DEMO_ACCOUNTS, newUser, signUp, submitSignUp } from "../support/auth";
import { linkIn, openInbox } from "../support/inbox";

test("signing up asks to confirm by email; the emailed link creates the shop and signs in", async ({
  page,
}) => {
  test.slow(); // a sign-up hashes the password and waits for two background jobs
  const user = newUser("signup");
  // Fills the form, checks the "check your email" answer, follows the link, lands on the overview.
  await signUp(page, user);

  // Following the link proved the address: no banner asks for it.
  await expect(
    page.getByRole("alert").filter({ hasText: "Please verify your email address" }),
  ).toHaveCount(0);
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

test("an email that already has an account gets the same answer, and its owner a note", async ({
  page,
}) => {
  const attempt = newUser("copycat", { email: DEMO_ACCOUNTS.owner.email });
  const inbox = await openInbox(attempt.email);
  await submitSignUp(page, attempt);

  const note = await inbox.next(/already have a Backroom account/i, { timeout: 30_000 });
  expect(note.text).toContain(attempt.email);
  expect(linkIn(note, /\/sign-in\?email=/)).toContain(encodeURIComponent(attempt.email));
  expect(linkIn(note, /\/forgot-password$/)).toBeTruthy();
});
