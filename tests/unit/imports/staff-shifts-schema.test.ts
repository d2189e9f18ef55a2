import { describe, expect, it } from "vitest";
import { staffShiftsImport } from "@/lib/imports/kinds/staff-shifts";
import { issuesOf, rowOf } from "./row-cells";

const london = { timezone: "Europe/London", currency: "GBP" };
const schema = staffShiftsImport.rowSchema(london);
const row = (cells: Record<string, string> = {}) =>
  rowOf(staffShiftsImport.fields, {
    person: "Sam  Patel",
    location: "SHOP",
    start: "2026-11-20 09:00",
    end: "2026-11-20 17:30",
    ...cells,
  });

describe("staff shift rows", () => {
  it("reads local times in the shop's zone and tidies the name", () => {
    expect(schema.parse(row())).toEqual({
      person: "Sam Patel",
      location: "SHOP",
      startAt: "2026-11-20T09:00:00.000Z",
      endAt: "2026-11-20T17:30:00.000Z",
    });
    // British Summer Time: 09:00 in London is 08:00 UTC.
    const summer = schema.parse(row({ start: "20/06/2026 09:00", end: "2026-06-20T17:00" }));
    expect(summer.startAt).toBe("2026-06-20T08:00:00.000Z");
    expect(summer.endAt).toBe("2026-06-20T16:00:00.000Z");
  });

  it("takes instants with an offset as they are", () => {
    const parsed = schema.parse(
      row({ start: "2026-11-20T09:00:00Z", end: "2026-11-20T17:00+01:00" }),
    );
    expect(parsed.endAt).toBe("2026-11-20T16:00:00.000Z");
  });

  it("requires a person, a location and both times", () => {
    const issues = issuesOf(
      schema.safeParse(row({ person: " ", location: "", start: "", end: "" })),
    );
    expect(issues.person).toEqual(["Enter who worked the shift."]);
    expect(issues.location).toEqual(["Enter the location's code or name, e.g. SHOP."]);
    expect(issues.start).toEqual(["Enter when the shift started."]);
    expect(issues.end).toEqual(["Enter when the shift ended."]);
  });

  it("refuses dates that are not dates", () => {
    const issues = issuesOf(schema.safeParse(row({ start: "31/02/2026 09:00", end: "tomorrow" })));
    expect(issues.start![0]).toMatch(/like 2026-11-20 14:30/);
    expect(issues.end![0]).toMatch(/like 2026-11-20 14:30/);
  });

  it("ends after it starts and lasts at most 24 hours", () => {
    expect(issuesOf(schema.safeParse(row({ end: "2026-11-20 09:00" }))).end).toEqual([
      "End the shift after it starts.",
    ]);
    expect(issuesOf(schema.safeParse(row({ end: "2026-11-21 09:01" }))).end).toEqual([
      "A shift can last at most 24 hours. Check the dates.",
    ]);
    expect(schema.safeParse(row({ end: "2026-11-21 09:00" })).success).toBe(true);
  });

  it("keys a shift by person, location and start", () => {
    const a = schema.parse(row());
    const b = schema.parse(row({ person: "sam patel", location: "shop", end: "2026-11-20 18:00" }));
    expect(staffShiftsImport.naturalKey(a)).toBe(staffShiftsImport.naturalKey(b));
  });

  it("has template rows that pass its own rules", () => {
    for (const cells of staffShiftsImport.templateRows) {
      const input = Object.fromEntries(
        staffShiftsImport.fields.map((f, i) => [f.key, cells[i] ?? ""]),
      );
      expect(schema.safeParse(input).success).toBe(true);
    }
  });
});
