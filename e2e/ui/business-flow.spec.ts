import { expect, test } from "@playwright/test";
import { freshEmail, newUser, SERVER_ROUND_TRIP, signUp, uniqueName } from "../support/auth";
import {
  createCustomer,
  createLocation,
  createProduct,
  expectLevel,
  fillOrder,
  movementRows,
  receiveStock,
  setCurrency,
  submitOrder,
} from "../support/shop";
import { change, definition, expectCells, rowWith, statValue, tableWith } from "../support/tables";

/**
 * One day of a shop manager, through the real screens of a fresh shop where every number is
 * ours: a location, a product, stock received, a customer, and an order taken from placing to
 * payment, fulfilment, a return and a partial refund. Each step checks the numbers on the
 * screens that show them: stock levels, the ledger, the order and the customer's value.
 */
test("a manager runs a day: stock in, an order out, a return and a refund", async ({ page }) => {
  test.setTimeout(150_000); // ~25 server round trips on a shared 2-core machine

  const manager = newUser("manager");
  await signUp(page, manager);
  await setCurrency(page, "GBP");

  const location = "Market stall";
  await createLocation(page, { name: location, code: "STALL" });

  // ── A product with two variants, nothing in stock yet ─────────────────────────────────────
  const product = uniqueName("Field tee");
  const productId = await createProduct(page, {
    name: product,
    option: { name: "Size", values: ["S", "M"] },
    price: "20.00",
    cost: "8.00",
  });
  const stock = page.getByRole("region", { name: "Stock and price" });
  await expect(statValue(stock, "On hand")).toHaveText("0");
  await expect(statValue(stock, "Price")).toHaveText("£20.00");
  const variants = tableWith(page, "Margin");
  await expectCells(rowWith(variants, /^M/), { Price: "£20.00", Cost: "£8.00", "On hand": "0" });
  await expect(page.getByText("No stock movements yet")).toBeVisible();

  // ── Receive 10 of M ───────────────────────────────────────────────────────────────────────
  const m = { product, variant: "M", location };
  await receiveStock(page, m, 10);
  await expectLevel(page, m, { onHand: 10, committed: 0, available: 10 });
  await expectLevel(page, { ...m, variant: "S" }, { onHand: 0, committed: 0, available: 0 });

  await page.goto(`/products/${productId}`);
  await expect(statValue(stock, "On hand")).toHaveText("10");
  await expect(statValue(stock, "Available")).toHaveText("10");
  await expectCells(rowWith(variants, /^M/), { "On hand": "10", Available: "10" });
  await expectCells(movementRows(page, "Receipt"), {
    Variant: /^M/,
    Location: location,
    Change: change(10),
    Balance: "10",
    By: manager.name,
  });

  // ── A customer, and an order of 3 × M for them ────────────────────────────────────────────
  const customer = { firstName: "Ada", lastName: uniqueName("Lovelace"), email: freshEmail("ada") };
  const customerName = `${customer.firstName} ${customer.lastName}`;
  const customerId = await createCustomer(page, customer);
  await expect(page.getByRole("heading", { name: "No orders yet" })).toBeVisible();

  const [line] = await fillOrder(page, {
    location,
    customer: customerName,
    lines: [{ label: `${product} — M`, quantity: 3 }],
  });
  await expect(line!).toContainText(`10 available at ${location}`);
  await expect(line!).toContainText("£60.00");
  const orderId = await submitOrder(page);

  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText("Placed");
  await expect(heading).toContainText("Unpaid");
  await expect(definition(page, "Total")).toHaveText("£60.00");
  const items = tableWith(page, "Unit price");
  await expectCells(rowWith(items, `${product} — M`), {
    Qty: "3",
    "Unit price": "£20.00",
    Total: "£60.00",
  });
  await expect(page.getByRole("link", { name: customerName })).toBeVisible();

  await expectLevel(page, m, { onHand: 10, committed: 3, available: 7 });

  // ── Paid, then fulfilled with tracking ────────────────────────────────────────────────────
  await page.goto(`/orders/${orderId}`);
  await page.getByRole("button", { name: "Mark paid" }).click();
  const pay = page.getByRole("dialog", { name: "Record payment of £60.00" });
  await pay.getByRole("textbox", { name: "Reference" }).fill("Card, terminal 1");
  await pay.getByRole("button", { name: "Mark paid" }).click();
  await expect(pay).toBeHidden(SERVER_ROUND_TRIP);
  await expect(heading).toContainText("Paid");
  await expect(heading).not.toContainText("Unpaid");

  const trackingUrl = "https://track.example.test/parcel/RM123456785GB";
  await page.getByRole("button", { name: "Fulfil", exact: true }).click();
  const fulfil = page.getByRole("dialog", { name: /^Fulfil order #\d+$/ });
  await fulfil.getByRole("textbox", { name: "Carrier" }).fill("Royal Mail");
  await fulfil.getByRole("textbox", { name: "Tracking number" }).fill("RM123456785GB");
  await fulfil.getByRole("textbox", { name: "Tracking link" }).fill(trackingUrl);
  await fulfil.getByRole("button", { name: "Fulfil order" }).click();
  await expect(fulfil).toBeHidden(SERVER_ROUND_TRIP);
  await expect(heading).toContainText("Fulfilled");
  await expect(definition(page, "Carrier")).toHaveText("Royal Mail");
  await expect(definition(page, "Tracking")).toHaveText("RM123456785GB");
  await expect(page.getByRole("link", { name: "Track parcel" })).toHaveAttribute(
    "href",
    trackingUrl,
  );

  await expectLevel(page, m, { onHand: 7, committed: 0, available: 7 });
  await page.goto("/inventory/movements");
  const ledger = tableWith(page, "On hand after");
  await expectCells(rowWith(ledger, "Sale"), {
    Product: new RegExp(`^${product} — M`),
    Location: location,
    Change: change(-3),
    "On hand after": "7",
    Source: "Order",
    By: manager.name,
  });

  // ── One comes back, restocked ─────────────────────────────────────────────────────────────
  await page.goto(`/orders/${orderId}`);
  await page.getByRole("button", { name: "Record return" }).click();
  const ret = page.getByRole("dialog", { name: /^Record a return on #\d+$/ });
  await ret.getByRole("spinbutton", { name: new RegExp(`^Quantity of ${product} — M`) }).fill("1");
  await expect(ret.getByRole("checkbox", { name: /^Restock / })).toBeChecked();
  await ret.getByRole("textbox", { name: "Reason" }).fill("Wrong size");
  await ret.getByRole("button", { name: "Record return" }).click();
  await expect(ret).toBeHidden(SERVER_ROUND_TRIP);
  await expectCells(rowWith(items, `${product} — M`), { Qty: "3", Returned: "1" });

  await expectLevel(page, m, { onHand: 8, committed: 0, available: 8 });
  await page.goto("/inventory/movements");
  await expectCells(rowWith(ledger, "Return"), {
    Change: change(1),
    "On hand after": "8",
    By: manager.name,
  });

  // ── The timeline says who did what ────────────────────────────────────────────────────────
  await page.goto(`/orders/${orderId}`);
  const timeline = page
    .getByRole("list")
    .filter({ has: page.getByText("Order placed", { exact: true }) });
  await expect(timeline.getByRole("listitem")).toHaveText([
    new RegExp(`^Order placed.*${manager.name}`),
    new RegExp(`^Payment recorded.*${manager.name}`),
    new RegExp(`^Fulfilled.*${manager.name}`),
    new RegExp(`^Return recorded.*${manager.name}`),
  ]);

  // ── £20.00 back to the customer ───────────────────────────────────────────────────────────
  await page.getByRole("button", { name: "Refund", exact: true }).click();
  const refund = page.getByRole("dialog", { name: /^Refund order #\d+$/ });
  await expect(refund.getByRole("textbox", { name: "Amount" })).toHaveValue("60.00");
  await refund.getByRole("textbox", { name: "Amount" }).fill("20.00");
  await refund.getByRole("textbox", { name: "Reason" }).fill("Returned one tee");
  await refund.getByRole("button", { name: "Record refund" }).click();
  await expect(refund).toBeHidden(SERVER_ROUND_TRIP);
  await expect(heading).toContainText("Partially refunded");
  // The summary under the items nets it out; the payment card keeps the running figures.
  await expect(definition(page, "Refunded")).toHaveText(["−£20.00", "£20.00"]);
  await expect(definition(page, "Net")).toHaveText("£40.00");
  await expect(definition(page, "Still refundable")).toHaveText("£40.00");

  // ── The customer's profile adds it up ─────────────────────────────────────────────────────
  await page.goto(`/customers/${customerId}`);
  const value = page.getByRole("region", { name: "Customer value" });
  await expect(statValue(value, "Orders")).toHaveText("1");
  await expect(statValue(value, "Lifetime value")).toHaveText("£40.00");
  await expectCells(rowWith(tableWith(page, "Status"), /^#\d+/), {
    Status: "Fulfilled",
    Total: /^£60\.00£20\.00 refunded$/,
  });
});
