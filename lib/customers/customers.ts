import "server-only";
import { Prisma, type Db } from "@/lib/db";
import { notFound, UserError } from "@/lib/errors";
import type { ReadScope, Scope } from "@/lib/scope";
import { customerDisplayName } from "./display-name";
import { inTransaction } from "@/lib/db/in-transaction";
import type { CustomerInput } from "./schemas";

/** Default address first, then in the order they were entered. */
export const addressOrder = [
  { isDefault: "desc" },
  { id: "asc" },
] as const satisfies Prisma.CustomerAddressOrderByWithRelationInput[];

const withAddresses = { addresses: { orderBy: addressOrder } } satisfies Prisma.CustomerInclude;

const EMAIL_TAKEN = "Another customer already uses this email address.";

function emailTaken() {
  return new UserError(EMAIL_TAKEN, { code: "conflict", fieldErrors: { email: [EMAIL_TAKEN] } });
}

async function assertEmailFree(db: Db, orgId: string, email: string | null, exceptId?: string) {
  if (!email) return;
  const clash = await db.customer.findFirst({
    where: {
      orgId,
      email: { equals: email, mode: "insensitive" },
      NOT: exceptId ? { id: exceptId } : undefined,
    },
    select: { id: true },
  });
  if (clash) throw emailTaken();
}

/** Two saves racing past assertEmailFree meet the unique index; answer the same way. */
async function translateUniqueEmail<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw emailTaken();
    }
    throw error;
  }
}

function contactData(input: CustomerInput) {
  return {
    firstName: input.firstName,
    lastName: input.lastName,
    email: input.email,
    phone: input.phone,
    company: input.company,
    tags: input.tags,
    notes: input.notes,
    marketingConsent: input.marketingConsent,
    consentSource: input.consentSource,
  };
}

function addressRows(orgId: string, input: CustomerInput) {
  return input.addresses.map((address) => ({ orgId, ...address }));
}

/** A customer of this organisation with its addresses, or not_found. */
export async function findCustomer({ db, orgId }: ReadScope, customerId: string) {
  const customer = await db.customer.findFirst({
    where: { id: customerId, orgId },
    include: withAddresses,
  });
  if (!customer) throw notFound("Customer");
  return customer;
}

export async function createCustomer({ db, orgId }: Scope, input: CustomerInput) {
  await assertEmailFree(db, orgId, input.email);
  return translateUniqueEmail(
    db.customer.create({
      data: {
        orgId,
        ...contactData(input),
        consentAt: input.marketingConsent ? new Date() : null,
        addresses: { create: addressRows(orgId, input) },
      },
      include: withAddresses,
    }),
  );
}

/**
 * Consent is timestamped when it is given (false → true) and the timestamp is kept while it
 * stands, so "when" stays the moment the customer agreed, not the last edit.
 */
function consentAtAfter(
  before: { marketingConsent: boolean; consentAt: Date | null },
  now: boolean,
) {
  if (!now) return null;
  return before.marketingConsent ? (before.consentAt ?? new Date()) : new Date();
}

/** Replaces contact details, tags, consent and the whole address list. */
export async function updateCustomer(scope: Scope, customerId: string, input: CustomerInput) {
  return inTransaction(scope, async ({ db }) => {
    const before = await findCustomer({ db, orgId: scope.orgId }, customerId);
    await assertEmailFree(db, scope.orgId, input.email, before.id);
    const after = await translateUniqueEmail(
      db.customer.update({
        where: { id: before.id },
        data: {
          ...contactData(input),
          consentAt: consentAtAfter(before, input.marketingConsent),
          addresses: { deleteMany: {}, create: addressRows(scope.orgId, input) },
        },
        include: withAddresses,
      }),
    );
    return { before, after };
  });
}

/**
 * Only customers without orders can be deleted: orders are the shop's books and must keep
 * pointing at someone. The row is locked first so an order cannot attach in between.
 */
export async function deleteCustomer(scope: Scope, customerId: string) {
  return inTransaction(scope, async ({ db }) => {
    const locked = await db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Customer" WHERE "id" = ${customerId} AND "orgId" = ${scope.orgId} FOR UPDATE`;
    if (locked.length === 0) throw notFound("Customer");
    const customer = await findCustomer({ db, orgId: scope.orgId }, customerId);
    const orders = await db.order.count({ where: { orgId: scope.orgId, customerId } });
    if (orders > 0) {
      throw new UserError(
        `${customerDisplayName(customer)} has ${orders} order${orders === 1 ? "" : "s"}, so they can't be deleted: orders must stay in your records. To remove their personal details, anonymise the customer with an erasure instead (coming soon).`,
        { code: "conflict" },
      );
    }
    await db.customer.delete({ where: { id: customer.id } });
    return customer;
  });
}
