import { expect, type Locator, type Page } from "@playwright/test";
import { SERVER_ROUND_TRIP } from "./auth";
import { expectCells, qty, rowWith, tableWith } from "./tables";

/**
 * Setting up a shop through the real screens: currency, locations, products, stock, customers
 * and orders. Each helper waits until the server has answered, so the next step starts from
 * saved data. Use them on a freshly signed-up owner, whose shop starts empty.
 */

/** Sets the shop's currency on /settings/organization (new shops start in USD). */
export async function setCurrency(page: Page, currency: string) {
  await page.goto("/settings/organization");
  await page.getByLabel("Currency").selectOption(currency);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Organisation settings saved.")).toBeVisible(SERVER_ROUND_TRIP);
}

/** Adds a location on /settings/locations. */
export async function createLocation(page: Page, { name, code }: { name: string; code: string }) {
  await page.goto("/settings/locations");
  // An empty list offers the button twice (header and empty state); either opens the dialog.
  await page.getByRole("button", { name: "New location" }).first().click();
  const dialog = page.getByRole("dialog", { name: "New location" });
  await dialog.getByRole("textbox", { name: "Name" }).fill(name);
  await dialog.getByRole("textbox", { name: "Code" }).fill(code);
  await dialog.getByRole("button", { name: "Add location" }).click();
  await expect(dialog).toBeHidden(SERVER_ROUND_TRIP);
  await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();
}

export type NewProduct = {
  name: string;
  /** One option, e.g. { name: "Size", values: ["S", "M"] }; every value becomes a variant. */
  option: { name: string; values: string[] };
  /** Decimal strings as typed, e.g. "20.00". */
  price: string;
  cost: string;
  allowBackorder?: boolean;
};

