import { describe, expect, it } from "vitest";
import { wholeMonths } from "./sales-sources";

describe("wholeMonths", () => {
  it("finds the calendar months a period covers entirely", () => {
    expect(wholeMonths("2025-11-22", "2026-11-21")).toEqual({
      start: "2025-12-01",
      end: "2026-11-01",
    });
    expect(wholeMonths("2026-01-01", "2026-03-31")).toEqual({
      start: "2026-01-01",
      end: "2026-04-01",
    });
    expect(wholeMonths("2024-02-01", "2024-02-29")).toEqual({
      start: "2024-02-01",
      end: "2024-03-01",
    });
    expect(wholeMonths("2025-12-15", "2026-02-28")).toEqual({
      start: "2026-01-01",
      end: "2026-03-01",
    });
  });

  it("finds none in a period shorter than a month or straddling two", () => {
    expect(wholeMonths("2026-10-23", "2026-11-21")).toBeNull();
    expect(wholeMonths("2026-02-01", "2026-02-27")).toBeNull();
    expect(wholeMonths("2026-11-21", "2026-11-21")).toBeNull();
  });
});
