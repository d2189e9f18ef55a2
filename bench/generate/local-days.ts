import { tzOffset } from "@date-fns/tz";

const DAY = 86_400_000;

/** A calendar day in the organisation's timezone, with how to turn its local times into instants. */
export type LocalDay = {
  /** YYYY-MM-DD */
  date: string;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
  month: number;
  /** The instant of a local time on this day. */
  at(hour: number, minute: number, second: number): Date;
};

function ymd(utcMidnight: number): string {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}

/** Today's local date in `timeZone`, as YYYY-MM-DD. */
export function localToday(timeZone: string, now: Date): string {
  return ymd(now.getTime() + tzOffset(timeZone, now) * 60_000);
}

/**
 * The `count` local days ending with `lastDay` (inclusive), oldest first. Each day's UTC offset
 * is taken at local noon: on the two daylight-saving switch days a year, times before 2 am
 * land an hour off, which does not matter for generated history.
 */
export function localDays(timeZone: string, lastDay: string, count: number): LocalDay[] {
  const last = Date.parse(`${lastDay}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => {
    const midnight = last - (count - 1 - i) * DAY;
    const offsetMs = tzOffset(timeZone, new Date(midnight + 12 * 3_600_000)) * 60_000;
    const date = new Date(midnight);
    return {
      date: ymd(midnight),
      weekday: (date.getUTCDay() + 6) % 7,
      month: date.getUTCMonth(),
      at: (hour, minute, second) =>
        new Date(midnight + ((hour * 60 + minute) * 60 + second) * 1000 - offsetMs),
    };
  });
}
