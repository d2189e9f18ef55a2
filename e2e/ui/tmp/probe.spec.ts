import { expect, test } from "@playwright/test";
import { newUser, signUp } from "../../support/auth";
import { linkIn, openInbox } from "../../support/inbox";
import { waitForEmail } from "../../support/mail";

test("verify banner", async ({ page }) => {
  test.setTimeout(120_000);
  const user = newUser("probe");
  await signUp(page, user);
  const mail = await waitForEmail({ to: user.email, subject: /confirm your email/i });
  await page.goto(linkIn(mail, /\/verify-email\?token=/));
  page.on("request", (r) => { if (r.headers()["rsc"] || r.headers()["next-action"]) console.log(Date.now()%100000, "REQ", r.method(), r.url(), JSON.stringify({rsc: r.headers()["rsc"], prefetch: r.headers()["next-router-prefetch"], seg: r.headers()["next-router-segment-prefetch"], action: r.headers()["next-action"]})); });
  page.on("response", (r) => { if (r.request().headers()["rsc"] || r.request().headers()["next-action"]) console.log(Date.now()%100000, "RES", r.status(), r.url()); });
  await page.getByRole("button", { name: "Verify my email" }).click();
  await expect(page.getByText("Your email address is verified.")).toBeVisible();
  console.log(Date.now()%100000, "verified shown");
  await page.getByRole("link", { name: "Go to Backroom" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Good to see you/ })).toBeVisible();
  await page.waitForTimeout(1000);
  console.log("banner count", await page.getByText("Please verify your email address").count());
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: /^Good to see you/ })).toBeVisible();
  console.log("banner count after reload", await page.getByText("Please verify your email address").count());
});

test("magic", async ({ page }) => {
  test.setTimeout(120_000);
  const user = newUser("probemagic");
  await signUp(page, user);
  await page.context().clearCookies();
  const inbox = await openInbox(user.email);
  await page.goto("/sign-in");
  await page.getByRole("tab", { name: "Email me a link" }).click();
  await page.getByLabel("Email", { exact: true }).fill(user.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  const mail = await inbox.next(/sign-in link/i);
  console.log(mail.links, mail.text.slice(0, 500));
  page.on("response", (r) => console.log("RES", r.status(), r.url(), r.headers()["location"] ?? "", (r.headers()["set-cookie"] ?? "").slice(0, 200)));
  await page.goto(linkIn(mail, /callback\/email/));
  await page.waitForTimeout(2000);
  console.log("final", page.url());
});

test("bogus action", async ({ request }) => {
  for (const path of ["/", "/sign-in", "/settings/roles"]) {
    const r = await request.post(path, { headers: { "next-action": "7f".repeat(21), "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" }, data: '["x"]', maxRedirects: 0 });
    console.log(path, r.status(), JSON.stringify(r.headers()).slice(0, 400), (await r.text()).slice(0, 300));
  }
});
