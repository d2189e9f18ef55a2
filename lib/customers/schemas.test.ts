import { describe, expect, it } from "vitest";
import { countryCodeFrom } from "./countries";
import { customerDisplayName } from "./display-name";
import { customerListSchema, toCustomerFilters } from "./list-schema";
import {
  booleanishSchema,
  customerInputSchema,
  customerSearchSchema,
  interactionInputSchema,
  updateCustomerSchema,
} from "./schemas";
import { parseTags } from "./tags";

function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

const address = {
  line1: "1 High Street",
  city: "Bath",
  country: "GB",
};

describe("tags", () => {
  it("splits a CSV cell on commas, trims, lower-cases and de-duplicates", () => {
    expect(parseTags(" VIP, Wholesale ,vip,, ")).toEqual(["vip", "wholesale"]);
  });

  it("normalises a list from a chips input the same way, collapsing inner spaces", () => {
    expect(parseTags(["Big   Spender", " big spender", "Trade, Local"])).toEqual([
      "big spender",
      "trade",
      "local",
    ]);
  });

  it("accepts a string, an array or nothing in the customer schema", () => {
    const base = { firstName: "Ada" };
    expect(customerInputSchema.parse({ ...base, tags: "A, b" }).tags).toEqual(["a", "b"]);
    expect(customerInputSchema.parse({ ...base, tags: ["A ", "b"] }).tags).toEqual(["a", "b"]);
    expect(customerInputSchema.parse({ ...base, tags: "" }).tags).toEqual([]);
    expect(customerInputSchema.parse(base).tags).toEqual([]);
  });

  it("refuses overly long tags and too many tags on the tags field", () => {
    const long = customerInputSchema.safeParse({ firstName: "Ada", tags: ["x".repeat(41)] });
    expect(issues(long).tags).toMatch(/under 40 characters/);
    const many = Array.from({ length: 31 }, (_, i) => `t${i}`);
    expect(issues(customerInputSchema.safeParse({ firstName: "Ada", tags: many })).tags).toMatch(
      /at most 30/,
    );
  });
});

describe("email", () => {
  it("is trimmed and lower-cased", () => {
    const out = customerInputSchema.parse({ email: "  Ada.Lovelace@Example.COM " });
    expect(out.email).toBe("ada.lovelace@example.com");
  });

  it("is optional: blank, null and missing all become null", () => {
    for (const email of ["", "   ", null, undefined]) {
      expect(customerInputSchema.parse({ firstName: "Ada", email }).email).toBeNull();
    }
  });

  it("must look like an email when given", () => {
    expect(issues(customerInputSchema.safeParse({ email: "ada@" })).email).toBe(
      "Enter a valid email address.",
    );
  });
});

describe("identity and contact", () => {
  it("needs a name, company or email", () => {
    expect(issues(customerInputSchema.safeParse({})).firstName).toMatch(/name, company or email/);
    expect(customerInputSchema.safeParse({ company: "Acme" }).success).toBe(true);
    expect(customerInputSchema.safeParse({ lastName: "Lovelace" }).success).toBe(true);
  });

  it("accepts common phone formats and refuses words", () => {
    for (const phone of [
      "+44 20 7946 0958",
      "(555) 123-4567",
      "07700900123",
      "020 7946 0958 ext 12",
    ]) {
      expect(customerInputSchema.parse({ firstName: "A", phone }).phone).toBe(phone);
    }
    for (const phone of ["call me", "123", "+44 abc 1234"]) {
      expect(issues(customerInputSchema.safeParse({ firstName: "A", phone })).phone).toMatch(
        /phone number/,
      );
    }
    expect(customerInputSchema.parse({ firstName: "A", phone: " " }).phone).toBeNull();
  });

  it("reports every field problem at once", () => {
    const result = customerInputSchema.safeParse({
      email: "nope",
      phone: "x",
      marketingConsent: true,
      addresses: [{ line1: "", city: "", country: "" }],
    });
    expect(Object.keys(issues(result)).sort()).toEqual(
      [
        "addresses.0.city",
        "addresses.0.country",
        "addresses.0.line1",
        "consentSource",
        "email",
        "phone",
      ].sort(),
    );
    const nameless = customerInputSchema.safeParse({ phone: "x", tags: 7 });
    expect(Object.keys(issues(nameless)).sort()).toEqual(["firstName", "phone", "tags"]);
    expect(customerInputSchema.safeParse(null).success).toBe(false);
  });
});

describe("marketing consent", () => {
  it("reads spreadsheet booleans", () => {
    for (const yes of ["yes", "Y", "TRUE", "1", "on", true]) {
      expect(booleanishSchema.parse(yes)).toBe(true);
    }
    for (const no of ["no", "N", "false", "0", "", null, undefined, false]) {
      expect(booleanishSchema.parse(no)).toBe(false);
    }
    expect(booleanishSchema.safeParse("maybe").success).toBe(false);
  });

  it("requires a source when consent is given", () => {
    const result = customerInputSchema.safeParse({ firstName: "Ada", marketingConsent: "yes" });
    expect(issues(result).consentSource).toMatch(/how consent was given/);
    const ok = customerInputSchema.parse({
      firstName: "Ada",
      marketingConsent: "yes",
      consentSource: " checkout checkbox ",
    });
    expect(ok).toMatchObject({ marketingConsent: true, consentSource: "checkout checkbox" });
  });

  it("drops the source when consent is not given", () => {
    const out = customerInputSchema.parse({
      firstName: "Ada",
      marketingConsent: false,
      consentSource: "newsletter form",
    });
    expect(out).toMatchObject({ marketingConsent: false, consentSource: null });
  });
});

