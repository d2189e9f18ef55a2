import { describe, expect, it } from "vitest";
import {
  addMonths,
  comparisonRange,
  daysInRange,
  localDay,
  parseAnalyticsParams,
  parseTopProductMetric,
} from "@/lib/analytics/filters";

const LONDON = "Europe/London";
// 21 November 2026, mid-afternoon in London.
const NOW = new Date("2026-11-21T15:00:00Z");

function parse(params: Record<string, string>, today = NOW, timezone = LONDON) {
  return parseAnalyticsParams(params, { timezone, today });
}

describe("parseAnalyticsParams presets", () => {
  it("defaults to the last 30 days compared with the 30 days before", () => {
    const parsed = parse({});
    expect(parsed.preset).toBe("30d");
    expect(parsed.filters).toEqual({ from: "2026-10-23", to: "2026-11-21" });
    expect(parsed.mode).toBe("previous");
    expect(parsed.comparison).toEqual({ from: "2026-09-23", to: "2026-10-22" });
    expect(parsed.granularity).toBe("day");
    expect(parsed.problem).toBeUndefined();
  });

  it.each([
    ["7d", "2026-11-15", 7],
    ["30d", "2026-10-23", 30],
    ["90d", "2026-08-24", 90],
    ["12m", "2025-11-22", 365],
    ["mtd", "2026-11-01", 21],
    ["ytd", "2026-01-01", 325],
  ])("%s starts on %s and ends today (%i days)", (preset, from, days) => {
    const parsed = parse({ range: preset });
    expect(parsed.preset).toBe(preset);
    expect(parsed.filters.from).toBe(from);
    expect(parsed.filters.to).toBe("2026-11-21");
    expect(daysInRange(parsed.filters.from, parsed.filters.to)).toBe(days);
  });

  it("picks a granularity to suit the length, unless one is asked for", () => {
    expect(parse({ range: "7d" }).granularity).toBe("day");
    expect(parse({ range: "90d" }).granularity).toBe("week");
    expect(parse({ range: "12m" }).granularity).toBe("month");
    expect(parse({ range: "12m", by: "day" }).granularity).toBe("day");
    expect(parse({ range: "7d", by: "fortnight" }).granularity).toBe("day");
  });

  it("ignores an unknown preset", () => {
    expect(parse({ range: "forever" }).preset).toBe("30d");
  });

  it("accepts URLSearchParams and repeated keys (first wins)", () => {
    expect(
      parseAnalyticsParams(new URLSearchParams("range=7d"), { timezone: LONDON, today: NOW })
        .preset,
    ).toBe("7d");
    expect(
      parseAnalyticsParams({ range: ["mtd", "ytd"] }, { timezone: LONDON, today: NOW }).preset,
    ).toBe("mtd");
  });
});

describe("parseAnalyticsParams custom ranges", () => {
  it("uses a valid from/to pair", () => {
    const parsed = parse({ range: "custom", from: "2026-03-01", to: "2026-03-31" });
    expect(parsed.preset).toBe("custom");
    expect(parsed.filters).toEqual({ from: "2026-03-01", to: "2026-03-31" });
    expect(parsed.comparison).toEqual({ from: "2026-01-29", to: "2026-02-28" });
  });

  it("treats from/to without a preset as custom and a missing end as today", () => {
    const parsed = parse({ from: "2026-11-01" });
    expect(parsed.preset).toBe("custom");
    expect(parsed.filters).toEqual({ from: "2026-11-01", to: "2026-11-21" });
  });

  it("allows a single day", () => {
    const parsed = parse({ from: "2026-06-15", to: "2026-06-15" });
    expect(parsed.filters).toEqual({ from: "2026-06-15", to: "2026-06-15" });
    expect(parsed.comparison).toEqual({ from: "2026-06-14", to: "2026-06-14" });
  });

  it.each([
    [{ range: "custom" }, "Choose a start date"],
    [{ range: "custom", to: "2026-03-01" }, "Choose a start date"],
    [{ from: "2026-02-30", to: "2026-03-01" }, "is not a date"],
    [{ from: "01/03/2026" }, "is not a date"],
    [{ from: "2026-03-01", to: "tomorrow" }, "is not a date"],
    [{ from: "2026-03-10", to: "2026-03-01" }, "ends before it starts"],
    [{ from: "2020-01-01", to: "2026-01-01" }, "at most three years"],
  ])("rejects %j with a plain reason and shows the default period", (params, reason) => {
    const parsed = parse(params as Record<string, string>);
    expect(parsed.problem).toContain(reason);
    expect(parsed.preset).toBe("30d");
    expect(parsed.filters).toEqual({ from: "2026-10-23", to: "2026-11-21" });
  });
});

