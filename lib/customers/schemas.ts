import { z } from "zod";
import { id, instant, text } from "@/lib/validation/fields";
import { countryCodeFrom } from "./countries";
import { parseTags, TAG_MAX_LENGTH, TAGS_MAX } from "./tags";

/**
 * The customer schemas are the single source of truth for the customer form, its server
 * actions, the REST API and CSV customer imports. Every field therefore accepts the shapes a
 * CSV cell would have ("yes", "VIP, wholesale", "" for nothing) as well as typed JSON.
 */

export const INTERACTION_CHANNELS = ["EMAIL", "CHAT", "PHONE", "IN_PERSON"] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];

/** Text that may be left out; blank becomes "". */
const blankableText = (max: number, multiline = false) =>
  text({ max, multiline })
    .nullish()
    .transform((v) => v ?? "");

/** Text that may be left out; blank becomes null. */
const optionalText = (max: number) =>
  text({ max })
    .nullish()
    .transform((v) => v || null);

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "on", "x"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "off", ""]);

/** A checkbox, JSON boolean or spreadsheet cell ("yes", "TRUE", "1", "") as a boolean. */
export const booleanishSchema = z
  .union([
    z.boolean(),
    z
      .string()
      .trim()
      .toLowerCase()
      .transform((v, ctx) => {
        if (TRUE_WORDS.has(v)) return true;
        if (FALSE_WORDS.has(v)) return false;
        ctx.addIssue({ code: "custom", message: "Use yes or no." });
        return z.NEVER;
      }),
  ])
  .nullish()
  .transform((v) => v ?? false);

/** Emails are stored lower-case so uniqueness per organisation ignores case. */
export const optionalEmailSchema = text({ max: 254 })
  .toLowerCase()
  .nullish()
  .transform((v) => v || null)
  .pipe(z.email("Enter a valid email address.").nullable());

function looksLikePhone(value: string) {
  const digits = value.replace(/\D/g, "").length;
  return (
    digits >= 5 && digits <= 20 && /^\+?[\d\s().\-/]+(?:(?:x|ext\.?)\s*\d{1,6})?$/i.test(value)
  );
}

export const optionalPhoneSchema = optionalText(40).refine(
  (v) => v === null || looksLikePhone(v),
  "Enter a phone number like +44 20 7946 0958.",
);

/** Tags from a chips input (array) or a CSV cell ("VIP, wholesale"): trimmed, lower-case, unique. */
export const tagsSchema = z
  .union([text({ max: 2000 }), z.array(text({ max: 200 })).max(100)])
  .nullish()
  .transform((v) => parseTags(v ?? []))
  .superRefine((tags, ctx) => {
    const long = tags.find((t) => t.length > TAG_MAX_LENGTH);
    if (long) {
      ctx.addIssue({
        code: "custom",
        message: `Keep each tag under ${TAG_MAX_LENGTH} characters (“${long.slice(0, 20)}…”).`,
      });
    }
    if (tags.length > TAGS_MAX) {
      ctx.addIssue({ code: "custom", message: `Use at most ${TAGS_MAX} tags.` });
    }
  });

/** ISO 3166-1 alpha-2 ("gb", "GB"), or an English country name from a spreadsheet. */
export const countrySchema = text({ max: 100, error: "Choose a country." }).transform((v, ctx) => {
  if (!v) {
    ctx.addIssue({ code: "custom", message: "Choose a country." });
    return z.NEVER;
  }
  const code = countryCodeFrom(v);
  if (!code) {
    ctx.addIssue({ code: "custom", message: "Use a two-letter country code such as GB or US." });
    return z.NEVER;
  }
  return code;
});

export const addressInputSchema = z.object({
  label: blankableText(40),
  line1: text({ max: 200, error: "Enter the first line of the address." }).min(
    1,
    "Enter the first line of the address.",
  ),
  line2: blankableText(200),
  city: text({ max: 100, error: "Enter a town or city." }).min(1, "Enter a town or city."),
  region: blankableText(100),
  postalCode: blankableText(20).transform((v) => v.toUpperCase()),
  country: countrySchema,
  isDefault: booleanishSchema,
});