describe("addresses", () => {
  it("normalises country codes, names and postcodes", () => {
    const out = customerInputSchema.parse({
      firstName: "Ada",
      addresses: [
        { ...address, country: "gb", postalCode: " ba1 1aa " },
        { ...address, country: "United States" },
        { ...address, country: "UK" },
      ],
    });
    expect(out.addresses.map((a) => a.country)).toEqual(["GB", "US", "GB"]);
    expect(out.addresses[0]).toMatchObject({
      postalCode: "BA1 1AA",
      line2: "",
      region: "",
      label: "",
    });
  });

  it("refuses unknown countries", () => {
    const result = customerInputSchema.safeParse({
      firstName: "Ada",
      addresses: [{ ...address, country: "XX" }],
    });
    expect(issues(result)["addresses.0.country"]).toMatch(/two-letter country code/);
    expect(countryCodeFrom("Narnia")).toBeNull();
  });

  it("allows at most one default and flags the extra ones", () => {
    const result = customerInputSchema.safeParse({
      firstName: "Ada",
      addresses: [
        { ...address, isDefault: true },
        { ...address, isDefault: "no" },
        { ...address, isDefault: "yes" },
      ],
    });
    expect(issues(result)).toEqual({
      "addresses.2.isDefault": "Only one address can be the default.",
    });
  });

  it("makes the first address the default when none is chosen", () => {
    const out = customerInputSchema.parse({ firstName: "Ada", addresses: [address, address] });
    expect(out.addresses.map((a) => a.isDefault)).toEqual([true, false]);
    const chosen = customerInputSchema.parse({
      firstName: "Ada",
      addresses: [address, { ...address, isDefault: true }],
    });
    expect(chosen.addresses.map((a) => a.isDefault)).toEqual([false, true]);
  });
});

describe("update schema", () => {
  it("applies the same rules plus the customer id", () => {
    expect(issues(updateCustomerSchema.safeParse({ firstName: "A" })).customerId).toBeDefined();
    const out = updateCustomerSchema.parse({ customerId: "c1", email: "A@B.CO", tags: "X" });
    expect(out).toMatchObject({ customerId: "c1", email: "a@b.co", tags: ["x"] });
  });
});

describe("interactions", () => {
  it("accepts channels as a CSV would write them", () => {
    for (const [input, channel] of [
      ["email", "EMAIL"],
      ["In person", "IN_PERSON"],
      ["in-person", "IN_PERSON"],
      ["PHONE", "PHONE"],
    ]) {
      expect(interactionInputSchema.parse({ channel: input, summary: "Hi" }).channel).toBe(channel);
    }
    expect(interactionInputSchema.safeParse({ channel: "fax", summary: "Hi" }).success).toBe(false);
  });

  it("defaults the time to now and refuses the future", () => {
    const before = Date.now();
    const out = interactionInputSchema.parse({ channel: "CHAT", summary: " Asked about sizes " });
    expect(out.summary).toBe("Asked about sizes");
    expect(out.occurredAt.getTime()).toBeGreaterThanOrEqual(before);
    const past = interactionInputSchema.parse({
      channel: "CHAT",
      summary: "x",
      occurredAt: "2025-03-01T10:00:00Z",
    });
    expect(past.occurredAt.toISOString()).toBe("2025-03-01T10:00:00.000Z");
    const future = interactionInputSchema.safeParse({
      channel: "CHAT",
      summary: "x",
      occurredAt: new Date(Date.now() + 3_600_000),
    });
    expect(issues(future).occurredAt).toMatch(/future/);
    expect(
      issues(
        interactionInputSchema.safeParse({ channel: "CHAT", summary: "x", occurredAt: "soon" }),
      ).occurredAt,
    ).toBe("Enter a date and time.");
    expect(
      issues(interactionInputSchema.safeParse({ channel: "CHAT", summary: "  " })).summary,
    ).toBe("Say what happened.");
  });
});

describe("list and search parameters", () => {
  it("falls back to no filter on bad URL values", () => {
    const params = customerListSchema.parse({
      tag: "",
      consent: "maybe",
      spend: "lots",
      lastOrderFrom: "2025-02-31",
      sort: "nope",
    });
    expect(params).toMatchObject({ sort: "name", dir: "asc", page: 1 });
    expect(toCustomerFilters(params, "GBP")).toEqual({
      q: undefined,
      tag: undefined,
      consent: undefined,
      minLifetimeValueMinor: undefined,
      lastOrderFrom: undefined,
      lastOrderBefore: undefined,
    });
  });

  it("turns spend bands into minor units of the currency and days into UTC instants", () => {
    const params = customerListSchema.parse({
      tag: "VIP",
      consent: "no",
      spend: "500",
      lastOrderBefore: "2025-03-01",
    });
    expect(toCustomerFilters(params, "GBP")).toMatchObject({
      tag: "vip",
      consent: false,
      minLifetimeValueMinor: 50_000,
      lastOrderBefore: new Date("2025-03-01T00:00:00Z"),
    });
    expect(toCustomerFilters(params, "JPY").minLifetimeValueMinor).toBe(500);
  });

  it("bounds the picker's limit", () => {
    expect(customerSearchSchema.parse({ q: " ada ", limit: "500" })).toEqual({
      q: "ada",
      limit: 10,
    });
    expect(customerSearchSchema.parse({})).toEqual({ q: "", limit: 10 });
  });

  it("names customers by name, company or email", () => {
    expect(customerDisplayName({ firstName: "Ada", lastName: "", email: "a@b.co" })).toBe("Ada");
    expect(customerDisplayName({ firstName: "", lastName: "", company: "Acme" })).toBe("Acme");
    expect(customerDisplayName({ firstName: "", lastName: "", email: "a@b.co" })).toBe("a@b.co");
  });
});
