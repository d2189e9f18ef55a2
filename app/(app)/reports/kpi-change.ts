/**
 * Change of a KPI against the comparison period, in percent, as StatCard takes it: null when
 * there is nothing meaningful to compare with (no comparison, or a previous value of zero under
 * a non-zero one, where any percentage would be infinite).
 */
export function changePct(current: number | null, previous: number | null | undefined) {
  if (previous === undefined) return undefined;
  if (current === null || previous === null) return null;
  if (previous === 0) return current === 0 ? 0 : null;
  return ((current - previous) / Math.abs(previous)) * 100;
}

/** "+1.2 pts" for a difference of two percentages, where a percent change would mislead. */
export function pointsChange(current: number | null, previous: number | null | undefined) {
  if (previous === undefined || previous === null || current === null) return undefined;
  const diff = Math.round((current - previous) * 10) / 10;
  const sign = diff > 0 ? "+" : diff < 0 ? "−" : "±";
  return `${sign}${Math.abs(diff).toFixed(1)} pts`;
}
