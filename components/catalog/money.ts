import { formatMoney } from "@/lib/money";

/** "£5.00 – £9.00", or one amount when all variants cost the same; "—" with no active variant. */
export function formatPriceRange(min: number | null, max: number | null, currency: string) {
  if (min === null || max === null) return "—";
  if (min === max) return formatMoney(min, currency);
  return `${formatMoney(min, currency)} – ${formatMoney(max, currency)}`;
}

/** Gross margin of a price over a cost, as "58%", or "—" when there is no price. */
export function formatMargin(priceMinor: number, costMinor: number) {
  if (priceMinor <= 0) return "—";
  return `${Math.round(((priceMinor - costMinor) / priceMinor) * 100)}%`;
}

/** The currency's symbol as the organisation's locale writes it ("£", "US$", "€"). */
export function currencySymbol(currency: string) {
  const parts = new Intl.NumberFormat("en-GB", { style: "currency", currency }).formatToParts(0);
  return parts.find((p) => p.type === "currency")?.value ?? currency;
}
