import { expect, test, type Page } from "@playwright/test";
import {
  expectOverview,
  formError,
  freshEmail,
  newUser,
  signUp,
  submitPasswordSignIn,
  type TestUser,
} from "../support/auth";
import { expireMagicLinks } from "../support/db";
import { linkIn, openInbox } from "../support/inbox";

const WRONG_CREDENTIALS = "That email and password don't match an account.";
const LINK_REFUSED = "That sign-in link has expired or was already used.";

// Every test here waits on password hashes (scrypt, ~0.4 s of CPU each), which take several
// seconds when the 2-core machine is busy.
test.describe.configure({ timeout: 90_000 });

// One account for the whole file: each sign-up also costs a sign-in against the per-IP limit.
let user: TestUser;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext();
  user = newUser("signin");
  await signUp(await context.newPage(), user);
  await context.close();
});

/** Submits the password form and waits for the server action's answer. */
async function attemptPasswordSignIn(page: Page, email: string, password: string) {
  const answered = page.waitForResponse(
    (r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]),
  );
  await submitPasswordSignIn(page, email, password);
  await answered;
}

async function requestMagicLink(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("tab", { name: "Email me a link" }).click();
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Check your inbox" })).toContainText(
    `If an account exists for ${email}`,
  );
}

test("the right password opens the overview", async ({ page }) => {
  await submitPasswordSignIn(page, user.email, user.password);
  await expectOverview(page, user);
});

test("a wrong password and an unknown email get exactly the same answer", async ({ page }) => {
  await page.goto("/sign-in");
  await attemptPasswordSignIn(page, user.email, `${user.password}-typo`);
  await expect(formError(page)).toHaveText(WRONG_CREDENTIALS);
  const wrongPassword = await formError(page).innerText();

  await page.goto("/sign-in");
  await attemptPasswordSignIn(page, freshEmail("nobody"), user.password);
  await expect(formError(page)).toHaveText(WRONG_CREDENTIALS);
  expect(await formError(page).innerText()).toBe(wrongPassword);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a magic link signs in once, and is refused the second time", async ({ page, browser }) => {
  const inbox = await openInbox(user.email);
  await requestMagicLink(page, user.email);
  const mail = await inbox.next(/sign-in link/i);
  const link = linkIn(mail, /\/api\/auth\/callback\/email\?/);

  await page.goto(link);
  await expectOverview(page, user);

  // The same link again, from a browser that is not signed in.
  const other = await browser.newContext();
  const again = await other.newPage();
  await again.goto(link);
  await expect(again).toHaveURL(/\/auth-error\?error=Verification/);
  await expect(again.getByText(LINK_REFUSED)).toBeVisible();
  await expect(again.getByRole("heading", { name: /Good to see you/ })).toHaveCount(0);
  await other.close();
});

test("a newer magic link retires the older one", async ({ page, browser }) => {
  const inbox = await openInbox(user.email);
  await requestMagicLink(page, user.email);
  const older = linkIn(await inbox.next(/sign-in link/i), /\/api\/auth\/callback\/email\?/);
  await requestMagicLink(page, user.email);
  const newer = linkIn(await inbox.next(/sign-in link/i), /\/api\/auth\/callback\/email\?/);

  await page.goto(older);
  await expect(page).toHaveURL(/\/auth-error\?error=Verification/);

  const other = await browser.newContext();
  const fresh = await other.newPage();
  await fresh.goto(newer);
  await expectOverview(fresh, user);
  await other.close();
});

test("a sign-in link whose next points at another site lands on the overview", async ({ page }) => {
  await page.goto(`/sign-in?next=${encodeURIComponent("/\\evil.example/")}`);
  await submitPasswordSignIn(page, user.email, user.password);
  await expectOverview(page, user);
  await expect(page).toHaveURL(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/$/);
});

test("an expired magic link is refused", async ({ page }) => {
  const inbox = await openInbox(user.email);
  await requestMagicLink(page, user.email);
  const link = linkIn(await inbox.next(/sign-in link/i), /\/api\/auth\/callback\/email\?/);

  expect(await expireMagicLinks(user.email)).toBeGreaterThan(0);
  await page.goto(link);
  await expect(page).toHaveURL(/\/auth-error\?error=Verification/);
  await expect(page.getByText(LINK_REFUSED)).toBeVisible();
});

test("the sixth wrong password for one email is refused with a clear 'Too many wrong passwords'", async ({
  page,
}) => {
  // Its own address, so no other test's account gets locked. The limiter counts before it looks
  // the account up, so an address without an account is limited exactly like one with.
  const email = freshEmail("locked");
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await attemptPasswordSignIn(page, email, `wrong-password-${attempt}`);
    await expect(formError(page), `attempt ${attempt}`).toHaveText(WRONG_CREDENTIALS);
  }
  await attemptPasswordSignIn(page, email, "wrong-password-6");
  await expect(formError(page)).toHaveText(
    /^Too many wrong passwords\. Please wait \d+ minutes?, or sign in with an email link or reset your password instead\.$/,
  );
});
