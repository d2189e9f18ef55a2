import { z } from "zod";
import { customerInputSchema, type CustomerInput } from "@/lib/customers/schemas";
import { issueMessage } from "./cells";
import { customerFields } from "./customer-fields";

/**
 * One customer row as a spreadsheet has it, validated with the customer form's schema; blank
 * optional cells mean "keep what is on record".
 */

export type Address = {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
};
export type Country = CustomerInput["addresses"][number]["country"];

/**
 * One customer per row, found again by email. Every other value is null when its cell was
 * blank: an import fills in and corrects, it never erases what a column did not mention.
 */
export type CustomerRow = {
  email: string;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  company: string | null;
  tags: string[] | null;
  notes: string | null;
  marketingConsent: boolean | null;
  consentSource: string | null;
  /** Becomes (or replaces) the customer's default address. */
  address: Address | null;
};

const ADDRESS_CELLS = [
  "address_line1",
  "address_line2",
  "city",
  "region",
  "postal_code",
  "country",
] as const;

/** Where the customer schema's paths come from in the file, so errors name the right column. */
const COLUMN_OF: Record<string, string> = {
  email: "email",
  firstName: "first_name",
  lastName: "last_name",
  phone: "phone",
  company: "company",
  tags: "tags",
  notes: "notes",
  marketingConsent: "marketing_consent",
  consentSource: "consent_source",
  line1: "address_line1",
  line2: "address_line2",
  city: "city",
  region: "region",
  postalCode: "postal_code",
  country: "country",
};

function columnOf(path: PropertyKey[]) {
  const last = path.findLast((p) => typeof p === "string" && p in COLUMN_OF);
  return typeof last === "string" ? COLUMN_OF[last]! : "email";
}

const cells = z.object(
  Object.fromEntries(customerFields.map((f) => [f.key, z.string()])) as Record<
    (typeof customerFields)[number]["key"],
    z.ZodString
  >,
);

/**
 * The customer form's own schema does the validating (emails, phones, tags, consent needs a
 * source, a complete address); this only reshapes the cells into its input and its paths back
 * into columns.
 */
export const customerRowSchema = cells.transform((c, ctx): CustomerRow => {
  if (!c.email) {
    ctx.addIssue({
      code: "custom",
      path: ["email"],
      message: "Enter the customer's email: it is how the import finds them again.",
    });
    return z.NEVER;
  }
  const hasAddress = ADDRESS_CELLS.some((key) => c[key] !== "");
  const parsed = customerInputSchema.safeParse({
    email: c.email,
    firstName: c.first_name,
    lastName: c.last_name,
    phone: c.phone,
    company: c.company,
    tags: c.tags,
    notes: c.notes,
    marketingConsent: c.marketing_consent,
    consentSource: c.consent_source,
    addresses: hasAddress
      ? [
          {
            line1: c.address_line1,
            line2: c.address_line2,
            city: c.city,
            region: c.region,
            postalCode: c.postal_code,
            country: c.country,
            isDefault: true,
          },
        ]
      : [],
  });
  if (!parsed.success) {
    const reported = new Set<string>();
    for (const issue of parsed.error.issues) {
      const column = columnOf(issue.path);
      if (reported.has(column)) continue;
      reported.add(column);
      ctx.addIssue({ code: "custom", path: [column], message: issueMessage(issue) });
    }
    return z.NEVER;
  }
  const value = parsed.data;
  const given = <T>(cell: string, v: T) => (cell === "" ? null : v);
  const address = value.addresses[0];
  return {
    email: value.email!,
    firstName: given(c.first_name, value.firstName),
    lastName: given(c.last_name, value.lastName),
    phone: given(c.phone, value.phone),
    company: given(c.company, value.company),
    tags: given(c.tags, value.tags),
    notes: given(c.notes, value.notes),
    marketingConsent: given(c.marketing_consent, value.marketingConsent),
    consentSource: given(c.consent_source, value.consentSource),
    address: address
      ? {
          line1: address.line1,
          line2: address.line2,
          city: address.city,
          region: address.region,
          postalCode: address.postalCode,
          country: address.country,
        }
      : null,
  };
});
