"use client";

import { useUrlState } from "@/components/tables/use-url-state";
import { Input } from "@/components/ui/input";

/** The customer list's "last order" date range, kept in the URL like the other filters. */
export function LastOrderFilter() {
  const { searchParams, update } = useUrlState();
  return (
    <fieldset className="flex items-center gap-1.5 text-sm whitespace-nowrap text-muted-foreground">
      <legend className="sr-only">Last order</legend>
      <span aria-hidden>Last order</span>
      <Input
        type="date"
        aria-label="Last order on or after"
        title="Last order on or after"
        className="w-36"
        value={searchParams.get("lastOrderFrom") ?? ""}
        onChange={(event) => update({ lastOrderFrom: event.target.value })}
      />
      <span aria-hidden>–</span>
      <Input
        type="date"
        aria-label="Last order before"
        title="Last order before"
        className="w-36"
        value={searchParams.get("lastOrderBefore") ?? ""}
        onChange={(event) => update({ lastOrderBefore: event.target.value })}
      />
    </fieldset>
  );
}
