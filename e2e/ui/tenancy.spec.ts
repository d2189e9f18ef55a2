import { expect, test, type Page } from "@playwright/test";
import { DEMO_ORG_NAME, DEMO_SECOND_ORG_NAME } from "../../prisma/demo-accounts";
import { DEMO_ACCOUNTS, expectOverview, newUser, sidebar, signIn, signUp } from "../support/auth";
import {
  captureServerAction,
  replayServerAction,
  type CapturedAction,
} from "../support/server-actions";

const ACTIVE_ORG_COOKIE = "backroom_org";

/** Picks `orgName` in the sidebar's organisation switcher; returns the server action it sent. */
async function switchOrganisation(page: Page, from: string, to: string): Promise<CapturedAction> {
  const captured = captureServerAction(page);
  await sidebar(page)
    .getByRole("button", { name: `Organisation: ${from}. Switch organisation` })
    .click();
  await page.getByRole("menuitemradio", { name: to }).click();
  const action = await captured;
  await expect(page.getByText(`Here is how ${to} is set up today.`)).toBeVisible();
  return action;
}

function orgIdOf(action: CapturedAction): string {
  const args = JSON.parse(action.body) as unknown;
  if (!Array.isArray(args) || typeof args[0] !== "string") {
    throw new Error(`unexpected switch-organisation body: ${action.body}`);
  }
  return args[0];
}

test("a member of one shop can neither switch to, see, nor export another shop", async ({
  browser,
  baseURL,
}) => {
  test.slow(); // two accounts and several pages

  // The demo owner belongs to two shops; switching between them shows the real action.
  const demoPage = await (await browser.newContext()).newPage();
  await signIn(demoPage, DEMO_ACCOUNTS.owner.email, DEMO_ACCOUNTS.owner.password);
  await expect(demoPage.getByText(`Here is how ${DEMO_ORG_NAME} is set up today.`)).toBeVisible();
  await switchOrganisation(demoPage, DEMO_ORG_NAME, DEMO_SECOND_ORG_NAME);
  const switchCall = await switchOrganisation(demoPage, DEMO_SECOND_ORG_NAME, DEMO_ORG_NAME);
  const otherOrgId = orgIdOf(switchCall); // Northwind Outfitters: the shop A must not reach

  // Positive control: its owner's export holds the seed's rows, which A must never see.
  const demoExport = await demoPage.context().request.get("/settings/audit/export");
  expect(demoExport.status()).toBe(200);
  expect(await demoExport.text()).toContain("Demo seed");
  await demoPage.context().close();

  // A: a fresh owner of their own shop.
  const a = newUser("tenant");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, a);

  // Replaying the switch with the other shop's id is refused, and sets no cookie.
  const replay = await replayServerAction(context.request, switchCall);
  expect(replay.response.status()).toBeLessThan(500);
  expect(replay.text).toContain('"code":"forbidden"');
  expect(replay.text).toContain("You are not a member of that organisation.");
  expect(replay.response.headers()["set-cookie"] ?? "").not.toContain(ACTIVE_ORG_COOKIE);

  // Forging the cookie instead changes nothing either: every page stays on A's shop.
  await context.addCookies([{ name: ACTIVE_ORG_COOKIE, value: otherOrgId, url: baseURL! }]);
  await page.goto("/");
  await expectOverview(page, a);
  await expect(
    sidebar(page).getByRole("button", { name: `Organisation: ${a.shop}. Switch organisation` }),
  ).toBeVisible();

  await page.goto("/settings/team");
  await expect(page.getByText(`Everyone who can sign in to ${a.shop}`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Members/ })).toHaveText("Members 1");
  await expect(page.getByText(DEMO_ACCOUNTS.owner.name)).toHaveCount(0);
  await expect(page.getByText(DEMO_ACCOUNTS.manager.name)).toHaveCount(0);

  await page.goto("/settings/roles");
  await expect(page.getByText("No custom roles yet")).toBeVisible();

  for (const path of ["/", "/settings/team", "/settings/roles", "/settings/audit"]) {
    await page.goto(path);
    await expect(page.locator("body"), path).not.toContainText("Northwind");
  }

  // The audit export answers with A's rows only, cookie or not.
  const exported = await context.request.get("/settings/audit/export");
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toContain("text/csv");
  const csv = await exported.text();
  const rows = csv.trim().split("\n").slice(1);
  expect(rows.length).toBeGreaterThan(0);
  expect(csv).toContain("organization.create");
  expect(csv).toContain(a.shop);
  expect(csv).not.toContain("Demo seed");
  expect(csv).not.toContain("Northwind");
  for (const row of rows) expect(row).toContain(a.name);

  await context.close();
});
