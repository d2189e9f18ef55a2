"use client";

import { useUrlState } from "@/components/tables/use-url-state";
import { SegmentedToggle } from "./segmented-toggle";

export interface UrlToggleProps {
  /** The URL parameter the toggle writes, e.g. "by". */
  name: string;
  /** Accessible name of the group, e.g. "Group sales by". */
  label: string;
  options: readonly { value: string; label: string }[];
  /** The value in effect (it may be a default that is not in the URL). */
  value: string;
}

/** A segmented control kept in the URL, so a chart's view is part of the shared link. */
export function UrlToggle({ name, label, options, value }: UrlToggleProps) {
  const { update, isPending } = useUrlState();
  return (
    <div aria-busy={isPending || undefined} className="contents">
      <SegmentedToggle
        label={label}
        options={options}
        value={value}
        onChange={(next) => update({ [name]: next })}
      />
    </div>
  );
}
