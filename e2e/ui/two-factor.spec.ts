import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import {
  SERVER_ROUND_TRIP,
  expectOverview,
  freshEmail,
  newUser,
  signUp,
  submitPasswordSignIn,
} from "../support/auth";
import { acceptAsNewUser, inviteTeammate } from "../support/team";

/**
 * Plays the authenticator app: codes computed from the setup key the page shows, with the same
 * library the server uses. Each code is from a time step later than the last one used, because
 * the server accepts a step's code only once.
 */
class AuthenticatorApp {
  private lastStep = 0;
  constructor(private readonly secret: string) {}

  nextCode(): string {
    const totp = new TOTP({ secret: Secret.fromBase32(this.secret), digits: 6, period: 30 });
    const step = Math.max(totp.counter(), this.lastStep + 1);
    this.lastStep = step;
    return totp.generate({ timestamp: step * 30_000 });
  }
}

/** From the setup screen: starts, reads the key, confirms a code; returns the app and codes. */
async function enrol(page: Page) {
  await page.getByRole("button", { name: "Set up with an authenticator app" }).click();
  const key = page.getByTestId("totp-secret");
  await expect(key).toBeVisible(SERVER_ROUND_TRIP);
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const app = new AuthenticatorApp((await key.innerText()).replace(/\s+/g, ""));
  await page.getByLabel("Code from the app").fill(app.nextCode());
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  const list = page.getByRole("list", { name: "Recovery codes" });
  await expect(list.getByRole("listitem")).toHaveCount(10, SERVER_ROUND_TRIP);
  const recoveryCodes = await list.getByRole("listitem").allInnerTexts();
  await page.getByRole("button", { name: "I've saved my recovery codes" }).click();
  return { app, recoveryCodes };
}

/** The owner's switch on /settings/roles. */
async function requireTwoFactorFor(page: Page, roleName: string) {
  await page.goto("/settings/roles");
  const toggle = page.getByRole("checkbox", { name: `Require two-factor sign-in for ${roleName}` });
  // A controlled checkbox: it shows the saved value, so it ticks once the server has it.
  await toggle.click();
  await expect(toggle).toBeChecked(SERVER_ROUND_TRIP);
}

async function signOut(page: Page, name: string) {
  await page.getByRole("button", { name: `Account menu for ${name}` }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/, SERVER_ROUND_TRIP);
}

async function enterSecondFactor(page: Page, code: string) {
  await expect(page).toHaveURL(/\/two-factor$/, SERVER_ROUND_TRIP);
  // Until the code is given, no page of the app opens.
  await page.goto("/orders");
  await expect(page).toHaveURL(/\/two-factor$/);
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

test("two-factor: set up in settings, then every sign-in asks for a code or a recovery code", async ({
  page,
}) => {
  test.setTimeout(180_000); // sign-up by email, three password sign-ins, on a busy 2-core machine
  const user = newUser("twofactor");
  await signUp(page, user);

  await page.goto("/settings/account");
  await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Set up two-factor sign-in" })).toBeVisible();
  const { app, recoveryCodes } = await enrol(page);
  await expect(page).toHaveURL(/\/settings\/account$/, SERVER_ROUND_TRIP);
  await expect(page.getByText("10 of 10 recovery codes unused.")).toBeVisible();

  // Password, then the app's code.
  await signOut(page, user.name);
  await submitPasswordSignIn(page, user.email, user.password);
  await enterSecondFactor(page, "000000");
  await expect(page.getByText(/That code didn't work/).first()).toBeVisible(SERVER_ROUND_TRIP);
  await page.getByLabel("Authentication code").fill(app.nextCode());
  await page.getByRole("button", { name: "Verify" }).click();
  await expectOverview(page, { name: user.name, shop: user.shop });

  // Password, then a recovery code, which then works no more.
  await signOut(page, user.name);
  await submitPasswordSignIn(page, user.email, user.password);
  await enterSecondFactor(page, recoveryCodes[0]!);
  await expectOverview(page, { name: user.name, shop: user.shop });
  await page.goto("/settings/account");
  await expect(page.getByText("9 of 10 recovery codes unused.")).toBeVisible();
});

test("two-factor: when the owner requires it for the Manager role, a manager must set it up first", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const owner = newUser("requirer");
  const ownerPage = await (await browser.newContext()).newPage();
  await signUp(ownerPage, owner);
  const manager = {
    name: "Mona Manager",
    email: freshEmail("manager"),
    password: "mona-password-123",
  };
  const link = await inviteTeammate(ownerPage, {
    email: manager.email,
    roles: ["Manager"],
    orgName: owner.shop,
  });
  const page = await (await browser.newContext()).newPage();
  await acceptAsNewUser(page, link, { ...manager, orgName: owner.shop });

  await requireTwoFactorFor(ownerPage, "Manager");

  await page.goto("/products");
  await expect(page).toHaveURL(/\/two-factor\/setup$/, SERVER_ROUND_TRIP);
  await expect(
    page.getByText(`${owner.shop} requires two-factor sign-in for the Manager role.`),
  ).toBeVisible();
  await enrol(page);
  await expectOverview(page, { name: manager.name, shop: owner.shop });
  await page.context().close();
  await ownerPage.context().close();
});
