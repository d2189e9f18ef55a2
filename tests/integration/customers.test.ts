import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refreshCustomerStats } from "@/lib/customers/customer-stats";
import { getCustomerProfile } from "@/lib/customers/customer-profile";
import { createCustomer, deleteCustomer, updateCustomer } from "@/lib/customers/customers";
import { CUSTOMER_EXPORT_COLUMNS, exportCustomers } from "@/lib/customers/export-customers";
import { logInteraction } from "@/lib/customers/interactions";
import { listCustomers, listCustomerTags } from "@/lib/customers/list-customers";
import { customerListSchema, toCustomerFilters } from "@/lib/customers/list-schema";
import { customerInputSchema, interactionInputSchema } from "@/lib/customers/schemas";
import { searchCustomers } from "@/lib/customers/search-customers";
import { db } from "@/lib/db";
import { customerOrg, insertOrder, makeCustomer } from "./support/customers";
import { userError } from "./support/factories";

const SLOW = { timeout: 120_000 };

afterAll(async () => {
  await db.$disconnect();
});

const address = { line1: "1 High Street", city: "Bath", country: "GB", postalCode: "ba1 1aa" };

describe("creating and updating customers", SLOW, () => {
  it("stores normalised contact details, tags, consent with its time, and addresses", async () => {
    const { scope } = await customerOrg();
    const before = Date.now();
    const customer = await createCustomer(
      scope,
      customerInputSchema.parse({
        firstName: " Ada ",
        lastName: "Lovelace",
        email: "Ada@Example.com",
        phone: "+44 20 7946 0958",
        tags: "VIP, wholesale",
        marketingConsent: "yes",
        consentSource: "checkout checkbox",
        addresses: [
          { ...address, label: "Home" },
          { ...address, label: "Work", isDefault: true },
        ],
      }),
    );
    expect(customer).toMatchObject({
      orgId: scope.orgId,
      firstName: "Ada",
      email: "ada@example.com",
      tags: ["vip", "wholesale"],
      marketingConsent: true,
      consentSource: "checkout checkbox",
      orderCount: 0,
      lifetimeValueMinor: 0,
    });
    expect(customer.consentAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // The default address comes first; every address carries the organisation.
    expect(customer.addresses.map((a) => [a.label, a.isDefault, a.orgId, a.postalCode])).toEqual([
      ["Work", true, scope.orgId, "BA1 1AA"],
      ["Home", false, scope.orgId, "BA1 1AA"],
    ]);
  });

  it("refuses a second customer with the same email in any case, but not in another org", async () => {
    const { scope } = await customerOrg();
    const other = await customerOrg();
    await makeCustomer(scope, { email: "twin@example.com" });
    const error = await userError(makeCustomer(scope, { email: "TWIN@example.com" }), "conflict");
    expect(error.options.fieldErrors?.email?.[0]).toMatch(/already uses this email/);
    await expect(makeCustomer(other.scope, { email: "twin@example.com" })).resolves.toBeTruthy();
    // Customers without an email never clash.
    await makeCustomer(scope, { email: "" });
    await makeCustomer(scope, { email: "" });
  });

  it("answers a race past the email check with the same conflict, not a crash", async () => {
    const { scope } = await customerOrg();
    const input = customerInputSchema.parse({ firstName: "Race", email: "race@example.com" });
    const results = await Promise.allSettled([
      createCustomer(scope, input),
      createCustomer(scope, input),
      createCustomer(scope, input),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") expect((r.reason as Error).message).toMatch(/already uses/);
    }
  });

  it("replaces the address list and keeps consent time while consent stands", async () => {
    const { scope } = await customerOrg();
    const customer = await makeCustomer(scope, {
      marketingConsent: true,
      consentSource: "newsletter form",
      addresses: [address, { ...address, city: "Bristol" }],
    });
    const oldAddressIds = customer.addresses.map((a) => a.id);

    const { before, after } = await updateCustomer(
      scope,
      customer.id,
      customerInputSchema.parse({
        firstName: "Grace",
        marketingConsent: true,
        consentSource: "in store, verbal",
        addresses: [{ ...address, city: "Leeds", country: "United Kingdom" }],
      }),
    );
    expect(before.addresses).toHaveLength(2);
    expect(after.addresses.map((a) => [a.city, a.country, a.isDefault])).toEqual([
      ["Leeds", "GB", true],
    ]);
    expect(after.consentAt).toEqual(customer.consentAt);
    expect(after.consentSource).toBe("in store, verbal");
    expect(await db.customerAddress.count({ where: { id: { in: oldAddressIds } } })).toBe(0);
  });

  it("clears consent time and source when withdrawn and sets a new time when given again", async () => {
    const { scope } = await customerOrg();
    const customer = await makeCustomer(scope, { marketingConsent: false });
    expect(customer.consentAt).toBeNull();

    const given = await updateCustomer(
      scope,
      customer.id,
      customerInputSchema.parse({ firstName: "A", marketingConsent: true, consentSource: "email" }),
    );
    expect(given.after.consentAt).toBeInstanceOf(Date);

    const withdrawn = await updateCustomer(
      scope,
      customer.id,
      customerInputSchema.parse({
        firstName: "A",
        marketingConsent: false,
        consentSource: "email",
      }),
    );
    expect(withdrawn.after).toMatchObject({
      marketingConsent: false,
      consentAt: null,
      consentSource: null,
    });
  });

  it("refuses taking another customer's email on update, and keeps its own", async () => {
    const { scope } = await customerOrg();
    await makeCustomer(scope, { email: "taken@example.com" });
    const me = await makeCustomer(scope, { email: "me@example.com" });
    await userError(
      updateCustomer(scope, me.id, customerInputSchema.parse({ email: "Taken@example.com" })),
      "conflict",
    );
    const { after } = await updateCustomer(
      scope,
      me.id,
      customerInputSchema.parse({ firstName: "Me", email: "ME@example.com" }),
    );
    expect(after.email).toBe("me@example.com");
  });
});

describe("deleting customers", SLOW, () => {
  it("deletes a customer without orders, with their addresses and interactions", async () => {
    const { scope } = await customerOrg();
    const customer = await makeCustomer(scope, { addresses: [address] });
    await logInteraction(
      scope,
      customer.id,
      interactionInputSchema.parse({ channel: "PHONE", summary: "Hi" }),
    );
    const deleted = await deleteCustomer(scope, customer.id);
    expect(deleted.id).toBe(customer.id);
    expect(await db.customer.count({ where: { id: customer.id } })).toBe(0);
    expect(await db.customerAddress.count({ where: { customerId: customer.id } })).toBe(0);
    expect(await db.customerInteraction.count({ where: { customerId: customer.id } })).toBe(0);
  });

  it("refuses a customer with any order, even a draft, and points to erasure", async () => {
    const { scope } = await customerOrg();
    const customer = await makeCustomer(scope, { firstName: "Ada", lastName: "Lovelace" });
    await insertOrder(scope.orgId, customer.id, { status: "DRAFT", totalMinor: 100 });
    const error = await userError(deleteCustomer(scope, customer.id), "conflict");
    expect(error.message).toMatch(/^Ada Lovelace has 1 order, so they can't be deleted/);
    expect(error.message).toMatch(/anonymise/);
    expect(await db.customer.count({ where: { id: customer.id } })).toBe(1);
  });
});

describe("interactions", SLOW, () => {
  it("logs an interaction signed by the actor and shows the latest 50 on the profile", async () => {
    const { scope } = await customerOrg();
    const customer = await makeCustomer(scope);
    const logged = await logInteraction(
      scope,
      customer.id,
      interactionInputSchema.parse({
        channel: "in person",
        summary: "Tried on the blue coat",
        occurredAt: "2025-01-02T10:00:00Z",
      }),
    );
    expect(logged).toMatchObject({
      orgId: scope.orgId,
      channel: "IN_PERSON",
      actorId: scope.actor.id,
      actorLabel: "Olive Owner",
    });
    await db.customerInteraction.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        orgId: scope.orgId,
        customerId: customer.id,
        channel: "EMAIL" as const,
        summary: `Email ${i}`,
        occurredAt: new Date(Date.UTC(2025, 1, 1 + i)),
        actorLabel: "Import",
      })),
    });
    const profile = await getCustomerProfile(scope, customer.id);
    expect(profile.interactionCount).toBe(56);
    expect(profile.interactions).toHaveLength(50);
    expect(profile.interactions[0]!.summary).toBe("Email 54");
    expect(profile.interactions.some((i) => i.id === logged.id)).toBe(false);
  });
});

