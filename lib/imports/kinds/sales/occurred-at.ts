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
  // TZDate reads the components as wall-clock time in the zone. A time skipped by a
  // daylight-saving change (02:30 on the spring-forward night) moves forward by the gap, as
  // the till's clock would have.
  const local = new TZDate(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
    parts.ms,
    timeZone,
  );
  return { ok: true, at: new Date(local.getTime()) };
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
