import { randomUUID } from "node:crypto";
import { createCustomer } from "@/lib/customers/customers";
import { customerInputSchema, type CustomerFormValues } from "@/lib/customers/schemas";
import { db, type Db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import type { Scope } from "@/lib/scope";
import { signUpOwner } from "./factories";

/** A new organisation with its owner acting: the scope a server action would hand to lib. */
export async function customerOrg() {
  const owner = await signUpOwner();
  const scope: Scope = {
    db,
    orgId: owner.orgId,
    actor: { type: "USER", id: owner.userId, label: "Olive Owner" },
  };
  return { owner, scope };
}

/** Creates a customer through the shared schema, as the form and the API do. */
export async function makeCustomer(scope: Scope, input: CustomerFormValues = {}) {
  return createCustomer(
    scope,
    customerInputSchema.parse({ firstName: "Test", lastName: randomUUID().slice(0, 8), ...input }),
  );
}

const locations = new Map<string, string>();

async function locationOf(orgId: string) {
  let id = locations.get(orgId);
  if (!id) {
    ({ id } = await db.location.create({ data: { orgId, name: "Test shop", code: "TEST" } }));
    locations.set(orgId, id);
  }
  return id;
}

let orderNumber = 1000;

export type OrderRow = {
  status: OrderStatus;
  totalMinor: number;
  refundedMinor?: number;
  placedAt?: Date | null;
  createdAt?: Date;
};

/**
 * Inserts an order row by hand — only the columns customer statistics read. The orders
 * domain's own functions are exercised by its tests; these check the customer side.
 */
export async function insertOrder(
  orgId: string,
  customerId: string | null,
  order: OrderRow,
  client: Db = db,
) {
  const placed = order.status !== "DRAFT";
  const locationId = await locationOf(orgId);
  return client.order.create({
    data: {
      orgId,
      customerId,
      number: ++orderNumber,
      locationId,
      currency: "GBP",
      status: order.status,
      totalMinor: order.totalMinor,
      subtotalMinor: order.totalMinor,
      refundedMinor: order.refundedMinor ?? 0,
      placedAt: order.placedAt === undefined ? (placed ? new Date() : null) : order.placedAt,
      createdAt: order.createdAt,
    },
  });
}

/** The statistics columns of a customer, as stored. */
export async function storedStats(customerId: string) {
  return db.customer.findUniqueOrThrow({
    where: { id: customerId },
    select: { orderCount: true, lifetimeValueMinor: true, firstOrderAt: true, lastOrderAt: true },
  });
}
