import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { parseOccurredAt } from "@/lib/imports/kinds/sales/occurred-at";

const pad = (n: number) => String(n).padStart(2, "0");

/** Every wall-clock minute (and the last second of each) of the given local days. */
function* minutesOf(days: string[]) {
  for (const day of days) {
    for (let hour = 0; hour < 24; hour++) {
      for (let minute = 0; minute < 60; minute++) {
        yield { day, hour, minute, second: 0 };
        yield { day, hour, minute, second: 59 };
      }
    }
  }
}

describe("parseOccurredAt across offset changes", () => {
  // Spring-forward and fall-back days, a zone that moves by half an hour (Lord Howe), one
  // that changes at midnight (Santiago) and one with a quarter-hour offset (Kathmandu).
  const cases: [string, string[]][] = [
    ["Europe/London", ["2026-03-29", "2026-10-25", "2026-07-01"]],
    ["America/New_York", ["2026-03-08", "2026-11-01"]],
    ["Australia/Lord_Howe", ["2026-04-05", "2026-10-04"]],
    ["America/Santiago", ["2026-04-05", "2026-09-06"]],
    ["Asia/Kathmandu", ["2026-01-15"]],
  ];

  it.each(cases)("reads every minute in %s as the zone itself does", (zone, days) => {
    for (const { day, hour, minute, second } of minutesOf(days)) {
      const [y, mo, d] = day.split("-").map(Number) as [number, number, number];
      const expected = new TZDate(y, mo - 1, d, hour, minute, second, 0, zone).getTime();
      const text = `${day} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
      const parsed = parseOccurredAt(text, zone);
      expect(parsed.ok && parsed.at.getTime(), `${zone} ${text}`).toBe(expected);
    }
  });
});
