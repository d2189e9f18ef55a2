import "server-only";
import { notFound } from "@/lib/errors";
import type { ReadScope } from "@/lib/scope";

export const DETAIL_MOVEMENTS = 50;
export const DETAIL_ORDERS = 20;

type StockCell = {
  locationId: string;
  onHand: number;
  committed: number;
  available: number;
  backordered: number;
  reorderPoint: number;
};

/**
 * Everything the product page shows: the product, its variants with stock per location, the
 * last 50 stock movements and the last 20 orders that contain it. Locations are the active ones
 * plus any archived one still holding something of this product. Movements and orders are
 * read only when `include` asks for them: they belong to the inventory and orders permissions.
 */
export async function getProductDetail(
  { db, orgId }: ReadScope,
  productId: string,
  // Each part loads only for a viewer allowed to see it (stock levels: inventory.view).
  include: { movements: boolean; orders: boolean; stock?: boolean } = {
    movements: true,
    orders: true,
  },
) {
  const product = await db.product.findFirst({
    where: { id: productId, orgId },
    include: {
      category: { select: { id: true, name: true, archivedAt: true } },
      supplier: { select: { id: true, name: true, leadTimeDays: true, archivedAt: true } },
      variants: { orderBy: [{ status: "asc" }, { position: "asc" }, { id: "asc" }] },
    },
  });
  if (!product) throw notFound("Product");
  const variantIds = product.variants.map((v) => v.id);

  const [levels, allLocations, movements, orders] = await Promise.all([
    include.stock === false
      ? Promise.resolve([])
      : db.inventoryLevel.findMany({ where: { orgId, variantId: { in: variantIds } } }),
    db.location.findMany({ where: { orgId }, orderBy: { name: "asc" } }),
    include.movements
      ? db.stockMovement.findMany({
          where: { orgId, variantId: { in: variantIds } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: DETAIL_MOVEMENTS,
        })
      : Promise.resolve([]),
    include.orders
      ? db.order.findMany({
          where: { orgId, lines: { some: { variantId: { in: variantIds } } } },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: DETAIL_ORDERS,
          include: {
            customer: { select: { id: true, firstName: true, lastName: true, email: true } },
            lines: {
              where: { variantId: { in: variantIds } },
              select: { quantity: true, totalMinor: true },
            },
          },
        })
      : Promise.resolve([]),
  ]);

  const holding = new Set(
    levels.filter((l) => l.onHand !== 0 || l.committed !== 0).map((l) => l.locationId),
  );
  const locations = allLocations
    .filter((l) => !l.archivedAt || holding.has(l.id))
    .map((l) => ({ id: l.id, name: l.name, code: l.code, archived: Boolean(l.archivedAt) }));
  const levelOf = new Map(levels.map((l) => [`${l.variantId}:${l.locationId}`, l]));
  const locationName = new Map(allLocations.map((l) => [l.id, l.name]));

  const variants = product.variants.map((v) => {
    const stock: StockCell[] = locations.map((loc) => {
      const level = levelOf.get(`${v.id}:${loc.id}`);
      return {
        locationId: loc.id,
        onHand: level?.onHand ?? 0,
        committed: level?.committed ?? 0,
        available: (level?.onHand ?? 0) - (level?.committed ?? 0),
        backordered: level?.backordered ?? 0,
        reorderPoint: level?.reorderPoint ?? 0,
      };
    });
    const sum = (key: "onHand" | "committed" | "available") =>
      stock.reduce((total, cell) => total + cell[key], 0);
    return {
      id: v.id,
      sku: v.sku,
      barcode: v.barcode,
      optionValues: v.optionValues,
      priceMinor: v.priceMinor,
      costMinor: v.costMinor,
      status: v.status,
      stock,
      onHand: sum("onHand"),
      committed: sum("committed"),
      available: sum("available"),
    };
  });
  const variantById = new Map(variants.map((v) => [v.id, v]));

  return {
    product: {
      id: product.id,
      name: product.name,
      description: product.description,
      status: product.status,
      optionNames: product.optionNames,
      allowBackorder: product.allowBackorder,
      category: product.category,
      supplier: product.supplier,
      createdAt: product.createdAt,
      updatedAt: product.updatedAt,
    },
    variants,
    locations,
    movements: movements.map((m) => ({
      id: m.id,
      createdAt: m.createdAt,
      type: m.type,
      quantity: m.quantity,
      balanceAfter: m.balanceAfter,
      reason: m.reason,
      note: m.note,
      actorLabel: m.actorLabel,
      referenceType: m.referenceType,
      referenceId: m.referenceId,
      variantId: m.variantId,
      sku: variantById.get(m.variantId)?.sku ?? "",
      optionValues: variantById.get(m.variantId)?.optionValues ?? [],
      locationId: m.locationId,
      locationName: locationName.get(m.locationId) ?? "",
    })),
    orders: orders.map((o) => ({
      id: o.id,
      number: o.number,
      status: o.status,
      paymentStatus: o.paymentStatus,
      channel: o.channel,
      createdAt: o.createdAt,
      placedAt: o.placedAt,
      customer: o.customer
        ? {
            id: o.customer.id,
            name:
              [o.customer.firstName, o.customer.lastName].filter(Boolean).join(" ") ||
              o.customer.email ||
              "Customer",
          }
        : null,
      quantity: o.lines.reduce((n, l) => n + l.quantity, 0),
      linesTotalMinor: o.lines.reduce((n, l) => n + l.totalMinor, 0),
      totalMinor: o.totalMinor,
    })),
  };
}

export type ProductDetail = Awaited<ReturnType<typeof getProductDetail>>;
