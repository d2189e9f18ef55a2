import "server-only";
import { randomUUID } from "node:crypto";
import { addressOrder, updateCustomer } from "@/lib/customers/customers";
import type { CustomerInput } from "@/lib/customers/schemas";
import { customerFields } from "./customer-fields";
import { customerRowSchema, type Address, type Country, type CustomerRow } from "./customer-row";
import { readStagedRows, writeRowResults, diff, type RowResult } from "./staged-rows";
import type { ImportContext, ImportKindDefinition } from "./types";
async function existingCustomers(ctx: ImportContext, emails: string[]) {
  const customers = await ctx.db.customer.findMany({
    where: { orgId: ctx.orgId, email: { in: emails } },
    include: { addresses: { orderBy: addressOrder } },
  });
  return new Map(customers.map((c) => [c.email!, c]));
}

type Existing =
  Awaited<ReturnType<typeof existingCustomers>> extends Map<string, infer C> ? C : never;

const describeAddress = (a: Address | undefined | null) =>
  a ? [a.line1, a.line2, a.city, a.region, a.postalCode, a.country].filter(Boolean).join(", ") : "";

/** field → [before, after] of what the row would change on an existing customer. */
function changesOf(row: CustomerRow, before: Existing) {
  const sortTags = (tags: string[] | null) => (tags ? [...tags].sort() : null);
  const changes = diff(
    {
      firstName: before.firstName,
      lastName: before.lastName,
      phone: before.phone,
      company: before.company,
      tags: sortTags(before.tags),
      notes: before.notes,
      marketingConsent: before.marketingConsent,
      consentSource: before.consentSource,
      address: describeAddress(before.addresses[0]),
    },
    {
      firstName: row.firstName ?? undefined,
      lastName: row.lastName ?? undefined,
      phone: row.phone ?? undefined,
      company: row.company ?? undefined,
      tags: sortTags(row.tags) ?? undefined,
      notes: row.notes ?? undefined,
      marketingConsent: row.marketingConsent ?? undefined,
      consentSource: row.consentSource ?? undefined,
      address: row.address ? describeAddress(row.address) : undefined,
    },
  );
  return changes;
}

/** The full form input for an update: what is on record, with the row's given values on top. */
function mergedInput(row: CustomerRow, before: Existing): CustomerInput {
  const consent = row.marketingConsent ?? before.marketingConsent;
  const addresses = before.addresses.map((a) => ({
    label: a.label,
    line1: a.line1,
    line2: a.line2,
    city: a.city,
    region: a.region,
    postalCode: a.postalCode,
    // Stored addresses were validated by the same schema, so their codes are known ones.
    country: a.country as Country,
    isDefault: a.isDefault,
  }));
  if (row.address) {
    const current = addresses.findIndex((a) => a.isDefault);
    const label = current >= 0 ? addresses[current]!.label : "";
    const replacement = {
      label,
      ...row.address,
      country: row.address.country as Country,
      isDefault: true,
    };
    if (current >= 0) addresses[current] = replacement;
    else addresses.unshift(replacement);
  }
  return {
    email: row.email,
    firstName: row.firstName ?? before.firstName,
    lastName: row.lastName ?? before.lastName,
    phone: row.phone ?? before.phone,
    company: row.company ?? before.company,
    tags: row.tags ?? before.tags,
    notes: row.notes ?? before.notes,
    marketingConsent: consent,
    consentSource: consent ? (row.consentSource ?? before.consentSource) : null,
    addresses,
  };
}

async function match(ctx: ImportContext) {
  const rows = await readStagedRows<CustomerRow>(ctx);
  const existing = await existingCustomers(
    ctx,
    rows.map((r) => r.data.email),
  );
  return rows.map(({ rowNumber, data }) => {
    const before = existing.get(data.email);
    return { rowNumber, row: data, before, changes: before ? changesOf(data, before) : null };
  });
}

type Match = Awaited<ReturnType<typeof match>>[number];

function classifyMatch(m: Match): RowResult {
  if (!m.before) return { rowNumber: m.rowNumber, outcome: "CREATED" };
  const base = { rowNumber: m.rowNumber, entityType: "customer", entityId: m.before.id };
  return m.changes
    ? { ...base, outcome: "UPDATED", changes: m.changes }
    : { ...base, outcome: "UNCHANGED" };
}

/**
 * Customers from another system or a sign-up sheet, matched by email. New emails become new
 * customers; known ones get the row's non-blank values, through the same update the customer
 * form uses (so consent keeps the moment it was first given).
 */
export const customersImport: ImportKindDefinition<CustomerRow> = {
  kind: "CUSTOMERS",
  label: "Customers",
  description:
    "Contacts, tags, marketing consent and a default address, one customer per row, matched by email. Blank cells leave what is on record.",
  fields: customerFields,
  rowSchema: () => customerRowSchema,
  naturalKey: (row) => row.email,

  async classify(ctx) {
    const matches = await match(ctx);
    await writeRowResults(ctx, matches.map(classifyMatch));
  },

  async commit(ctx) {
    const matches = await match(ctx);
    const scope = { db: ctx.db, orgId: ctx.orgId, actor: ctx.actor };
    const now = new Date();
    const created = matches
      .filter((m) => !m.before)
      .map((m) => ({ ...m, id: randomUUID(), consent: m.row.marketingConsent ?? false }));
    // New customers are written in two statements whatever their number; each update goes
    // through the customer form's own save.
    if (created.length > 0) {
      await ctx.db.customer.createMany({
        data: created.map(({ id, row, consent }) => ({
          id,
          orgId: ctx.orgId,
          email: row.email,
          firstName: row.firstName ?? "",
          lastName: row.lastName ?? "",
          phone: row.phone,
          company: row.company,
          tags: row.tags ?? [],
          notes: row.notes ?? "",
          marketingConsent: consent,
          consentSource: consent ? row.consentSource : null,
          consentAt: consent ? now : null,
        })),
      });
      const addresses = created.flatMap(({ id, row }) =>
        row.address
          ? [{ orgId: ctx.orgId, customerId: id, label: "", ...row.address, isDefault: true }]
          : [],
      );
      if (addresses.length > 0) await ctx.db.customerAddress.createMany({ data: addresses });
    }
    const updated = matches.filter((m) => m.before && m.changes);
    for (const m of updated)
      await updateCustomer(scope, m.before!.id, mergedInput(m.row, m.before!));

    await writeRowResults(ctx, [
      ...created.map((m) => ({
        rowNumber: m.rowNumber,
        outcome: "CREATED" as const,
        entityType: "customer",
        entityId: m.id,
      })),
      ...updated.map(classifyMatch),
    ]);
  },

  templateRows: [
    [
      "amelia.hart@example.com",
      "Amelia",
      "Hart",
      "07700 900123",
      "",
      "vip, newsletter",
      "yes",
      "in store, signed card",
      "Prefers email",
      "14 Bootham",
      "",
      "York",
      "North Yorkshire",
      "YO30 7BW",
      "GB",
    ],
    [
      "orders@harbourcafe.test",
      "",
      "",
      "",
      "Harbour Café",
      "wholesale",
      "no",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ],
  ],
};
