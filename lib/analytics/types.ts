import type { SalesChannel } from "@/lib/generated/prisma/enums";

/**
 * What every dashboard query takes. Days are local dates (YYYY-MM-DD) in the organisation's
 * timezone, both ends inclusive. The comparison period is resolved by the caller
 * (previous period of the same length, or the same dates a year earlier).
 */
export type AnalyticsFilters = {
  from: string;
  to: string;
  locationId?: string;
  categoryId?: string;
  channel?: SalesChannel;
};

export type ComparisonMode = "previous" | "year" | "none";

export type Granularity = "day" | "week" | "month";

export type KpiSet = {
  revenueMinor: number;
  units: number;
  orders: number;
  /** null when there were no orders. */
  averageOrderValueMinor: number | null;
  grossMarginMinor: number;
  /** 0–100, null when there was no revenue. */
  grossMarginPct: number | null;
  /** Variants with nothing on hand at the end of the period (now, for a period ending today). */
  stockOutVariants: number;
  /** Variant-location days without stock inside the period. */
  stockOutDays: number;
  /** Variants at or under their reorder point but not out (current state). */
  lowStockVariants: number;
};

export type KpiComparison = { current: KpiSet; previous: KpiSet | null };

export type SalesPoint = {
  /** First local day of the bucket (YYYY-MM-DD). */
  bucket: string;
  revenueMinor: number;
  units: number;
  orders: number;
  grossMarginMinor: number;
};

export type TopProductMetric = "revenue" | "units" | "margin";

export type TopProduct = {
  productId: string;
  name: string;
  revenueMinor: number;
  units: number;
  grossMarginMinor: number;
};

export type WeekdayPoint = {
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
  weekend: boolean;
  revenueMinor: number;
  units: number;
  orders: number;
  /** Number of such weekdays in the period, to show per-day averages. */
  days: number;
};

export type HourPoint = { hour: number; revenueMinor: number; units: number; orders: number };

export type CategoryShare = {
  categoryId: string | null;
  name: string;
  revenueMinor: number;
  units: number;
};

export type StaffingPoint = {
  weekday: number;
  hour: number;
  labourHours: number;
  revenueMinor: number;
  /** null where nobody was on shift. */
  revenuePerLabourHourMinor: number | null;
};

export type ProductTrendDay = {
  day: string;
  units: number;
  revenueMinor: number;
  /** On hand at the end of the local day, over the filtered locations. */
  onHand: number;
};