/** Creates a product on /products/new and returns its id (the page ends on its detail). */
export async function createProduct(page: Page, product: NewProduct): Promise<string> {
  await page.goto("/products/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(product.name);
  if (product.allowBackorder) {
    await page.getByRole("checkbox", { name: "Allow backorders" }).check();
  }
  await page.getByRole("button", { name: "Add options like size or colour" }).click();
  await page.getByRole("textbox", { name: "Option 1" }).fill(product.option.name);
  await page.getByRole("textbox", { name: "Values" }).fill(product.option.values.join(", "));
  // The variant grid is rebuilt from the options after a short pause.
  for (const value of product.option.values) {
    await page.getByRole("textbox", { name: `Price of ${value}`, exact: true }).fill(product.price);
    await page.getByRole("textbox", { name: `Cost of ${value}`, exact: true }).fill(product.cost);
  }
  await expect(page.getByRole("textbox", { name: /^Price of / })).toHaveCount(
    product.option.values.length,
  );
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByRole("heading", { level: 1, name: product.name })).toBeVisible(
    SERVER_ROUND_TRIP,
  );
  const id = /\/products\/([^/?#]+)$/.exec(page.url())?.[1];
  if (!id || id === "new") throw new Error(`did not land on the product page: ${page.url()}`);
  return id;
}

export type LevelKey = { product: string; variant: string; location: string };

/** The /inventory row of one variant at one location (the page must be open). */
export function levelRow(page: Page, { product, variant, location }: LevelKey): Locator {
  return page.getByRole("row").filter({
    has: page.getByRole("button", {
      name: `Actions for ${product} ${variant} at ${location}`,
      exact: true,
    }),
  });
}

/** Receives stock from the /inventory row action "Receive". */
export async function receiveStock(page: Page, key: LevelKey, quantity: number) {
  await page.goto("/inventory");
  await levelRow(page, key)
    .getByRole("button", { name: /^Actions for / })
    .click();
  await page.getByRole("menuitem", { name: "Receive" }).click();
  const dialog = page.getByRole("dialog", { name: "Receive stock" });
  await dialog.getByLabel("Quantity received").fill(String(quantity));
  await dialog.getByRole("button", { name: "Receive stock" }).click();
  await expect(dialog).toBeHidden(SERVER_ROUND_TRIP);
}

/**
 * Opens /inventory and checks one level's On hand, Committed and Available. Available may carry
 * an "Out"/"Low" badge before the number, so only its number is compared.
 */
export async function expectLevel(
  page: Page,
  key: LevelKey,
  { onHand, committed, available }: { onHand: number; committed: number; available: number },
) {
  await page.goto("/inventory");
  await expectCells(levelRow(page, key), {
    "On hand": qty(onHand),
    Committed: qty(committed),
    Available: new RegExp(`(?:^|[^\\d−])${qty(available)}$`),
  });
}

/** Creates a customer on /customers/new; returns its id (the page ends on its profile). */
export async function createCustomer(
  page: Page,
  c: { firstName: string; lastName: string; email: string },
): Promise<string> {
  await page.goto("/customers/new");
  await page.getByRole("textbox", { name: "First name" }).fill(c.firstName);
  await page.getByRole("textbox", { name: "Last name" }).fill(c.lastName);
  await page.getByRole("textbox", { name: "Email" }).fill(c.email);
  await page.getByRole("button", { name: "Add customer" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `${c.firstName} ${c.lastName}` }),
  ).toBeVisible(SERVER_ROUND_TRIP);
  const id = /\/customers\/([^/?#]+)$/.exec(page.url())?.[1];
  if (!id || id === "new") throw new Error(`did not land on the customer page: ${page.url()}`);
  return id;
}

/** Picks an option of a search combobox (customer or product picker) by typing `query`. */
export async function pickFromCombobox(
  page: Page,
  combobox: string,
  query: string,
  option: string | RegExp,
) {
  await page.getByRole("combobox", { name: combobox }).fill(query);
  await page
    .getByRole("listbox", { name: combobox })
    .getByRole("option")
    .filter({ hasText: option })
    .click();
}

export type OrderDraft = {
  location: string;
  /** The customer's full name; omit for a walk-in sale. */
  customer?: string;
  /** Each line: the variant's label as the picker shows it ("Field tee — M") and how many. */
  lines: { label: string; quantity: number }[];
};

/**
 * Fills /orders/new (does not submit): location, customer, and each line picked through the
 * product search with its quantity. Returns the order-line list items, in order.
 */
export async function fillOrder(page: Page, order: OrderDraft): Promise<Locator[]> {
  await page.goto("/orders/new");
  await page.getByLabel("Location").selectOption({ label: order.location });
  if (order.customer) {
    await pickFromCombobox(page, "Customer", order.customer, order.customer);
    await expect(
      page.getByRole("button", { name: `Remove ${order.customer} from the order` }),
    ).toBeVisible();
  }
  const lines: Locator[] = [];
  for (const [i, line] of order.lines.entries()) {
    // The search matches words against names, SKUs and option values; the dash is no word.
    const query = line.label.replace(/\s+—\s+/g, " ");
    await pickFromCombobox(page, "Add a product", query, line.label);
    const item = page.getByTestId("order-line").nth(i);
    await expect(item).toContainText(line.label);
    await item.getByLabel("Quantity").fill(String(line.quantity));
    lines.push(item);
  }
  return lines;
}

/** Submits the order form with "Create order" and waits for the order page; returns its id. */
export async function submitOrder(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Create order" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Order #\d+/ })).toBeVisible(
    SERVER_ROUND_TRIP,
  );
  const id = /\/orders\/([^/?#]+)$/.exec(page.url())?.[1];
  if (!id || id === "new") throw new Error(`did not land on the order page: ${page.url()}`);
  return id;
}

/** The product page's movement table row(s) of one movement type ("Receipt", "Sale" …). */
export function movementRows(page: Page, type: string): Locator {
  return rowWith(tableWith(page, "Balance"), type);
}
