import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/prisma/demo/build-catalog";
import { buildCustomers } from "@/prisma/demo/build-customers";
import { createRandom } from "@/prisma/demo/random";
import { simulate } from "@/prisma/demo/simulate";

const start = new Date("2026-05-01T00:00:00Z");
const end = new Date("2026-06-01T00:00:00Z");

function run(seed: number) {
  const random = createRandom(seed);
  const catalog = buildCatalog("org", random, 20, 2.3);
  const { customers } = buildCustomers("org", random, 50, start);
  const sim = simulate({
    orgId: "org",
    random,
    variants: catalog.variants,
    customers,
    locationIds: { shop: catalog.locations[0]!.id, web: catalog.locations[1]!.id },
    start,
    end,
    ordersPerDay: 20,
    staff: { id: "staff", label: "Staff" },
  });
  const revenue = sim.orders.reduce((sum, o) => sum + (o.totalMinor as number), 0);
  const onHand = sim.levels.reduce((sum, l) => sum + l.onHand, 0);
  return {
    orders: sim.orders.length,
    lines: sim.lines.length,
    revenue,
    onHand,
    skus: catalog.variants.map((v) => v.sku),
  };
}

describe("demo data generator", () => {
  it("builds the same shop from the same seed", () => {
    expect(run(42)).toEqual(run(42));
  });

  it("builds a different history from another seed", () => {
    expect(run(42).revenue).not.toEqual(run(43).revenue);
  });

  it("sells more on weekends than on weekdays", () => {
    const random = createRandom(1);
    const catalog = buildCatalog("org", random, 40, 2.3);
    const { customers } = buildCustomers("org", random, 50, start);
    const sim = simulate({
      orgId: "org",
      random,
      variants: catalog.variants,
      customers,
      locationIds: { shop: catalog.locations[0]!.id, web: catalog.locations[1]!.id },
      start,
      end,
      ordersPerDay: 40,
      staff: { id: "staff", label: "Staff" },
    });
    const perDay = new Map<number, number[]>();
    for (const o of sim.orders) {
      const day = (o.placedAt as Date).getUTCDay();
      perDay.set(day, [...(perDay.get(day) ?? []), 1]);
    }
    const weekend = ((perDay.get(6)?.length ?? 0) + (perDay.get(0)?.length ?? 0)) / 2;
    const weekday = [1, 2, 3, 4, 5].reduce((s, d) => s + (perDay.get(d)?.length ?? 0), 0) / 5;
    expect(weekend).toBeGreaterThan(weekday * 1.2);
  });
});
