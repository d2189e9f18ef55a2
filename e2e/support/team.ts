import { expect, type Page } from "@playwright/test";
import { SERVER_ROUND_TRIP } from "./auth";
import { linkIn } from "./inbox";
import { waitForEmail } from "./mail";

/** A custom role's heading in the roles page's lists. */
export function roleHeading(page: Page, name: string) {
  return page.getByRole("heading", { level: 3, name, exact: true });
}

/**
 * Creates a custom role on /settings/roles through the "New role" dialog, ticking the
 * permissions by their labels ("See products and variants" …).
 */
export async function createRole(
  page: Page,
  { name, permissions }: { name: string; permissions: string[] },
) {
  await page.goto("/settings/roles");
  await page.getByRole("button", { name: "New role" }).click();
  const dialog = page.getByRole("dialog", { name: "New role" });
  await dialog.getByRole("textbox", { name: /^Name/ }).fill(name);
  for (const label of permissions) {
    await dialog.getByRole("checkbox", { name: label, exact: true }).check();
  }
  await expect(dialog.getByText(`${permissions.length} of `)).toBeVisible();
  await dialog.getByRole("button", { name: "Create role" }).click();
  await expect(dialog).toBeHidden(SERVER_ROUND_TRIP);
  await expect(roleHeading(page, name)).toBeVisible();
}

/** Invites `email` from /settings/team with the given roles, and returns the emailed link. */
export async function inviteTeammate(
  page: Page,
  { email, roles, orgName }: { email: string; roles: string[]; orgName: string },
): Promise<string> {
  await page.goto("/settings/team");
  await page.getByRole("button", { name: "Invite teammate" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite a teammate" });
  await dialog.getByRole("textbox", { name: /^Email/ }).fill(email);
  for (const role of roles) {
    await dialog.getByRole("checkbox", { name: role, exact: true }).check();
  }
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog).toBeHidden(SERVER_ROUND_TRIP);
  await expect(page.getByRole("cell", { name: email, exact: true })).toBeVisible();

  const mail = await waitForEmail({ to: email, subject: `invited you to ${orgName}` });
  return linkIn(mail, /\/invite\/[^/?#]+$/);
}

/** Opens an invitation link signed out and creates the account; lands on the org's overview. */
export async function acceptAsNewUser(
  page: Page,
  link: string,
  { name, password, orgName }: { name: string; password: string; orgName: string },
) {
  await page.goto(link);
  await expect(page.getByRole("heading", { name: `Join ${orgName}` })).toBeVisible();
  await page.getByRole("textbox", { name: "Your name" }).fill(name);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Good to see you/ })).toBeVisible(
    SERVER_ROUND_TRIP,
  );
}
