import { expect, test } from "@playwright/test";
import { expectOverview, freshEmail, newUser, signUp, uniqueName } from "../support/auth";
import { captureServerAction, replayServerAction } from "../support/server-actions";
import { acceptAsNewUser, createRole, inviteTeammate, roleHeading } from "../support/team";

test("the server refuses an owner-only action replayed by a manager or by nobody", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000); // two accounts, an invitation, an email round trip; slow on a busy 2-core machine

  // The owner creates a role; keep the exact request the page sent.
  const owner = newUser("permowner");
  const ownerPage = await (await browser.newContext()).newPage();
  await signUp(ownerPage, owner);
  const ownersRole = uniqueName("Owner made");
  const captured = captureServerAction(ownerPage, new RegExp(ownersRole));
  await createRole(ownerPage, { name: ownersRole, permissions: ["See orders"] });
  const createRoleCall = await captured;
  expect(createRoleCall.url).toMatch(/\/settings\/roles$/);
  expect(createRoleCall.headers["next-action"]).toMatch(/^[0-9a-f]{40,}$/);

  // A manager of the same shop, invited and accepted through the UI.
  const manager = {
    name: "Mia Manager",
    email: freshEmail("permmanager"),
    password: "mia-password-123",
  };
  const link = await inviteTeammate(ownerPage, {
    email: manager.email,
    roles: ["Manager"],
    orgName: owner.shop,
  });
  const managerPage = await (await browser.newContext()).newPage();
  await acceptAsNewUser(managerPage, link, { ...manager, orgName: owner.shop });
  await expectOverview(managerPage, { name: manager.name, shop: owner.shop });

  // The manager replays the owner's request verbatim, and with a name of their own.
  const managersRole = uniqueName("Manager made");
  const managerApi = managerPage.context().request;
  for (const body of [createRoleCall.body, createRoleCall.body.replace(ownersRole, managersRole)]) {
    const { response, text } = await replayServerAction(managerApi, createRoleCall, body);
    expect(response.status()).toBeLessThan(500);
    expect(text).toContain('"code":"forbidden"');
    expect(text).toContain("You don't have permission to do that.");
  }

  // Nobody signed in: a request context without cookies.
  const anonymous = await playwright.request.newContext({ baseURL });
  const signedOut = await replayServerAction(
    anonymous,
    createRoleCall,
    createRoleCall.body.replace(ownersRole, managersRole),
  );
  expect(signedOut.text).toContain('"code":"unauthenticated"');
  await anonymous.dispose();

  // Control: the same replay with the owner's cookies does create a role, so the refusals above
  // came from the permission check, not from a malformed replay.
  const replayedByOwner = uniqueName("Owner replayed");
  const control = await replayServerAction(
    ownerPage.context().request,
    createRoleCall,
    createRoleCall.body.replace(ownersRole, replayedByOwner),
  );
  expect(control.text).toContain('"ok":true');

  // The owner's list: their two roles, the manager's never.
  await ownerPage.goto("/settings/roles");
  await expect(roleHeading(ownerPage, ownersRole)).toHaveCount(1);
  await expect(roleHeading(ownerPage, replayedByOwner)).toHaveCount(1);
  await expect(roleHeading(ownerPage, managersRole)).toHaveCount(0);
  await expect(ownerPage.getByRole("heading", { level: 2, name: /^Custom roles/ })).toHaveText(
    "Custom roles 2",
  );

  await ownerPage.context().close();
  await managerPage.context().close();
});
