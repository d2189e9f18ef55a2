"use client";

import { X } from "lucide-react";
import { cloneElement, useId, type ReactElement } from "react";
import { useUrlState } from "@/components/tables/use-url-state";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import {
  COMPARISON_LABELS,
  COMPARISON_MODES,
  PARAM,
  PRESET_LABELS,
  PRESETS,
  type Preset,
} from "@/lib/analytics/filters";
import type { AnalyticsFilters, ComparisonMode } from "@/lib/analytics/types";

type Option = { value: string; label: string };

export interface ReportFiltersProps {
  preset: Preset;
  filters: AnalyticsFilters;
  mode: ComparisonMode;
  locations: Option[];
  categories: Option[];
  channels: Option[];
  /** Leave out filters a page does not use (the product drill-down has no category). */
  show?: { category?: boolean; compare?: boolean };
}

const PLAUSIBLE_DAY = /^(19[7-9]\d|2\d{3})-\d{2}-\d{2}$/;

const labelClasses = "grid min-w-0 gap-1 text-xs font-medium text-muted-foreground";

/**
 * The dashboards' filter bar. Every control writes the URL (so views can be shared and the
 * server renders the numbers); native selects and date inputs keep it keyboard friendly. A new
 * period drops the chart grouping so the default that suits its length applies again.
 */
export function ReportFilters({
  preset,
  filters,
  mode,
  locations,
  categories,
  channels,
  show = { category: true, compare: true },
}: ReportFiltersProps) {
  const { update, isPending } = useUrlState();
  const sliced = Boolean(filters.locationId || filters.categoryId || filters.channel);

  const setPreset = (value: string) =>
    update({
      [PARAM.preset]: value,
      // Custom starts from the range on screen, so the date inputs stay filled.
      [PARAM.from]: value === "custom" ? filters.from : null,
      [PARAM.to]: value === "custom" ? filters.to : null,
      [PARAM.granularity]: null,
    });
  const setDay = (key: "from" | "to", value: string) => {
    // Typing a year digit by digit passes through years like 0002; wait for a real one.
    if (!PLAUSIBLE_DAY.test(value)) return;
    update({
      [PARAM.preset]: "custom",
      [PARAM.from]: key === "from" ? value : filters.from,
      [PARAM.to]: key === "to" ? value : filters.to,
      [PARAM.granularity]: null,
    });
  };

  return (
    <form
      role="search"
      aria-label="Report filters"
      aria-busy={isPending || undefined}
      onSubmit={(event) => event.preventDefault()}
      className="grid grid-cols-2 items-end gap-3 rounded-xl sm:flex sm:flex-wrap border border-border bg-card p-4 shadow-card aria-busy:opacity-80"
    >
      <Field label="Period">
        <Select
          value={preset}
          onChange={(e) => setPreset(e.target.value)}
          wrapperClassName="sm:w-36"
        >
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {PRESET_LABELS[p]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="From">
        <Input
          key={`from-${filters.from}`}
          type="date"
          defaultValue={filters.from}
          max={filters.to}
          onChange={(e) => setDay("from", e.target.value)}
          className="sm:w-36"
        />
      </Field>
      <Field label="To">
        <Input
          key={`to-${filters.to}`}
          type="date"
          defaultValue={filters.to}
          min={filters.from}
          onChange={(e) => setDay("to", e.target.value)}
          className="sm:w-36"
        />
      </Field>
      {show.compare !== false ? (
        <Field label="Compare with">
          <Select
            value={mode}
            onChange={(e) => update({ [PARAM.compare]: e.target.value })}
            wrapperClassName="sm:w-44"
          >
            {COMPARISON_MODES.map((m) => (
              <option key={m} value={m}>
                {COMPARISON_LABELS[m]}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <SliceSelect
        label="Location"
        all="All locations"
        value={filters.locationId}
        options={locations}
        onChange={(v) => update({ [PARAM.location]: v })}
      />
      {show.category !== false ? (
        <SliceSelect
          label="Category"
          all="All categories"
          value={filters.categoryId}
          options={categories}
          onChange={(v) => update({ [PARAM.category]: v })}
        />
      ) : null}
      <SliceSelect
        label="Channel"
        all="All channels"
        value={filters.channel}
        options={channels}
        onChange={(v) => update({ [PARAM.channel]: v })}
      />
      {sliced ? (
        <Button
          type="button"
          variant="ghost"
          onClick={() =>
            update({ [PARAM.location]: null, [PARAM.category]: null, [PARAM.channel]: null })
          }
        >
          <X aria-hidden /> Clear filters
        </Button>
      ) : null}
    </form>
  );
}

/**
 * A label above its control, tied by id rather than by wrapping, so the control's accessible
 * name is just the label ("Period"), not the label plus the option on show.
 */
function Field({
  label,
  grow = false,
  children,
}: {
  label: string;
  /** Share the row's leftover width, so the bar fills one line on wide screens. */
  grow?: boolean;
  children: ReactElement<{ id?: string }>;
}) {
  const id = useId();
  return (
    <div className={cn(labelClasses, grow && "sm:max-w-56 sm:min-w-32 sm:flex-1 sm:basis-32")}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id })}
    </div>
  );
}

function SliceSelect({
  label,
  all,
  value,
  options,
  onChange,
}: {
  label: string;
  all: string;
  value: string | undefined;
  options: Option[];
  onChange: (value: string) => void;
}) {
  return (
    <Field label={label} grow>
      <Select value={value ?? ""} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
