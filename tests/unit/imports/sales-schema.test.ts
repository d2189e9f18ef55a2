import { describe, expect, it } from "vitest";
import { parseOccurredAt } from "@/lib/imports/kinds/sales/occurred-at";
import { salesRowSchema } from "@/lib/imports/kinds/sales/row-schema";
import { salesFields } from "@/lib/imports/kinds/sales/fields";

const london = { timezone: "Europe/London", currency: "GBP" };

function cells(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    occurred_at: "2026-03-01 14:05",
    order_ref: "POS-1",
    sku: "tee-blk-m",
    quantity: "2",
    unit_price: "12.50",
    discount: "",
    location: "MAIN",
    channel: "",
    customer_email: "",
    ...overrides,
  };
}

/** The messages per field key of a failing row. */
function errorsOf(input: Record<string, string>, org = london) {
  const result = salesRowSchema(org).safeParse(input);
  if (result.success) throw new Error(`Expected errors, got ${JSON.stringify(result.data)}`);
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0]);
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

describe("sales row schema", () => {
  it("normalises a valid line", () => {
    expect(salesRowSchema(london).parse(cells())).toEqual({
      occurredAt: "2026-03-01T14:05:00.000Z",
      orderRef: "POS-1",
      sku: "TEE-BLK-M",
      quantity: 2,
      unitPriceMinor: 1250,
      discountMinor: 0,
      location: "MAIN",
      channel: "IN_STORE",
      customerEmail: null,
    });
  });

  it("reads local times in the organisation's zone, across daylight saving", () => {
    const schema = salesRowSchema(london);
    // British Summer Time (UTC+1) from 29 March 2026.
    expect(schema.parse(cells({ occurred_at: "2026-07-01T14:05" })).occurredAt).toBe(
      "2026-07-01T13:05:00.000Z",
    );
    const nyc = salesRowSchema({ timezone: "America/New_York", currency: "USD" });
    expect(nyc.parse(cells({ occurred_at: "2026-03-01 14:05:30" })).occurredAt).toBe(
      "2026-03-01T19:05:30.000Z",
    );
  });

  it("takes an explicit offset or Z as an exact instant", () => {
    const nyc = salesRowSchema({ timezone: "America/New_York", currency: "USD" });
    expect(nyc.parse(cells({ occurred_at: "2026-03-01T14:05:00Z" })).occurredAt).toBe(
      "2026-03-01T14:05:00.000Z",
    );
    expect(nyc.parse(cells({ occurred_at: "2026-03-01 14:05+01:00" })).occurredAt).toBe(
      "2026-03-01T13:05:00.000Z",
    );
    expect(nyc.parse(cells({ occurred_at: "2026-03-01T14:05:00.250-0530" })).occurredAt).toBe(
      "2026-03-01T19:35:00.250Z",
    );
  });

  it("refuses dates that are missing, malformed, unreal or in the future", () => {
    expect(errorsOf(cells({ occurred_at: "" })).occurred_at).toEqual([
      "Enter the date and time of the sale.",
    ]);
    expect(errorsOf(cells({ occurred_at: "2026-03-01" })).occurred_at![0]).toMatch(/Add the time/);
    expect(errorsOf(cells({ occurred_at: "01/03/2026 14:05" })).occurred_at![0]).toMatch(
      /Use a date and time like/,
    );
    expect(errorsOf(cells({ occurred_at: "2026-02-30 10:00" })).occurred_at![0]).toMatch(
      /not a real date/,
    );
    expect(errorsOf(cells({ occurred_at: "2026-03-01 24:00" })).occurred_at![0]).toMatch(
      /not a real date/,
    );
    expect(errorsOf(cells({ occurred_at: "2026-03-01T10:00+15:00" })).occurred_at![0]).toMatch(
      /not a time zone offset/,
    );
    expect(errorsOf(cells({ occurred_at: "2999-01-01 10:00" })).occurred_at).toEqual([
      "That is in the future.",
    ]);
  });

  it("moves a wall time skipped by the spring-forward change past the gap", () => {
    const result = parseOccurredAt("2026-03-29 01:30", "Europe/London");
    expect(result.ok && result.at.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("requires an order reference, SKU and location", () => {
    const errors = errorsOf(cells({ order_ref: " ", sku: "", location: "" }));
    expect(errors.order_ref).toEqual(["Enter the order reference."]);
    expect(errors.sku).toEqual(["Enter a SKU."]);
    expect(errors.location).toEqual(["Enter the location's code or name."]);
    expect(errorsOf(cells({ sku: "TEE BLK" })).sku![0]).toMatch(/without spaces/);
  });

  it("takes a whole quantity of at least one, as the order form does", () => {
    expect(errorsOf(cells({ quantity: "" })).quantity).toEqual(["Enter a quantity."]);
    expect(errorsOf(cells({ quantity: "0" })).quantity).toEqual(["At least 1."]);
    expect(errorsOf(cells({ quantity: "-2" })).quantity).toEqual(["At least 1."]);
    expect(errorsOf(cells({ quantity: "1.5" })).quantity).toEqual(["Use whole units."]);
    expect(errorsOf(cells({ quantity: "two" })).quantity).toEqual(["Enter a quantity."]);
    expect(errorsOf(cells({ quantity: "100001" })).quantity![0]).toMatch(/At most/);
  });

  it("parses money in the organisation's currency without floating point", () => {
    const schema = salesRowSchema(london);
    expect(schema.parse(cells({ unit_price: "1,299.99" })).unitPriceMinor).toBe(129999);
    expect(schema.parse(cells({ unit_price: "£0.10" })).unitPriceMinor).toBe(10);
    expect(schema.parse(cells({ unit_price: "0" })).unitPriceMinor).toBe(0);
    expect(schema.parse(cells({ discount: "2.5" })).discountMinor).toBe(250);
    expect(errorsOf(cells({ unit_price: "" })).unit_price).toEqual(["Enter an amount."]);
    expect(errorsOf(cells({ unit_price: "12.505" })).unit_price![0]).toMatch(/like 12.50/);
    expect(errorsOf(cells({ unit_price: "abc" })).unit_price![0]).toMatch(/in GBP/);
    expect(errorsOf(cells({ unit_price: "-1" })).unit_price).toEqual(["Use zero or more."]);

    const yen = salesRowSchema({ timezone: "Asia/Tokyo", currency: "JPY" });
    expect(yen.parse(cells({ unit_price: "1200" })).unitPriceMinor).toBe(1200);
    expect(
      errorsOf(cells({ unit_price: "12.50" }), { timezone: "Asia/Tokyo", currency: "JPY" }),
    ).toHaveProperty("unit_price");
  });

  it("keeps a discount within what the line is worth", () => {
    expect(salesRowSchema(london).parse(cells({ discount: "25.00" })).discountMinor).toBe(2500);
    expect(errorsOf(cells({ discount: "25.01" })).discount).toEqual([
      "The discount is more than the line is worth (25.00).",
    ]);
    expect(errorsOf(cells({ quantity: "100000", unit_price: "50000" })).unit_price![0]).toMatch(
      /more than one order line can hold/,
    );
  });

  it("reads channels in any case and common spellings, defaulting to in store", () => {
    const schema = salesRowSchema(london);
    expect(schema.parse(cells({ channel: "Online" })).channel).toBe("ONLINE");
    expect(schema.parse(cells({ channel: "in store" })).channel).toBe("IN_STORE");
    expect(schema.parse(cells({ channel: "In-Store" })).channel).toBe("IN_STORE");
    expect(schema.parse(cells({ channel: "MARKETPLACE" })).channel).toBe("MARKETPLACE");
    expect(schema.parse(cells({ channel: "web" })).channel).toBe("ONLINE");
    expect(errorsOf(cells({ channel: "carrier pigeon" })).channel).toEqual([
      "Use in_store, online, phone, marketplace or other.",
    ]);
  });

  it("lower-cases customer emails and refuses malformed ones", () => {
    const schema = salesRowSchema(london);
    expect(schema.parse(cells({ customer_email: " Ada@Example.COM " })).customerEmail).toBe(
      "ada@example.com",
    );
    expect(errorsOf(cells({ customer_email: "not-an-email" })).customer_email).toEqual([
      "Enter a valid email address.",
    ]);
  });

  it("offers aliases for common header spellings, each used once", () => {
    const all = salesFields.flatMap((f) => f.aliases);
    expect(new Set(all).size).toBe(all.length);
    const fieldOf = (alias: string) =>
      salesFields.find((f) => (f.aliases as readonly string[]).includes(alias))?.key;
    expect(fieldOf("date")).toBe("occurred_at");
    expect(fieldOf("timestamp")).toBe("occurred_at");
    expect(fieldOf("order id")).toBe("order_ref");
    expect(fieldOf("receipt")).toBe("order_ref");
    expect(fieldOf("qty")).toBe("quantity");
    expect(fieldOf("price")).toBe("unit_price");
    expect(fieldOf("store")).toBe("location");
  });
});
