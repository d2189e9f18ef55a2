const count = new Intl.NumberFormat("en-GB");

/** Whole units with thousands separators and a real minus sign. */
export function formatQty(n: number) {
  return count.format(n).replace("-", "−");
}

function safeFormat(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions) {
  try {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(date);
  }
}

/** "12 Mar 2026" in the organisation's time zone. */
export function formatDay(date: Date, timeZone: string) {
  return safeFormat(date, timeZone, { day: "numeric", month: "short", year: "numeric" });
}

/** "12 Mar 2026, 14:05" in the organisation's time zone. */
export function formatDateTime(date: Date, timeZone: string) {
  return safeFormat(date, timeZone, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** A date without a time of day (expected delivery), stored as midnight UTC. */
export function formatCalendarDay(date: Date) {
  return formatDay(date, "UTC");
}
