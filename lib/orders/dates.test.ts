import { describe, expect, it } from "vitest";
import { endOfDayIn, startOfDayIn } from "./dates";

describe("days in the organisation's time zone", () => {
  it("starts a day at local midnight", () => {
    expect(startOfDayIn("2026-01-15", "UTC").toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfDayIn("2026-07-15", "Europe/London").toISOString()).toBe(
      "2026-07-14T23:00:00.000Z",
    );
    expect(startOfDayIn("2026-01-15", "America/New_York").toISOString()).toBe(
      "2026-01-15T05:00:00.000Z",
    );
    expect(startOfDayIn("2026-01-15", "Asia/Kolkata").toISOString()).toBe(
      "2026-01-14T18:30:00.000Z",
    );
  });

  it("handles the days clocks change", () => {
    // London springs forward at 01:00 on 29 March 2026: that day starts at UTC midnight.
    expect(startOfDayIn("2026-03-29", "Europe/London").toISOString()).toBe(
      "2026-03-29T00:00:00.000Z",
    );
    expect(endOfDayIn("2026-03-29", "Europe/London").toISOString()).toBe(
      "2026-03-29T23:00:00.000Z",
    );
    expect(endOfDayIn("2026-12-31", "UTC").toISOString()).toBe("2027-01-01T00:00:00.000Z");
  });
});
