import type { Random } from "@/prisma/demo/random";
import { benchId, type BenchCatalog } from "./catalog";
import type { LocalDay } from "./local-days";

export type BenchShift = {
  id: string;
  person: string;
  locationId: string;
  startAt: Date;
  endAt: Date;
};

/** Shift patterns (local start and end hours) per location; weekends add a person in the shops. */
const SHOP_SHIFTS = [
  [9, 13],
  [13, 19],
  [10, 17],
] as const;
const WAREHOUSE_SHIFTS = [
  [8, 16],
  [12, 20],
] as const;

/** Rosters for the staffing chart: who worked where and when, every day of the history. */
export function buildShifts(
  random: Random,
  catalog: BenchCatalog,
  days: readonly LocalDay[],
): BenchShift[] {
  const shifts: BenchShift[] = [];
  for (const [dayIndex, day] of days.entries()) {
    const weekend = day.weekday >= 5;
    for (const [index, location] of catalog.locations.entries()) {
      const patterns = location.code === "web" ? WAREHOUSE_SHIFTS : SHOP_SHIFTS;
      const staff = Array.from({ length: 6 }, (_, i) => `${location.name} staff ${i + 1}`);
      const rostered =
        weekend && location.code !== "web" ? [...patterns, [11, 16] as const] : patterns;
      // Rotating through the team, and never more slots than people, so nobody works two
      // shifts at once.
      const rotation = dayIndex + index + random.int(0, 1);
      for (const [slot, [start, end]] of rostered.entries()) {
        const person = staff[(slot + rotation) % staff.length]!;
        shifts.push({
          id: "",
          person,
          locationId: location.id,
          startAt: day.at(start, 0, 0),
          endAt: day.at(end, 0, 0),
        });
      }
    }
  }
  shifts.forEach((s, i) => (s.id = benchId("sft", i + 1)));
  return shifts;
}
