/**
 * Series colours. The accent and neutrals come from the theme's variables so both themes stay
 * in step; the categorical palette is mid-lightness so it reads on light and dark cards alike.
 */
export const CHART = {
  primary: "var(--accent)",
  comparison: "var(--muted-foreground)",
  highlight: "var(--warning)",
  secondary: "var(--info)",
  grid: "var(--border)",
  axis: "var(--muted-foreground)",
  cursor: "var(--subtle)",
} as const;

export const CATEGORY_COLOURS = [
  "oklch(0.55 0.22 277)",
  "oklch(0.65 0.15 200)",
  "oklch(0.7 0.16 60)",
  "oklch(0.62 0.17 150)",
  "oklch(0.6 0.2 15)",
  "oklch(0.6 0.16 320)",
  "oklch(0.68 0.12 100)",
  "oklch(0.55 0.05 286)",
] as const;

export const categoryColour = (index: number) => CATEGORY_COLOURS[index % CATEGORY_COLOURS.length]!;

/** Shared axis styling: small muted ticks, no axis lines. */
export const AXIS_PROPS = {
  tick: { fontSize: 12, fill: "var(--muted-foreground)" },
  tickLine: false,
  axisLine: false,
} as const;