describe("the customer profile", SLOW, () => {
  it("shows purchase history most recent first and stats from the refreshed columns", async () => {
    const { scope } = await customerOrg();
    const customer = await makeCustomer(scope, { addresses: [address] });
    const day = (d: number) => new Date(Date.UTC(2025, 0, d));
    const first = await insertOrder(scope.orgId, customer.id, {
      status: "DELIVERED",
      totalMinor: 3000,
      placedAt: day(1),
    });
    const refunded = await insertOrder(scope.orgId, customer.id, {
      status: "PAID",
      totalMinor: 5000,
      refundedMinor: 2000,
      placedAt: day(10),
    });
    const cancelled = await insertOrder(scope.orgId, customer.id, {
      status: "CANCELLED",
      totalMinor: 9999,
      placedAt: day(5),
    });
    const draft = await insertOrder(scope.orgId, customer.id, {
      status: "DRAFT",
      totalMinor: 100,
      createdAt: day(20),
    });
    await refreshCustomerStats(db, scope.orgId, customer.id);

    const profile = await getCustomerProfile(scope, customer.id);
    expect(profile.customer.addresses).toHaveLength(1);
    expect(profile.orderTotal).toBe(4);
    expect(profile.orders.map((o) => o.id)).toEqual([
      draft.id,
      refunded.id,
      cancelled.id,
      first.id,
    ]);
    expect(profile.orders[1]).toMatchObject({
      number: refunded.number,
      status: "PAID",
      totalMinor: 5000,
      refundedMinor: 2000,
    });
    expect(profile.stats).toEqual({
      orderCount: 2,
      lifetimeValueMinor: 6000,
      averageOrderValueMinor: 3000,
      firstOrderAt: day(1),
      lastOrderAt: day(10),
    });
  });

  it("has no average before the first order", async () => {
    const { scope } = await customerOrg();
    const customer = await makeCustomer(scope);
    const profile = await getCustomerProfile(scope, customer.id);
    expect(profile.stats.averageOrderValueMinor).toBeNull();
    expect(profile.orders).toEqual([]);
  });
});

