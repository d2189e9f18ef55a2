import { randomUUID } from "node:crypto";
import { CITIES, FIRST_NAMES, LAST_NAMES, TAGS } from "./catalog-data";
import type { Random } from "./random";

export type DemoCustomer = { id: string; createdAt: Date };

/** Customers with contact details, tags, consent and one address each. */
export function buildCustomers(orgId: string, random: Random, count: number, start: Date) {
  const customers = [];
  const addresses = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    let email = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "");
    while (used.has(email)) email = `${email.split("+")[0]}+${random.int(2, 999)}`;
    used.add(email);
    const consent = random.chance(0.55);
    const createdAt = new Date(start.getTime() - random.int(0, 400) * 86_400_000);
    const id = randomUUID();
    const city = random.pick(CITIES);
    customers.push({
      id,
      orgId,
      email: `${email}@example.com`,
      firstName,
      lastName,
      phone: random.chance(0.6) ? `07${random.int(100, 999)} ${random.int(100000, 999999)}` : null,
      tags: TAGS.filter(() => random.chance(0.12)),
      notes: "",
      marketingConsent: consent,
      consentAt: consent ? createdAt : null,
      consentSource: consent
        ? random.pick(["checkout checkbox", "in store, signed card", "newsletter form"])
        : null,
      createdAt,
      updatedAt: createdAt,
    });
    addresses.push({
      id: randomUUID(),
      orgId,
      customerId: id,
      label: "Home",
      line1: `${random.int(1, 180)} ${random.pick(["Station Road", "Church Lane", "Mill Street", "Park Avenue", "The Green", "Victoria Road"])}`,
      city,
      postalCode: `YO${random.int(1, 62)} ${random.int(1, 9)}${random.pick(["AB", "DX", "HL", "QT", "RN"])}`,
      country: "GB",
      isDefault: true,
    });
  }
  return { customers, addresses };
}

/** Order count, lifetime value (net of refunds) and first/last order, as the app maintains them. */
export function customerStats(
  orders: {
    customerId: string | null;
    status: string;
    totalMinor: number;
    refundedMinor: number;
    placedAt: Date;
  }[],
) {
  const stats = new Map<
    string,
    { orderCount: number; lifetimeValueMinor: number; firstOrderAt: Date; lastOrderAt: Date }
  >();
  for (const o of orders) {
    if (!o.customerId || o.status === "CANCELLED" || o.status === "DRAFT") continue;
    const s = stats.get(o.customerId);
    if (!s) {
      stats.set(o.customerId, {
        orderCount: 1,
        lifetimeValueMinor: o.totalMinor - o.refundedMinor,
        firstOrderAt: o.placedAt,
        lastOrderAt: o.placedAt,
      });
    } else {
      s.orderCount += 1;
      s.lifetimeValueMinor += o.totalMinor - o.refundedMinor;
      if (o.placedAt < s.firstOrderAt) s.firstOrderAt = o.placedAt;
      if (o.placedAt > s.lastOrderAt) s.lastOrderAt = o.placedAt;
    }
  }
  return stats;
}
