import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { newUser, SERVER_ROUND_TRIP, signIn, signUp } from "../support/auth";
import { linkIn } from "../support/inbox";
import { waitForEmail } from "../support/mail";

/** The browser's cookies as one Cookie header: what a thief copying them would send. */
async function cookieHeader(context: BrowserContext) {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/** Replays a copied cookie; a refused one is sent to sign-in instead of the overview. */
async function expectRefused(request: APIRequestContext, cookie: string) {
  const response = await request.get("/", { headers: { cookie }, maxRedirects: 0 });
  expect(response.status()).toBeGreaterThanOrEqual(300);
  expect(response.status()).toBeLessThan(400);
  expect(response.headers()["location"]).toMatch(/\/sign-in/);
}

async function expectAccepted(request: APIRequestContext, cookie: string) {
  const response = await request.get("/", { headers: { cookie }, maxRedirects: 0 });
  expect(response.status()).toBe(200);
}

test("a copied cookie dies with its sign-out, with sign-out everywhere and with a reset", async ({
  browser,
  request,
}) => {
  test.slow(); // a sign-up, three sign-ins and a reset, each hashing a password
  const user = newUser("sessions");
  const a = await browser.newContext();
  const pageA = await a.newPage();
  await signUp(pageA, user);
  const b = await browser.newContext();
  const pageB = await b.newPage();
  await signIn(pageB, user.email, user.password);

  // Sign out in A: a copy of A's cookie taken before is refused afterwards.
  const stolenA = await cookieHeader(a);
  await expectAccepted(request, stolenA);
  await pageA
    .getByRole("button", { name: /Account menu for/ })
    .first()
    .click();
  await pageA.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(pageA).toHaveURL(/\/sign-in/, SERVER_ROUND_TRIP);
  await expectRefused(request, stolenA);

  // A signs in again; B lists both and signs out everywhere else.
  await signIn(pageA, user.email, user.password);
  const againA = await cookieHeader(a);
  await pageB.goto("/settings/account");
  const list = pageB.getByRole("list", { name: "Signed-in sessions" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText("This device")).toHaveCount(1);
  await pageB.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1, SERVER_ROUND_TRIP);
  await expectRefused(request, againA);
  const stolenB = await cookieHeader(b);
  await expectAccepted(request, stolenB);

  // A password reset ends every session, B's too.
  await pageA.goto("/forgot-password");
  await pageA.getByLabel("Email").fill(user.email);
  await pageA.getByRole("button", { name: "Send reset link" }).click();
  const mail = await waitForEmail({ to: user.email, subject: /reset your backroom password/i });
  await pageA.goto(linkIn(mail, /\/reset-password\?token=/));
  const renewed = `${user.password}-renewed`;
  await pageA.getByLabel("New password", { exact: true }).fill(renewed);
  await pageA.getByLabel("Repeat the new password").fill(renewed);
  await pageA.getByRole("button", { name: "Set new password" }).click();
  await expect(pageA).toHaveURL(/\/sign-in\?reset=1/, SERVER_ROUND_TRIP);
  await expectRefused(request, stolenB);

  await a.close();
  await b.close();
});
