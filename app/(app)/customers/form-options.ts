import "server-only";
import { countryOptions } from "@/lib/customers/countries";
import { listCustomerTags } from "@/lib/customers/list-customers";
import type { ReadScope } from "@/lib/scope";

/** Most shops sell at home; their currency is the best hint of where home is. */
const HOME_BY_CURRENCY: Record<string, string> = {
  GBP: "GB",
  USD: "US",
  CAD: "CA",
  AUD: "AU",
  NZD: "NZ",
  CHF: "CH",
  SEK: "SE",
  NOK: "NO",
  DKK: "DK",
  JPY: "JP",
  PLN: "PL",
  CZK: "CZ",
  ZAR: "ZA",
};

/** What both customer form pages hand to the form. */
export async function customerFormOptions(scope: ReadScope, currency: string) {
  return {
    countries: countryOptions(),
    defaultCountry: HOME_BY_CURRENCY[currency] ?? "",
    tagSuggestions: await listCustomerTags(scope),
  };
}
