import { expect, test } from "@playwright/test";
import { expectOverview, freshEmail, newUser, sidebar, signUp, uniqueName } from "../support/auth";
import { acceptAsNewUser, createRole, inviteTeammate } from "../support/team";

const FORBIDDEN = "You don't have access to this page";

test("an invitee with a custom role joins the shop and sees exactly what the role allows", async ({
  browser,
}) => {
  test.setTimeout(120_000); // two accounts, a role, an invitation and an email round trip; slow on a busy 2-core machine

  const owner = newUser("inviter");
  const ownerPage = await (await browser.newContext()).newPage();
  await signUp(ownerPage, owner);

  const roleName = uniqueName("Catalogue desk");
  await createRole(ownerPage, {
    name: roleName,
    permissions: ["See products and variants", "See customers and their history"],
  });

  const invitee = {
    name: "Ivy Invitee",
    email: freshEmail("invitee"),
    password: "ivy-password-123",
  };
  const link = await inviteTeammate(ownerPage, {
    email: invitee.email,
    roles: [roleName],
    orgName: owner.shop,
  });
  await ownerPage.context().close();

  const page = await (await browser.newContext()).newPage();
  await acceptAsNewUser(page, link, { ...invitee, orgName: owner.shop });
  await expectOverview(page, { name: invitee.name, shop: owner.shop });

  // The sidebar lists only what the role's permissions open.
  const nav = sidebar(page).getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(["Overview", "Products", "Customers"]);
  await expect(sidebar(page).getByText("Settings", { exact: true })).toHaveCount(0);

  // Modules it allows open …
  await nav.getByRole("link", { name: "Products" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Products" })).toBeVisible();
  await nav.getByRole("link", { name: "Customers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();

  // … and typing the address of any other one shows the forbidden page.
  // (The status is 200, not 403: the (app) loading.tsx streams the shell before the page's
  // forbidden() runs. The page's own content never renders.)
  for (const path of ["/settings/roles", "/orders", "/settings/team", "/settings/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    await expect(page.getByRole("heading", { name: FORBIDDEN }), path).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveCount(0);
    await expect(page.getByRole("button", { name: /New role|Invite teammate/ }), path).toHaveCount(
      0,
    );
  }
  await page.context().close();
});
