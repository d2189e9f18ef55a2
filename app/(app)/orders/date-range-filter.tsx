"use client";

import { useUrlState } from "@/components/tables/use-url-state";
import { Input } from "@/components/ui/input";

/** From/to days for the order list, in the shop's time zone, kept in the URL. */
export function DateRangeFilter() {
  const { searchParams, update } = useUrlState();
  return (
    <fieldset className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
      <legend className="sr-only">Order date</legend>
      <label className="flex items-center gap-1.5">
        From
        <Input
          type="date"
          className="w-auto"
          value={searchParams.get("from") ?? ""}
          onChange={(event) => update({ from: event.target.value })}
        />
      </label>
      <label className="flex items-center gap-1.5">
        to
        <Input
          type="date"
          className="w-auto"
          value={searchParams.get("to") ?? ""}
          onChange={(event) => update({ to: event.target.value })}
        />
      </label>
    </fieldset>
  );
}
