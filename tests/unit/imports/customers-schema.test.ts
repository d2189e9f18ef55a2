import { describe, expect, it } from "vitest";
import { customersImport } from "@/lib/imports/kinds/customers";
import { issuesOf, rowOf } from "./row-cells";

const schema = customersImport.rowSchema({ timezone: "Europe/London", currency: "GBP" });
const row = (cells: Record<string, string> = {}) =>
  rowOf(customersImport.fields, { email: " Amelia.Hart@Example.com ", ...cells });

describe("customer rows", () => {
  it("keeps blank cells as not given and lower-cases the email", () => {
    expect(schema.parse(row())).toEqual({
      email: "amelia.hart@example.com",
      firstName: null,
      lastName: null,
      phone: null,
      company: null,
      tags: null,
      notes: null,
      marketingConsent: null,
      consentSource: null,
      address: null,
    });
  });

  it("reads tags, consent and an address the way the customer form does", () => {
    const parsed = schema.parse(
      row({
        first_name: "Amelia",
        tags: "VIP,  Newsletter, vip",
        marketing_consent: "Yes",
        consent_source: "checkout checkbox",
        address_line1: "14 Bootham",
        city: "York",
        postal_code: "yo30 7bw",
        country: "United Kingdom",
      }),
    );
    expect(parsed.firstName).toBe("Amelia");
    expect(parsed.tags).toEqual(["vip", "newsletter"]);
    expect(parsed.marketingConsent).toBe(true);
    expect(parsed.address).toEqual({
      line1: "14 Bootham",
      line2: "",
      city: "York",
      region: "",
      postalCode: "YO30 7BW",
      country: "GB",
    });
    expect(schema.parse(row({ marketing_consent: "no" })).marketingConsent).toBe(false);
  });

  it("requires an email, and a valid one", () => {
    expect(issuesOf(schema.safeParse(row({ email: "", first_name: "Amelia" }))).email).toEqual([
      "Enter the customer's email: it is how the import finds them again.",
    ]);
    expect(issuesOf(schema.safeParse(row({ email: "amelia@" }))).email).toEqual([
      "Enter a valid email address.",
    ]);
  });

  it("puts the form's messages on the column they concern", () => {
    const issues = issuesOf(
      schema.safeParse(
        row({
          phone: "call me",
          marketing_consent: "perhaps",
          tags: "x".repeat(41),
          city: "York",
          country: "Atlantis",
        }),
      ),
    );
    expect(issues.phone).toEqual(["Enter a phone number like +44 20 7946 0958."]);
    expect(issues.marketing_consent).toEqual(["Use yes or no."]);
    expect(issues.tags![0]).toMatch(/Keep each tag under 40 characters/);
    expect(issues.address_line1).toEqual(["Enter the first line of the address."]);
    expect(issues.country).toEqual(["Use a two-letter country code such as GB or US."]);
  });

  it("needs a source for marketing consent", () => {
    expect(issuesOf(schema.safeParse(row({ marketing_consent: "yes" }))).consent_source).toEqual([
      "Say how consent was given, e.g. “checkout checkbox”.",
    ]);
  });

  it("keys a customer by email", () => {
    expect(customersImport.naturalKey(schema.parse(row()))).toBe("amelia.hart@example.com");
  });
});
