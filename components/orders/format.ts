/** Dates of orders in the organisation's time zone (UTC when Intl does not know the zone). */

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, withTime: boolean) {
  const key = `${timeZone}:${withTime}`;
  let format = cache.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      day: "numeric",
      month: "short",
      year: "numeric",
      ...(withTime ? { hour: "2-digit", minute: "2-digit" } : {}),
    };
    try {
      format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone });
    } catch {
      format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" });
    }
    cache.set(key, format);
  }
  return format;
}

/** "12 Mar 2026" */
export function formatOrderDay(date: Date | string, timeZone: string) {
  return formatter(timeZone, false).format(new Date(date));
}

/** "12 Mar 2026, 14:05" */
export function formatOrderTime(date: Date | string, timeZone: string) {
  return formatter(timeZone, true).format(new Date(date));
}