describe("comparison periods", () => {
  it("compares with the same number of days just before", () => {
    expect(comparisonRange({ from: "2026-03-01", to: "2026-03-07" }, "previous")).toEqual({
      from: "2026-02-22",
      to: "2026-02-28",
    });
  });

  it("crosses a leap day when going back", () => {
    expect(comparisonRange({ from: "2024-03-01", to: "2024-03-02" }, "previous")).toEqual({
      from: "2024-02-28",
      to: "2024-02-29",
    });
  });

  it("maps 29 February to the 28th a year earlier", () => {
    expect(comparisonRange({ from: "2024-02-01", to: "2024-02-29" }, "year")).toEqual({
      from: "2023-02-01",
      to: "2023-02-28",
    });
    expect(comparisonRange({ from: "2024-02-29", to: "2024-03-31" }, "year")).toEqual({
      from: "2023-02-28",
      to: "2023-03-31",
    });
  });

  it("keeps month ends a year earlier", () => {
    expect(comparisonRange({ from: "2025-03-31", to: "2025-04-30" }, "year")).toEqual({
      from: "2024-03-31",
      to: "2024-04-30",
    });
  });

  it("month to date on the 31st of March compares with the previous 31 days", () => {
    const parsed = parse({ range: "mtd" }, new Date("2025-03-31T12:00:00Z"));
    expect(parsed.filters).toEqual({ from: "2025-03-01", to: "2025-03-31" });
    expect(parsed.comparison).toEqual({ from: "2025-01-29", to: "2025-02-28" });
  });

  it("year to date in a leap year compares with the same dates the year before", () => {
    const parsed = parse({ range: "ytd", compare: "year" }, new Date("2024-02-29T12:00:00Z"));
    expect(parsed.filters).toEqual({ from: "2024-01-01", to: "2024-02-29" });
    expect(parsed.comparison).toEqual({ from: "2023-01-01", to: "2023-02-28" });
  });

  it("turns comparing off", () => {
    const parsed = parse({ compare: "none" });
    expect(parsed.mode).toBe("none");
    expect(parsed.comparison).toBeNull();
  });

  it("falls back to the previous period for an unknown mode", () => {
    expect(parse({ compare: "decade" }).mode).toBe("previous");
  });

  it("addMonths clamps to the end of shorter months", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
    expect(addMonths("2026-12-15", 1)).toBe("2027-01-15");
  });
});

describe("today in the organisation's time zone", () => {
  // 23:30 UTC on 31 December is already 1 January in Auckland and still 31 December in London.
  const lateEvening = new Date("2025-12-31T23:30:00Z");

  it("uses the local date, not the server's", () => {
    expect(localDay(lateEvening, "Pacific/Auckland")).toBe("2026-01-01");
    expect(localDay(lateEvening, LONDON)).toBe("2025-12-31");
    expect(localDay(lateEvening, "America/Los_Angeles")).toBe("2025-12-31");
  });

  it("starts year to date in the shop's new year", () => {
    expect(parse({ range: "ytd" }, lateEvening, "Pacific/Auckland").filters).toEqual({
      from: "2026-01-01",
      to: "2026-01-01",
    });
    expect(parse({ range: "ytd" }, lateEvening, LONDON).filters.from).toBe("2025-01-01");
  });

  it("falls back to UTC for an unknown zone", () => {
    expect(localDay(lateEvening, "Mars/Olympus_Mons")).toBe("2025-12-31");
  });
});

describe("slice filters", () => {
  it("keeps location, category and a known channel, on both periods", () => {
    const parsed = parse({ location: "loc_1", category: "cat-2", channel: "ONLINE" });
    expect(parsed.filters).toMatchObject({
      locationId: "loc_1",
      categoryId: "cat-2",
      channel: "ONLINE",
    });
    expect(parsed.comparison).toMatchObject({
      locationId: "loc_1",
      categoryId: "cat-2",
      channel: "ONLINE",
    });
  });

  it("drops malformed ids and unknown channels", () => {
    const parsed = parse({ location: "x'; drop table", channel: "CARRIER_PIGEON", category: "" });
    expect(parsed.filters).toEqual({ from: "2026-10-23", to: "2026-11-21" });
  });

  it("reads the top-products metric", () => {
    expect(parseTopProductMetric({ top: "margin" })).toBe("margin");
    expect(parseTopProductMetric({ top: "profit" })).toBe("revenue");
    expect(parseTopProductMetric(undefined)).toBe("revenue");
  });
});
