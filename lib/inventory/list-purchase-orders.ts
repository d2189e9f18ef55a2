import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/errors";
import { pageWindow, toPage } from "@/lib/list-params";
import type { ReadScope } from "@/lib/scope";
import { variantName } from "./labels";
import type { PurchaseOrderListParams } from "./list-schemas";
import { purchaseOrderTimeline } from "./purchase-order-timeline";

function orderOf(params: PurchaseOrderListParams): Prisma.PurchaseOrderOrderByWithRelationInput[] {
  const dir = params.dir;
  switch (params.sort) {
    case "createdAt":
      return [{ createdAt: dir }, { number: "desc" }];
    case "expectedAt":
      return [{ expectedAt: { sort: dir, nulls: "last" } }, { number: "desc" }];
    case "supplier":
      return [{ supplier: { name: dir } }, { number: "desc" }];
    default:
      return [{ number: dir }];
  }
}

function whereOf(orgId: string, params: PurchaseOrderListParams): Prisma.PurchaseOrderWhereInput {
  const q = params.q.replace(/^po-?/i, "");
  return {
    orgId,
    status: params.status,
    supplierId: params.supplier || undefined,
    locationId: params.location || undefined,
    OR: params.q
      ? [
          ...(/^\d{1,9}$/.test(q) ? [{ number: Number(q) }] : []),
          { supplier: { name: { contains: params.q, mode: "insensitive" } } },
          { notes: { contains: params.q, mode: "insensitive" } },
        ]
      : undefined,
  };
}

/** One page of purchase orders with their quantities and value. */
export async function listPurchaseOrders(
  { db, orgId }: ReadScope,
  params: PurchaseOrderListParams,
) {
  const where = whereOf(orgId, params);
  const [orders, total, locations] = await Promise.all([
    db.purchaseOrder.findMany({
      where,
      orderBy: orderOf(params),
      ...pageWindow(params),
      include: {
        supplier: { select: { name: true } },
        lines: { select: { quantity: true, receivedQty: true, unitCostMinor: true } },
      },
    }),
    db.purchaseOrder.count({ where }),
    db.location.findMany({ where: { orgId }, select: { id: true, name: true } }),
  ]);
  const locationNames = new Map(locations.map((l) => [l.id, l.name]));
  const rows = orders.map((po) => ({
    id: po.id,
    number: po.number,
    status: po.status,
    supplierName: po.supplier.name,
    locationName: locationNames.get(po.locationId) ?? "—",
    createdAt: po.createdAt,
    orderedAt: po.orderedAt,
    expectedAt: po.expectedAt,
    lineCount: po.lines.length,
    orderedQty: po.lines.reduce((s, l) => s + l.quantity, 0),
    receivedQty: po.lines.reduce((s, l) => s + l.receivedQty, 0),
    totalMinor: po.lines.reduce((s, l) => s + l.quantity * l.unitCostMinor, 0),
  }));
  return toPage(rows, total, params);
}

export type PurchaseOrderRow = Awaited<ReturnType<typeof listPurchaseOrders>>["rows"][number];

/** A purchase order with named lines and its status timeline, or not_found. */
export async function getPurchaseOrder({ db, orgId }: ReadScope, purchaseOrderId: string) {
  const po = await db.purchaseOrder.findFirst({
    where: { id: purchaseOrderId, orgId },
    include: {
      supplier: { select: { id: true, name: true, email: true, phone: true, leadTimeDays: true } },
      lines: {
        orderBy: { id: "asc" },
        include: {
          variant: {
            select: {
              sku: true,
              optionValues: true,
              product: { select: { id: true, name: true } },
            },
          },
        },
      },
    },
  });
  if (!po) throw notFound("Purchase order");
  const [location, timeline] = await Promise.all([
    db.location.findFirstOrThrow({
      where: { id: po.locationId, orgId },
      select: { id: true, name: true, archivedAt: true },
    }),
    purchaseOrderTimeline({ db, orgId }, po),
  ]);

  return {
    id: po.id,
    number: po.number,
    status: po.status,
    supplier: po.supplier,
    location,
    expectedAt: po.expectedAt,
    notes: po.notes,
    createdAt: po.createdAt,
    orderedAt: po.orderedAt,
    receivedAt: po.receivedAt,
    lines: po.lines.map((l) => ({
      id: l.id,
      variantId: l.variantId,
      productId: l.variant.product.id,
      name: variantName(l.variant),
      sku: l.variant.sku,
      quantity: l.quantity,
      receivedQty: l.receivedQty,
      openQty: Math.max(l.quantity - l.receivedQty, 0),
      unitCostMinor: l.unitCostMinor,
      totalMinor: l.quantity * l.unitCostMinor,
    })),
    totalMinor: po.lines.reduce((s, l) => s + l.quantity * l.unitCostMinor, 0),
    timeline,
  };
}

export type PurchaseOrderDetail = Awaited<ReturnType<typeof getPurchaseOrder>>;
