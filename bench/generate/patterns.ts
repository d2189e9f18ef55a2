import type { SalesChannel } from "@/lib/generated/prisma/enums";

/**
 * Shapes of demand in the generated history. Relative weights, not counts: the generator
 * scales them so the whole history holds the configured number of sales lines.
 */

/** Monday..Sunday: Saturday is the busiest day, Monday the quietest. */
export const WEEKDAY_DEMAND = [0.8, 0.85, 0.9, 1.0, 1.2, 1.65, 1.35] as const;

/** January..December: a spring lift, a summer lull and the run-up to Christmas. */
export const MONTH_DEMAND = [
  0.85, 0.8, 0.9, 0.95, 1.0, 0.95, 0.9, 0.9, 1.0, 1.05, 1.3, 1.6,
] as const;

/** The shop grows: the last day of the history sells this much more than the first. */
export const GROWTH_OVER_HISTORY = 1.35;

/** Local opening hours of the two shops, weighted by footfall. */
export const STORE_HOURS: readonly (readonly [number, number])[] = [
  [9, 2],
  [10, 4],
  [11, 6],
  [12, 8],
  [13, 8],
  [14, 6],
  [15, 6],
  [16, 7],
  [17, 5],
  [18, 2],
];

/** Online orders arrive all day, peaking in the evening. */
export const WEB_HOURS: readonly (readonly [number, number])[] = Array.from(
  { length: 24 },
  (_, hour) => [hour, hour < 7 ? 0.5 : hour < 12 ? 3 : hour < 18 ? 4 : hour < 23 ? 7 : 2] as const,
);

/** Where orders come from: two shops (in store) and the web warehouse (remote channels). */
export const LOCATION_SHARE = [
  ["shop-main", 0.45],
  ["shop-high-street", 0.25],
  ["web", 0.3],
] as const;

export const WEB_CHANNELS: readonly (readonly [SalesChannel, number])[] = [
  ["ONLINE", 80],
  ["MARKETPLACE", 14],
  ["PHONE", 6],
];

/** Share of remote orders cancelled before shipping (they do not count as sales). */
export const CANCELLED_SHARE = 0.015;
/** Share of orders with a 10% promotion applied. */
export const DISCOUNTED_SHARE = 0.1;
/** Share of in-store sales where the shopper gave no email (anonymous). */
export const ANONYMOUS_IN_STORE = 0.5;
