import { z } from "zod";

const currencies = new Set(Intl.supportedValuesOf("currency"));
const timeZones = new Set([...Intl.supportedValuesOf("timeZone"), "UTC"]);

export const organizationNameSchema = z
  .string()
  .trim()
  .min(2, "Name your shop (at least 2 characters).")
  .max(100, "Use at most 100 characters.");

export const organizationSettingsSchema = z.object({
  name: organizationNameSchema,
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => currencies.has(c), "Pick a currency such as USD, EUR or GBP."),
  timezone: z.string().refine((t) => timeZones.has(t), "Pick a time zone from the list."),
});

export const createOrganizationSchema = z.object({ name: organizationNameSchema });
export const switchOrganizationSchema = z.object({ orgId: z.string().min(1) });

export const TIME_ZONES = [...timeZones].sort();
export const CURRENCIES = [...currencies].sort();
