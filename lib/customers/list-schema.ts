import { z } from "zod";
import { isoDaySchema, text } from "@/lib/validation/fields";
import { listParamsSchema } from "@/lib/list-params";
import { minorDigits } from "@/lib/money";

export const CUSTOMER_SORTS = ["name", "lifetimeValue", "orders", "lastOrder", "created"] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

/** Lifetime-value thresholds offered as filters, in major units of the org's currency. */
export const SPEND_BANDS = [50, 100, 250, 500, 1000, 5000] as const;

const day = isoDaySchema;

/**
 * The customer list's URL state (page, table and CSV export share it). Bad values fall back
 * to "no filter" rather than failing, because URLs get hand-edited and shared.
 */
export const customerListSchema = listParamsSchema({
  sortable: CUSTOMER_SORTS,
  defaultSort: "name",
}).extend({
  tag: text({ max: 40 }).toLowerCase().min(1).optional().catch(undefined),
  consent: z.enum(["yes", "no"]).optional().catch(undefined),
  /** Lifetime value of at least this many major units (pounds, euros). */
  spend: z.coerce.number().int().positive().max(1_000_000_000).optional().catch(undefined),
  /** Last order on or after this day (UTC). */
  lastOrderFrom: day.optional().catch(undefined),
  /** Last order before this day (UTC). */
  lastOrderBefore: day.optional().catch(undefined),
});

export type CustomerListParams = z.output<typeof customerListSchema>;

/** What listCustomers filters on; every field is optional. */
export type CustomerFilters = {
  q?: string;
  tag?: string;
  consent?: boolean;
  minLifetimeValueMinor?: number;
  lastOrderFrom?: Date;
  lastOrderBefore?: Date;
};

export function toCustomerFilters(params: CustomerListParams, currency: string): CustomerFilters {
  return {
    q: params.q || undefined,
    tag: params.tag,
    consent: params.consent === undefined ? undefined : params.consent === "yes",
    minLifetimeValueMinor:
      params.spend === undefined ? undefined : params.spend * 10 ** minorDigits(currency),
    lastOrderFrom: params.lastOrderFrom ? new Date(`${params.lastOrderFrom}T00:00:00Z`) : undefined,
    lastOrderBefore: params.lastOrderBefore
      ? new Date(`${params.lastOrderBefore}T00:00:00Z`)
      : undefined,
  };
}

/** True when any filter narrows the list (for "no matches" versus "no customers yet"). */
export function hasCustomerFilters(params: CustomerListParams) {
  return Boolean(
    params.q ||
    params.tag ||
    params.consent ||
    params.spend ||
    params.lastOrderFrom ||
    params.lastOrderBefore,
  );
}