const customerFields = z.object({
  firstName: blankableText(100),
  lastName: blankableText(100),
  email: optionalEmailSchema,
  phone: optionalPhoneSchema,
  company: optionalText(200),
  tags: tagsSchema,
  notes: blankableText(5000, true),
  marketingConsent: booleanishSchema,
  /** How consent was given ("checkout checkbox", "in store, verbal"); required with consent. */
  consentSource: optionalText(200),
  addresses: z
    .array(addressInputSchema)
    .max(20, "Keep at most 20 addresses.")
    .nullish()
    .transform((v) => v ?? []),
});

type CustomerFields = z.output<typeof customerFields>;

/**
 * Cross-field rules. They also run when a field already failed (`when`), so a form shows
 * every problem at once; `value` may then hold raw input, hence the defensive reads.
 */
function checkCustomer(value: CustomerFields, ctx: z.RefinementCtx) {
  if (!value.firstName && !value.lastName && !value.company && !value.email) {
    ctx.addIssue({
      code: "custom",
      path: ["firstName"],
      message: "Enter a name, company or email so you can find this customer again.",
    });
  }
  if (value.marketingConsent && !value.consentSource) {
    ctx.addIssue({
      code: "custom",
      path: ["consentSource"],
      message: "Say how consent was given, e.g. “checkout checkbox”.",
    });
  }
  let defaults = 0;
  if (!Array.isArray(value.addresses)) return;
  value.addresses.forEach((address, i) => {
    if (address?.isDefault === true && ++defaults > 1) {
      ctx.addIssue({
        code: "custom",
        path: ["addresses", i, "isDefault"],
        message: "Only one address can be the default.",
      });
    }
  });
}

/**
 * A withdrawn consent keeps no source, and a customer with addresses always has a default
 * one (the first, unless another was chosen), so order forms can preselect it.
 */
function finishCustomer<T extends CustomerFields>(value: T): T {
  const hasDefault = value.addresses.some((a) => a.isDefault);
  return {
    ...value,
    consentSource: value.marketingConsent ? value.consentSource : null,
    addresses: value.addresses.map((a, i) => ({
      ...a,
      isDefault: hasDefault ? a.isDefault : i === 0,
    })),
  };
}

const always = {
  when: (payload: { value: unknown }) =>
    typeof payload.value === "object" && payload.value !== null,
};

export const customerInputSchema = customerFields
  .superRefine(checkCustomer, always)
  .transform(finishCustomer);

const customerId = id("Choose a customer.");

export const updateCustomerSchema = customerFields
  .extend({ customerId })
  .superRefine(checkCustomer, always)
  .transform(finishCustomer);

export const deleteCustomerSchema = z.object({ customerId });

/** Interactions may not lie in the future; a few minutes allow for clocks that disagree. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** When something happened: a Date, an ISO string or a datetime-local value; blank means now. */
export const occurredAtSchema = instant("Enter a date and time.")
  .transform((date) => date ?? new Date())
  .refine(
    (date) => date.getTime() <= Date.now() + CLOCK_SKEW_MS,
    "That is in the future. Log interactions once they have happened.",
  );

export const interactionChannelSchema = text({ max: 40, error: "Choose a channel." })
  .transform((v) => v.toUpperCase().replace(/[\s-]+/g, "_"))
  .pipe(z.enum(INTERACTION_CHANNELS, { error: "Choose email, chat, phone or in person." }));

export const interactionInputSchema = z.object({
  channel: interactionChannelSchema,
  summary: text({ multiline: true, max: 5000, error: "Say what happened." }).min(
    1,
    "Say what happened.",
  ),
  occurredAt: occurredAtSchema,
});

export const logInteractionSchema = interactionInputSchema.extend({ customerId });

/** The order form's customer picker. */
export const customerSearchSchema = z.object({
  q: text({ max: 100 }).catch(""),
  limit: z.coerce.number().int().min(1).max(50).catch(10),
});

export type AddressInput = z.output<typeof addressInputSchema>;
export type CustomerInput = z.output<typeof customerInputSchema>;
export type CustomerFormValues = z.input<typeof customerInputSchema>;
export type InteractionInput = z.output<typeof interactionInputSchema>;
export type CustomerSearchInput = z.input<typeof customerSearchSchema>;
