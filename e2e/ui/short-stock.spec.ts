import { expect, test } from "@playwright/test";
import { newUser, signUp, uniqueName } from "../support/auth";
import {
  createLocation,
  createProduct,
  expectLevel,
  fillOrder,
  receiveStock,
  submitOrder,
} from "../support/shop";
import { expectCells, rowWith, tableWith } from "../support/tables";

/**
 * Stock is promised only once it is there. An order for more than is available is refused as a
 * whole, naming the short line with what was asked and what is free, and leaves nothing behind;
 * a product that takes backorders accepts the same order and records the shortfall.
 */
test("an order for more than is in stock is refused, unless the product takes backorders", async ({
  page,
}) => {
  test.setTimeout(120_000); // a dozen server round trips on a shared 2-core machine

  await signUp(page, newUser("stockist"));
  const location = "Corner shop";
  await createLocation(page, { name: location, code: "CORNER" });

  const tee = uniqueName("Short tee");
  await createProduct(page, {
    name: tee,
    option: { name: "Size", values: ["S", "M"] },
    price: "15.00",
    cost: "5.00",
  });
  const jacket = uniqueName("Preorder jacket");
  const jacketId = await createProduct(page, {
    name: jacket,
    option: { name: "Colour", values: ["Olive"] },
    price: "120.00",
    cost: "50.00",
    allowBackorder: true,
  });
  await expect(page.getByText("Allowed when out of stock")).toBeVisible();

  const teeS = { product: tee, variant: "S", location };
  const teeM = { product: tee, variant: "M", location };
  const olive = { product: jacket, variant: "Olive", location };
  await receiveStock(page, teeS, 5);
  await receiveStock(page, teeM, 1);
  await receiveStock(page, olive, 1);

  // ── 2 × S is fine, 2 × M is one too many: the whole order is refused ─────────────────────
  const [lineS, lineM] = await fillOrder(page, {
    location,
    lines: [
      { label: `${tee} — S`, quantity: 2 },
      { label: `${tee} — M`, quantity: 2 },
    ],
  });
  // The form warns before anything is sent …
  await expect(lineS!).toContainText(`5 available at ${location}`);
  await expect(lineM!.getByRole("status")).toHaveText(`Only 1 available at ${location}`);
  // … and the server refuses, naming the short line with what was asked and what is free.
  await page.getByRole("button", { name: "Create order" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: "This order can't be placed" });
  await expect(refusal).toContainText(`${tee} — M`);
  await expect(refusal).toContainText("(2 requested, 1 available)");
  await expect(refusal).not.toContainText(`${tee} — S`);
  await expect(lineM!.getByRole("alert")).toHaveText(`Only 1 available at ${location}.`);
  await expect(page).toHaveURL(/\/orders\/new$/);

  // Nothing was created and nothing was reserved, not even for the line that had stock.
  await page.goto("/orders");
  await expect(page.getByRole("heading", { name: "No orders yet" })).toBeVisible();
  await expectLevel(page, teeM, { onHand: 1, committed: 0, available: 1 });
  await expectLevel(page, teeS, { onHand: 5, committed: 0, available: 5 });

  // ── The jacket takes backorders: 3 wanted, 1 in stock, 2 wait for stock ──────────────────
  const [lineOlive] = await fillOrder(page, {
    location,
    lines: [{ label: `${jacket} — Olive`, quantity: 3 }],
  });
  await expect(lineOlive!).toContainText("1 available; 2 will be backordered");
  await submitOrder(page);

  // The refused attempt used no order number.
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText(/^Order #1(?!\d)/);
  await expect(heading).toContainText("Placed");
  await expect(
    page.getByRole("alert").filter({ hasText: "2 units are on backorder" }),
  ).toContainText(`received at ${location}`);
  await expectCells(rowWith(tableWith(page, "Unit price"), `${jacket} — Olive`), {
    Product: /2 on backorder$/,
    Qty: "3",
    Total: /360\.00$/, // a new shop sells in US dollars
  });
  await expect(page.getByText(/^3 units, .*360\.00; .*2 on backorder/)).toBeVisible();

  // All three are promised: one from the shelf, two owed.
  await expectLevel(page, olive, { onHand: 1, committed: 3, available: -2 });
  await page.goto(`/products/${jacketId}`);
  await expectCells(rowWith(tableWith(page, "Margin"), /^Olive/), {
    "On hand": "1",
    Committed: "3",
    Available: "−2",
  });
  await page.goto("/orders");
  await expect(page.getByRole("link", { name: "#1", exact: true })).toBeVisible();
});
