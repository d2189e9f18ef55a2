const DAY = 86_400_000;
const HOUR = 3_600_000;

type Shift = { person: string; from: number; to: number };

/**
 * Rotas per ISO weekday (1 = Monday), in the same clock the simulated orders use: the shop's
 * till is busy 09:00–18:00 with the weekend the busiest, so weekends carry more people; the web
 * team packs in the day and someone covers the evening peak of online orders on weekdays.
 */
const SHOP: Record<number, Shift[]> = {
  1: [
    { person: "Ava Hughes", from: 9, to: 17 },
    { person: "Ben Carter", from: 10, to: 18 },
  ],
  2: [
    { person: "Ava Hughes", from: 9, to: 17 },
    { person: "Ben Carter", from: 10, to: 18 },
  ],
  3: [
    { person: "Ava Hughes", from: 9, to: 17 },
    { person: "Cara Patel", from: 10, to: 18 },
  ],
  4: [
    { person: "Ben Carter", from: 9, to: 17 },
    { person: "Cara Patel", from: 10, to: 18 },
  ],
  5: [
    { person: "Ava Hughes", from: 9, to: 17 },
    { person: "Ben Carter", from: 10, to: 18 },
    { person: "Dan Okafor", from: 12, to: 18 },
  ],
  6: [
    { person: "Cara Patel", from: 9, to: 17 },
    { person: "Dan Okafor", from: 10, to: 18 },
    { person: "Ella Brooks", from: 11, to: 16 },
    { person: "Finn Walsh", from: 12, to: 18 },
  ],
  7: [
    { person: "Cara Patel", from: 9, to: 15 },
    { person: "Dan Okafor", from: 10, to: 18 },
    { person: "Ella Brooks", from: 12, to: 18 },
  ],
};

const WEB: Record<number, Shift[]> = {
  1: [
    { person: "Gus Moreno", from: 8, to: 16 },
    { person: "Hana Sato", from: 14, to: 22 },
  ],
  2: [
    { person: "Gus Moreno", from: 8, to: 16 },
    { person: "Hana Sato", from: 14, to: 22 },
  ],
  3: [
    { person: "Gus Moreno", from: 8, to: 16 },
    { person: "Hana Sato", from: 14, to: 22 },
  ],
  4: [
    { person: "Gus Moreno", from: 8, to: 16 },
    { person: "Iris Novak", from: 14, to: 22 },
  ],
  5: [
    { person: "Gus Moreno", from: 8, to: 16 },
    { person: "Iris Novak", from: 14, to: 22 },
  ],
  6: [{ person: "Iris Novak", from: 10, to: 18 }],
  7: [{ person: "Hana Sato", from: 12, to: 20 }],
};

/**
 * Staff shifts for every day of the demo history at both locations, so the staffing chart
 * compares labour hours with the sales they served. Fixed rotas rather than random draws: the
 * demo's orders come from a seeded stream this must not disturb.
 */
export function buildStaffShifts(
  orgId: string,
  locationIds: { shop: string; web: string },
  start: Date,
  end: Date,
) {
  const rows: {
    orgId: string;
    person: string;
    locationId: string;
    startAt: Date;
    endAt: Date;
  }[] = [];
  for (let day = start.getTime(); day < end.getTime(); day += DAY) {
    const isoWeekday = ((new Date(day).getUTCDay() + 6) % 7) + 1;
    for (const [locationId, rota] of [
      [locationIds.shop, SHOP],
      [locationIds.web, WEB],
    ] as const) {
      for (const shift of rota[isoWeekday]!) {
        const startAt = new Date(day + shift.from * HOUR);
        if (startAt.getTime() > end.getTime()) continue;
        rows.push({
          orgId,
          person: shift.person,
          locationId,
          startAt,
          endAt: new Date(day + shift.to * HOUR),
        });
      }
    }
  }
  return rows;
}
