function format(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions) {
  try {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(date);
  }
}

/** "12 Mar 2026" in the organisation's time zone (UTC for an unknown zone). */
export function formatDay(date: Date, timeZone: string) {
  return format(date, timeZone, { day: "numeric", month: "short", year: "numeric" });
}

/** "12 Mar 2026, 14:05" in the organisation's time zone. */
export function formatDateTime(date: Date, timeZone: string) {
  return format(date, timeZone, {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}
