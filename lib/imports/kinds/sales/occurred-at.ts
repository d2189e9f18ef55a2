import { TZDate } from "@date-fns/tz";

/**
 * Sale times as tills and spreadsheets write them: `2026-03-01T14:05`, `2026-03-01 14:05`,
 * with optional seconds (and fractions), and optionally an offset (`Z`, `+01:00`, `+0100`,
 * `+01`). A time without an offset is the shop's wall-clock time, read in the organisation's
 * time zone; one with an offset is an exact instant whatever the zone.
 */
const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

export type ParsedTime = { ok: true; at: Date } | { ok: false; message: string };

export function parseOccurredAt(input: string, timeZone: string): ParsedTime {
  const text = input.trim();
  if (text === "") return { ok: false, message: "Enter the date and time of the sale." };
  const match = PATTERN.exec(text);
  if (!match) {
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
    return {
      ok: false,
      message: dateOnly
        ? "Add the time of the sale, like 2026-03-01 14:05."
        : "Use a date and time like 2026-03-01 14:05 or 2026-03-01T14:05:00Z.",
    };
  }
  const [, y, mo, d, h, mi, s = "0", fraction = "", offset] = match;
  const parts = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    ms: Number(fraction.padEnd(3, "0").slice(0, 3)),
  };
  if (!isRealCalendarTime(parts)) {
    return { ok: false, message: `${text} is not a real date and time.` };
  }

  if (offset) {
    const minutes = offsetMinutes(offset);
    if (minutes === null) return { ok: false, message: `${offset} is not a time zone offset.` };
    const utc = Date.UTC(
      parts.year,
      parts.month - 1,
      parts.day,
      parts.hour,
      parts.minute,
      parts.second,
      parts.ms,
    );
    return { ok: true, at: new Date(utc - minutes * 60_000) };
  }
  const wallClock = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    parts.ms,
  );
  const shift = hourShift(timeZone, parts);
  if (shift !== null) return { ok: true, at: new Date(wallClock - shift) };
  return { ok: true, at: zonedTime(timeZone, parts) };
}

type TimeParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
};

// TZDate reads the components as wall-clock time in the zone. A time skipped by a
// daylight-saving change (02:30 on the spring-forward night) moves forward by the gap, as
// the till's clock would have.
function zonedTime(timeZone: string, p: TimeParts): Date {
  const local = new TZDate(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.ms, timeZone);
  return new Date(local.getTime());
}

/**
 * Resolving a zone costs microseconds per call, which dominates a file of a million lines;
 * but every time within one local hour shifts by the same amount unless a change of offset
 * falls inside it. So the shift (wall clock − instant) is worked out once per zone and local
 * hour, from the hour's first and last millisecond; an hour whose two ends disagree (an
 * offset change at a half hour) returns null and every time in it is resolved on its own.
 */
const hourShifts = new Map<string, number | null>();
/** Hours remembered before starting over: years of hourly sales in a few zones. */
const MAX_HOUR_SHIFTS = 100_000;

function hourShift(timeZone: string, p: TimeParts): number | null {
  const key = `${timeZone}|${p.year}-${p.month}-${p.day}-${p.hour}`;
  const known = hourShifts.get(key);
  if (known !== undefined) return known;
  const start = { ...p, minute: 0, second: 0, ms: 0 };
  const end = { ...p, minute: 59, second: 59, ms: 999 };
  const shiftAt = (q: TimeParts) =>
    Date.UTC(q.year, q.month - 1, q.day, q.hour, q.minute, q.second, q.ms) -
    zonedTime(timeZone, q).getTime();
  const first = shiftAt(start);
  const shift = first === shiftAt(end) ? first : null;
  if (hourShifts.size >= MAX_HOUR_SHIFTS) hourShifts.clear();
  hourShifts.set(key, shift);
  return shift;
}

function isRealCalendarTime(p: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}) {
  if (p.year < 1970 || p.month < 1 || p.month > 12 || p.day < 1) return false;
  if (p.hour > 23 || p.minute > 59 || p.second > 59) return false;
  const daysInMonth = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  return p.day <= daysInMonth;
}

/** `Z` → 0, `+01:00` / `+0100` / `+01` → 60, `-05:30` → -330; null past ±14:00. */
function offsetMinutes(offset: string): number | null {
  if (offset.toUpperCase() === "Z") return 0;
  const sign = offset.startsWith("-") ? -1 : 1;
  const digits = offset.slice(1).replace(":", "");
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || "0");
  if (hours > 14 || minutes > 59 || hours * 60 + minutes > 14 * 60) return null;
  return sign * (hours * 60 + minutes);
}