describe("listing, filtering and searching", SLOW, () => {
  let scope: Awaited<ReturnType<typeof customerOrg>>["scope"];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ({ scope } = await customerOrg());
    const people = [
      {
        key: "ada",
        firstName: "Ada",
        lastName: "Lovelace",
        email: "ada@engines.test",
        tags: "vip, london",
        marketingConsent: true,
        consentSource: "form",
        spend: 120_000,
        last: "2025-03-10",
      },
      {
        key: "grace",
        firstName: "Grace",
        lastName: "Hopper",
        email: "grace@navy.test",
        phone: "07700 900123",
        tags: "vip",
        spend: 40_000,
        last: "2025-01-15",
      },
      {
        key: "alan",
        firstName: "Alan",
        lastName: "Turing",
        company: "Bletchley Ltd",
        tags: "wholesale",
        marketingConsent: true,
        consentSource: "phone",
        spend: 9_000,
        last: "2024-11-01",
      },
      { key: "edsger", firstName: "Edsger", lastName: "Dijkstra", email: "ed@paths.test" },
    ];
    for (const { key, spend, last, ...input } of people) {
      const customer = await makeCustomer(scope, input);
      ids[key] = customer.id;
      if (spend) {
        await insertOrder(scope.orgId, customer.id, {
          status: "PAID",
          totalMinor: spend,
          placedAt: new Date(`${last}T12:00:00Z`),
        });
        await refreshCustomerStats(db, scope.orgId, customer.id);
      }
    }
  });

  async function names(query: Record<string, string>) {
    const params = customerListSchema.parse(query);
    const page = await listCustomers(scope, {
      ...params,
      filters: toCustomerFilters(params, "GBP"),
    });
    return page.rows.map((r) => r.firstName);
  }

  it("sorts by name, lifetime value, orders, last order and creation", async () => {
    expect(await names({})).toEqual(["Edsger", "Grace", "Ada", "Alan"]);
    expect(await names({ sort: "lifetimeValue", dir: "desc" })).toEqual([
      "Ada",
      "Grace",
      "Alan",
      "Edsger",
    ]);
    expect(await names({ sort: "orders", dir: "asc" })).toEqual(["Edsger", "Alan", "Grace", "Ada"]);
    // Customers who never ordered come last whichever way.
    expect(await names({ sort: "lastOrder", dir: "asc" })).toEqual([
      "Alan",
      "Grace",
      "Ada",
      "Edsger",
    ]);
    expect(await names({ sort: "lastOrder", dir: "desc" })).toEqual([
      "Ada",
      "Grace",
      "Alan",
      "Edsger",
    ]);
    expect(await names({ sort: "created", dir: "desc" })).toEqual([
      "Edsger",
      "Alan",
      "Grace",
      "Ada",
    ]);
  });

  it("searches every word across name, email, phone and company", async () => {
    expect(await names({ q: "ada love" })).toEqual(["Ada"]);
    expect(await names({ q: "NAVY" })).toEqual(["Grace"]);
    expect(await names({ q: "07700 900" })).toEqual(["Grace"]);
    expect(await names({ q: "bletchley" })).toEqual(["Alan"]);
    expect(await names({ q: "nobody" })).toEqual([]);
  });

  it("filters by tag, consent, spend band and last order dates", async () => {
    expect(await names({ tag: "VIP" })).toEqual(["Grace", "Ada"]);
    expect(await names({ consent: "yes" })).toEqual(["Ada", "Alan"]);
    expect(await names({ consent: "no" })).toEqual(["Edsger", "Grace"]);
    expect(await names({ spend: "400" })).toEqual(["Grace", "Ada"]);
    expect(await names({ spend: "1000" })).toEqual(["Ada"]);
    expect(await names({ lastOrderBefore: "2025-01-15" })).toEqual(["Alan"]);
    expect(await names({ lastOrderFrom: "2025-01-15" })).toEqual(["Grace", "Ada"]);
    expect(await names({ lastOrderFrom: "2025-01-01", lastOrderBefore: "2025-02-01" })).toEqual([
      "Grace",
    ]);
    expect(await names({ tag: "vip", consent: "yes", spend: "50" })).toEqual(["Ada"]);
  });

  it("pages with totals", async () => {
    const params = customerListSchema.parse({ pageSize: "25" });
    const page = await listCustomers(scope, params);
    expect(page).toMatchObject({ total: 4, page: 1, pageCount: 1 });
    expect(page.rows[0]).toMatchObject({ name: "Edsger Dijkstra", email: "ed@paths.test" });
  });

  it("exports the current view as CSV rows shaped like the customer import", async () => {
    const params = customerListSchema.parse({ tag: "vip", sort: "lifetimeValue", dir: "desc" });
    const rows = await exportCustomers(
      scope,
      { sort: params.sort, dir: params.dir, filters: toCustomerFilters(params, "GBP") },
      "GBP",
    );
    const byColumn = rows.map((row) =>
      Object.fromEntries(CUSTOMER_EXPORT_COLUMNS.map((column, i) => [column, row[i]])),
    );
    expect(byColumn.map((r) => r.first_name)).toEqual(["Ada", "Grace"]);
    expect(byColumn[0]).toMatchObject({
      email: "ada@engines.test",
      tags: "vip, london",
      marketing_consent: "yes",
      consent_source: "form",
      order_count: 1,
      lifetime_value: "1200.00",
      last_order_at: "2025-03-10T12:00:00.000Z",
      id: ids.ada,
    });
    // What was exported parses back through the import's schema.
    const again = customerInputSchema.parse({
      firstName: byColumn[0]!.first_name,
      email: byColumn[0]!.email,
      tags: byColumn[0]!.tags,
      marketingConsent: byColumn[0]!.marketing_consent,
      consentSource: byColumn[0]!.consent_source,
    });
    expect(again).toMatchObject({ tags: ["vip", "london"], marketingConsent: true });
  });

  it("lists the tags in use, sorted", async () => {
    expect(await listCustomerTags(scope)).toEqual(["london", "vip", "wholesale"]);
  });

  it("finds customers for the order picker, recent buyers first without a query", async () => {
    expect(await searchCustomers(scope, { q: "hopper" })).toEqual([
      { id: ids.grace, name: "Grace Hopper", email: "grace@navy.test" },
    ]);
    const recent = await searchCustomers(scope, { limit: 2 });
    expect(recent.map((r) => r.id)).toEqual([ids.ada, ids.grace]);
  });
});

