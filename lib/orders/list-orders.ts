import "server-only";
import { customerDisplayName } from "@/lib/customers/display-name";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EXPORT_LIMIT, pageWindow, toPage } from "@/lib/list-params";
import { minorDigits, toDecimalString } from "@/lib/money";
import type { ReadScope } from "@/lib/scope";
import { endOfDayIn, startOfDayIn } from "./dates";
import { CHANNEL_LABELS, PAYMENT_LABELS, STATUS_LABELS } from "./labels";
import type { OrderListParams } from "./schemas";

export type OrderFilters = Omit<OrderListParams, "page" | "pageSize" | "sort" | "dir">;

/** The WHERE of the list, its count and its export: one place, always scoped to the org. */
export function orderWhere(
  orgId: string,
  f: OrderFilters,
  timeZone = "UTC",
): Prisma.OrderWhereInput {
  const and: Prisma.OrderWhereInput[] = [];
  const q = f.q.trim();
  if (q) {
    const number = /^#?(\d{1,9})$/.exec(q);
    // Every word must match the customer (name, email, company); "#1042" or "1042" finds the number.
    const words = q.split(/\s+/).slice(0, 6);
    const byCustomer: Prisma.OrderWhereInput = {
      AND: words.map((w) => ({
        customer: {
          OR: [
            { firstName: { contains: w, mode: "insensitive" } },
            { lastName: { contains: w, mode: "insensitive" } },
            { email: { contains: w, mode: "insensitive" } },
            { company: { contains: w, mode: "insensitive" } },
          ],
        },
      })),
    };
    and.push({
      OR: [
        ...(number ? [{ number: Number(number[1]) }] : []),
        byCustomer,
        { externalRef: { equals: q } },
      ],
    });
  }
  if (f.from || f.to) {
    const range = {
      gte: f.from ? startOfDayIn(f.from, timeZone) : undefined,
      lt: f.to ? endOfDayIn(f.to, timeZone) : undefined,
    };
    // An order's date is when it was placed; drafts (never placed) go by when they were created.
    and.push({ OR: [{ placedAt: range }, { placedAt: null, createdAt: range }] });
  }
  return {
    orgId,
    status: f.status,
    paymentStatus: f.payment,
    channel: f.channel,
    locationId: f.location || undefined,
    customerId: f.customer || undefined,
    AND: and,
  };
}

function orderBy(sort: OrderListParams["sort"], dir: "asc" | "desc") {
  const tie: Prisma.OrderOrderByWithRelationInput = { number: "desc" };
  switch (sort) {
    case "date":
      return [{ placedAt: { sort: dir, nulls: "last" as const } }, { createdAt: dir }, tie];
    case "customer":
      return [{ customer: { lastName: dir } }, { customer: { firstName: dir } }, tie];
    case "total":
      return [{ totalMinor: dir }, tie];
    case "status":
      return [{ status: dir }, tie];
    default:
      return [{ number: dir }];
  }
}

const rowSelect = {
  id: true,
  number: true,
  status: true,
  paymentStatus: true,
  channel: true,
  locationId: true,
  currency: true,
  subtotalMinor: true,
  discountMinor: true,
  totalMinor: true,
  refundedMinor: true,
  carrier: true,
  trackingNumber: true,
  placedAt: true,
  createdAt: true,
  customer: {
    select: { id: true, firstName: true, lastName: true, email: true, company: true },
  },
} as const satisfies Prisma.OrderSelect;

type RawRow = Prisma.OrderGetPayload<{ select: typeof rowSelect }>;

/** Location names and unit counts for a page of orders (Order has no Location relation). */
async function decorate(db: Db, orgId: string, rows: RawRow[]) {
  const ids = rows.map((r) => r.id);
  const [locations, units] = await Promise.all([
    db.location.findMany({
      where: { orgId, id: { in: [...new Set(rows.map((r) => r.locationId))] } },
      select: { id: true, name: true },
    }),
    db.orderLine.groupBy({
      by: ["orderId"],
      where: { orgId, orderId: { in: ids } },
      _sum: { quantity: true },
    }),
  ]);
  const locationName = new Map(locations.map((l) => [l.id, l.name]));
  const unitCount = new Map(units.map((u) => [u.orderId, u._sum.quantity ?? 0]));
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    paymentStatus: r.paymentStatus,
    channel: r.channel,
    date: (r.placedAt ?? r.createdAt).toISOString(),
    customer: r.customer
      ? { id: r.customer.id, name: customerDisplayName(r.customer), email: r.customer.email }
      : null,
    locationId: r.locationId,
    locationName: locationName.get(r.locationId) ?? "—",
    units: unitCount.get(r.id) ?? 0,
    currency: r.currency,
    subtotalMinor: r.subtotalMinor,
    discountMinor: r.discountMinor,
    totalMinor: r.totalMinor,
    refundedMinor: r.refundedMinor,
    carrier: r.carrier,
    trackingNumber: r.trackingNumber,
  }));
}

export type OrderListRow = Awaited<ReturnType<typeof decorate>>[number];

/** One page of the organisation's orders, filtered and sorted, with plain (serialisable) rows. */
export async function listOrders(
  { db, orgId }: ReadScope,
  params: OrderListParams,
  timeZone = "UTC",
) {
  const where = orderWhere(orgId, params, timeZone);
  const [rows, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: orderBy(params.sort, params.dir),
      select: rowSelect,
      ...pageWindow(params),
    }),
    db.order.count({ where }),
  ]);
  return toPage(await decorate(db, orgId, rows), total, params);
}

/** How many orders each status tab holds under the other filters (the status filter aside). */
export async function countOrdersByStatus(
  { db, orgId }: ReadScope,
  params: OrderFilters,
  timeZone = "UTC",
) {
  const groups = await db.order.groupBy({
    by: ["status"],
    where: orderWhere(orgId, { ...params, status: undefined }, timeZone),
    _count: { _all: true },
  });
  const counts: Partial<Record<OrderListRow["status"], number>> = {};
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

export const ORDER_EXPORT_COLUMNS = [
  "number",
  "date",
  "status",
  "payment_status",
  "channel",
  "location",
  "customer",
  "customer_email",
  "units",
  "currency",
  "subtotal",
  "discount",
  "total",
  "refunded",
  "carrier",
  "tracking_number",
];

/** The current view of the list (same filters and sort, no paging) as CSV rows. */
export async function exportOrders(
  { db, orgId }: ReadScope,
  params: OrderListParams,
  timeZone = "UTC",
) {
  const raw = await db.order.findMany({
    where: orderWhere(orgId, params, timeZone),
    orderBy: orderBy(params.sort, params.dir),
    select: rowSelect,
    take: EXPORT_LIMIT + 1,
  });
  const rows = await decorate(db, orgId, raw.slice(0, EXPORT_LIMIT));
  const lines: unknown[][] = rows.map((r) => {
    const money = (minor: number) => toDecimalString(minor, minorDigits(r.currency));
    return [
      r.number,
      r.date,
      STATUS_LABELS[r.status],
      PAYMENT_LABELS[r.paymentStatus],
      CHANNEL_LABELS[r.channel],
      r.locationName,
      r.customer?.name ?? "",
      r.customer?.email ?? "",
      r.units,
      r.currency,
      money(r.subtotalMinor),
      money(r.discountMinor),
      money(r.totalMinor),
      money(r.refundedMinor),
      r.carrier ?? "",
      r.trackingNumber ?? "",
    ];
  });
  if (raw.length > EXPORT_LIMIT) {
    lines.push([`Stopped after ${EXPORT_LIMIT} rows: narrow the filters to export the rest.`]);
  }
  return lines;
}
