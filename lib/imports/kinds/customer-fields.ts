import type { ImportField } from "./types";

const KEEP = "Blank keeps what is on record.";

/**
 * The columns of a customers file. The contact columns have the names the customer export
 * writes, so an exported list can be edited and imported again.
 */
export const customerFields = [
  {
    key: "email",
    label: "Email",
    required: true,
    aliases: ["email", "e-mail", "email address", "e-mail address", "mail"],
    description:
      "The customer's email address. A known email updates that customer; a new one adds a customer.",
    example: "amelia.hart@example.com",
  },
  {
    key: "first_name",
    label: "First name",
    required: false,
    aliases: ["first_name", "first name", "firstname", "given name", "forename"],
    description: `First name. ${KEEP}`,
    example: "Amelia",
  },
  {
    key: "last_name",
    label: "Last name",
    required: false,
    aliases: ["last_name", "last name", "lastname", "surname", "family name"],
    description: `Last name. ${KEEP}`,
    example: "Hart",
  },
  {
    key: "phone",
    label: "Phone",
    required: false,
    aliases: ["phone", "phone number", "telephone", "tel", "mobile"],
    description: `Phone number, e.g. +44 20 7946 0958. ${KEEP}`,
    example: "07700 900123",
  },
  {
    key: "company",
    label: "Company",
    required: false,
    aliases: ["company", "company name", "organisation", "organization", "business"],
    description: `Company, for trade customers. ${KEEP}`,
    example: "Harbour Café",
  },
  {
    key: "tags",
    label: "Tags",
    required: false,
    aliases: ["tags", "tag", "labels", "groups"],
    description: `Tags separated by commas, e.g. "vip, newsletter". They replace the customer's tags. ${KEEP}`,
    example: "vip, newsletter",
  },
  {
    key: "marketing_consent",
    label: "Marketing consent",
    required: false,
    aliases: [
      "marketing_consent",
      "marketing consent",
      "consent",
      "accepts marketing",
      "newsletter",
      "opt in",
      "subscribed",
    ],
    description: `yes or no: whether they agreed to marketing email. yes needs a consent source. ${KEEP}`,
    example: "yes",
  },
  {
    key: "consent_source",
    label: "Consent source",
    required: false,
    aliases: [
      "consent_source",
      "consent source",
      "consent given",
      "how consented",
      "opt in source",
    ],
    description: `How consent was given, e.g. "checkout checkbox" or "in store, signed card".`,
    example: "in store, signed card",
  },
  {
    key: "notes",
    label: "Notes",
    required: false,
    aliases: ["notes", "note", "comments", "comment"],
    description: `Notes for the team. ${KEEP}`,
    example: "Prefers email",
  },
  {
    key: "address_line1",
    label: "Address line 1",
    required: false,
    aliases: ["address_line1", "address line 1", "address 1", "address1", "address", "street"],
    description:
      "First line of the customer's address. With city and country it becomes their default address, replacing the current default.",
    example: "14 Bootham",
  },
  {
    key: "address_line2",
    label: "Address line 2",
    required: false,
    aliases: ["address_line2", "address line 2", "address 2", "address2"],
    description: "Second line of the address.",
    example: "Flat 2",
  },
  {
    key: "city",
    label: "Town or city",
    required: false,
    aliases: ["city", "town", "town or city", "town/city"],
    description: "Town or city of the address.",
    example: "York",
  },
  {
    key: "region",
    label: "County or region",
    required: false,
    aliases: ["region", "county", "state", "province"],
    description: "County, state or region of the address.",
    example: "North Yorkshire",
  },
  {
    key: "postal_code",
    label: "Postcode",
    required: false,
    aliases: ["postal_code", "postal code", "postcode", "post code", "zip", "zip code"],
    description: "Postcode or ZIP of the address.",
    example: "YO30 7BW",
  },
  {
    key: "country",
    label: "Country",
    required: false,
    aliases: ["country", "country code"],
    description: "Country of the address: a two-letter code (GB, US) or its English name.",
    example: "GB",
  },
] as const satisfies readonly ImportField[];