describe("cross-organisation isolation", SLOW, () => {
  it("refuses A's scope on B's customers and interactions, and never lists B's", async () => {
    const a = await customerOrg();
    const b = await customerOrg();
    const theirs = await makeCustomer(b.scope, {
      firstName: "Bea",
      email: "bea@b.test",
      tags: "secret-tag",
      addresses: [address],
    });
    const interaction = await logInteraction(
      b.scope,
      theirs.id,
      interactionInputSchema.parse({ channel: "EMAIL", summary: "B only" }),
    );
    await insertOrder(b.scope.orgId, theirs.id, { status: "PAID", totalMinor: 500 });
    const input = customerInputSchema.parse({ firstName: "Hijack", email: "x@a.test" });
    const snapshot = await db.customer.findUniqueOrThrow({
      where: { id: theirs.id },
      include: { addresses: true, interactions: true },
    });

    await userError(getCustomerProfile(a.scope, theirs.id), "not_found");
    await userError(updateCustomer(a.scope, theirs.id, input), "not_found");
    await userError(deleteCustomer(a.scope, theirs.id), "not_found");
    await userError(
      logInteraction(
        a.scope,
        theirs.id,
        interactionInputSchema.parse({ channel: "CHAT", summary: "x" }),
      ),
      "not_found",
    );
    // An interaction id is not a customer id either.
    await userError(getCustomerProfile(a.scope, interaction.id), "not_found");

    const after = await db.customer.findUniqueOrThrow({
      where: { id: theirs.id },
      include: { addresses: true, interactions: true },
    });
    expect(after).toEqual(snapshot);

    // Refreshing with the wrong organisation touches nothing.
    await db.customer.update({ where: { id: theirs.id }, data: { orderCount: 42 } });
    await refreshCustomerStats(db, a.scope.orgId, theirs.id);
    expect((await db.customer.findUniqueOrThrow({ where: { id: theirs.id } })).orderCount).toBe(42);

    const mine = await makeCustomer(a.scope, { firstName: "Abe" });
    const params = customerListSchema.parse({ q: "" });
    const page = await listCustomers(a.scope, params);
    expect(page.rows.map((r) => r.id)).toEqual([mine.id]);
    expect(page.total).toBe(1);
    const searched = await listCustomers(a.scope, { ...params, q: "bea" });
    expect(searched.total).toBe(0);
    expect(await searchCustomers(a.scope, { q: "bea" })).toEqual([]);
    expect(await searchCustomers(a.scope, {})).toEqual([
      { id: mine.id, name: "Abe " + mine.lastName, email: null },
    ]);
    expect(await listCustomerTags(a.scope)).toEqual([]);
  });
});
