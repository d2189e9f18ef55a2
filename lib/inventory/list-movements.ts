import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EXPORT_LIMIT, pageWindow, toPage } from "@/lib/list-params";
import type { ReadScope } from "@/lib/scope";
import { variantName } from "./labels";
import {
  MOVEMENT_TYPE_LABELS,
  type MovementFilters,
  type MovementListParams,
} from "./list-schemas";

const DAY = 86_400_000;

function whereOf(orgId: string, f: Partial<MovementFilters>): Prisma.StockMovementWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (f.from) createdAt.gte = new Date(`${f.from}T00:00:00Z`);
  // `to` includes the whole day.
  if (f.to) createdAt.lt = new Date(Date.parse(`${f.to}T00:00:00Z`) + DAY);
  return {
    orgId,
    variantId: f.variant || undefined,
    locationId: f.location || undefined,
    type: f.type,
    createdAt: f.from || f.to ? createdAt : undefined,
    variant: f.q
      ? {
          OR: [
            { sku: { contains: f.q, mode: "insensitive" } },
            { product: { name: { contains: f.q, mode: "insensitive" } } },
          ],
        }
      : undefined,
  };
}

const include = {
  variant: {
    select: { sku: true, optionValues: true, product: { select: { id: true, name: true } } },
  },
} satisfies Prisma.StockMovementInclude;

type MovementWithVariant = Prisma.StockMovementGetPayload<{ include: typeof include }>;

function orderOf(params: Pick<MovementListParams, "sort" | "dir">) {
  // Within one instant, the id keeps movements of one transaction in a stable order.
  const order: Prisma.StockMovementOrderByWithRelationInput[] =
    params.sort === "quantity"
      ? [{ quantity: params.dir }, { createdAt: "desc" }]
      : [{ createdAt: params.dir }];
  return [...order, { id: params.dir }];
}

async function locationNames(db: ReadScope["db"], orgId: string) {
  const locations = await db.location.findMany({
    where: { orgId },
    select: { id: true, name: true },
  });
  return new Map(locations.map((l) => [l.id, l.name]));
}

function toRow(m: MovementWithVariant, locations: Map<string, string>) {
  return {
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
    productId: m.variant.product.id,
    variantName: variantName(m.variant),
    sku: m.variant.sku,
    locationId: m.locationId,
    locationName: locations.get(m.locationId) ?? "—",
  };
}

export type MovementRow = ReturnType<typeof toRow>;

/** The ledger, newest first by default, for one variant, one location, or the whole shop. */
export async function listMovements({ db, orgId }: ReadScope, params: MovementListParams) {
  const where = whereOf(orgId, params);
  const [movements, total, locations] = await Promise.all([
    db.stockMovement.findMany({ where, include, orderBy: orderOf(params), ...pageWindow(params) }),
    db.stockMovement.count({ where }),
    locationNames(db, orgId),
  ]);
  return toPage(
    movements.map((m) => toRow(m, locations)),
    total,
    params,
  );
}

export const MOVEMENT_EXPORT_COLUMNS = [
  "Date",
  "Type",
  "Product",
  "SKU",
  "Location",
  "Change",
  "Balance after",
  "Reason",
  "Note",
  "By",
  "Reference",
];

export async function listMovementsForExport(
  { db, orgId }: ReadScope,
  params: Omit<MovementListParams, "page" | "pageSize">,
) {
  const [movements, locations] = await Promise.all([
    db.stockMovement.findMany({
      where: whereOf(orgId, params),
      include,
      orderBy: orderOf(params),
      take: EXPORT_LIMIT + 1,
    }),
    locationNames(db, orgId),
  ]);
  const rows: unknown[][] = movements.slice(0, EXPORT_LIMIT).map((m) => {
    const r = toRow(m, locations);
    return [
      r.createdAt.toISOString(),
      MOVEMENT_TYPE_LABELS[r.type],
      r.variantName,
      r.sku,
      r.locationName,
      r.quantity,
      r.balanceAfter,
      r.reason ?? "",
      r.note ?? "",
      r.actorLabel,
      r.referenceType ? `${r.referenceType}:${r.referenceId}` : "",
    ];
  });
  if (movements.length > EXPORT_LIMIT)
    rows.push([`Only the first ${EXPORT_LIMIT} rows were exported.`]);
  return rows;
}
