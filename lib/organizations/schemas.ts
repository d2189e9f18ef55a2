import { z } from "zod";
import { id, text } from "@/lib/validation/fields";

import { minorDigits } from "@/lib/money";

// Money inputs are read with two decimals everywhere (12.50), so organisations use
// currencies with two minor digits; zero- and three-decimal currencies are not offered.
const currencies = new Set(Intl.supportedValuesOf("currency").filter((c) => minorDigits(c) === 2));
const timeZones = new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);

export const organizationNameSchema = text({ max: 100 })
  .min(2, "Name your shop (at least 2 characters).")
  .max(100, "Use at most 100 characters.");

export const organizationSettingsSchema = z.object({
  name: organizationNameSchema,
  currency: text({ max: 8 })
    .toUpperCase()
    .refine(
      (c) => currencies.has(c),
      "Pick a currency with two decimal places, such as USD, EUR or GBP.",
    ),
  timezone: z
    .string()
    .max(64)
    .refine((t) => timeZones.has(t), "Pick a time zone from the list."),
});

export const createOrganizationSchema = z.object({ name: organizationNameSchema });
export const switchOrganizationSchema = z.object({ orgId: id("Choose an organisation.") });

export const TIME_ZONES = [...timeZones].sort();
export const CURRENCIES = [...currencies].sort();
