import "server-only";
import { UserError, notFound } from "@/lib/errors";
import type { Location } from "@/lib/generated/prisma/client";
import type { ReadScope, Scope } from "@/lib/scope";
import type { LocationInput } from "./schemas";
import { isUniqueViolation } from "@/lib/db/query-helpers";

/** The audit log's view of a location. */
function snapshot(l: Location) {
  return {
    id: l.id,
    name: l.name,
    code: l.code,
    address: l.address,
    archivedAt: l.archivedAt?.toISOString() ?? null,
  };
}

/** Locations (active first, then by name) with the units they hold and the variants stocked there. */
export async function listLocations({ db, orgId }: ReadScope) {
  const [locations, totals] = await Promise.all([
    db.location.findMany({
      where: { orgId },
      orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
    }),
    db.$queryRaw<{ locationId: string; onHand: number; committed: number; stocked: number }[]>`
      SELECT "locationId",
             COALESCE(SUM("onHand"), 0)::int AS "onHand",
             COALESCE(SUM("committed"), 0)::int AS "committed",
             COUNT(*) FILTER (WHERE "onHand" > 0)::int AS "stocked"
      FROM "InventoryLevel" WHERE "orgId" = ${orgId}
      GROUP BY "locationId"`,
  ]);
  const byLocation = new Map(totals.map((t) => [t.locationId, t]));
  return locations.map((l) => ({
    ...l,
    onHand: byLocation.get(l.id)?.onHand ?? 0,
    committed: byLocation.get(l.id)?.committed ?? 0,
    stockedVariants: byLocation.get(l.id)?.stocked ?? 0,
  }));
}

export async function getLocation({ db, orgId }: ReadScope, locationId: string) {
  const location = await db.location.findFirst({ where: { id: locationId, orgId } });
  if (!location) throw notFound("Location");
  return location;
}

/** Names are unique regardless of case; codes are stored upper-cased, so they compare exactly. */
async function assertFree({ db, orgId }: ReadScope, input: LocationInput, exceptId?: string) {
  const clashes = await db.location.findMany({
    where: {
      orgId,
      NOT: exceptId ? { id: exceptId } : undefined,
      OR: [{ name: { equals: input.name, mode: "insensitive" } }, { code: input.code }],
    },
  });
  const fieldErrors: Record<string, string[]> = {};
  if (clashes.some((l) => l.name.toLowerCase() === input.name.toLowerCase())) {
    fieldErrors.name = ["Another location has this name."];
  }
  if (clashes.some((l) => l.code === input.code)) {
    fieldErrors.code = ["Another location has this code."];
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new UserError(Object.values(fieldErrors)[0]![0]!, { code: "conflict", fieldErrors });
  }
}

function raced(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new UserError("Another location has this name or code.", { code: "conflict" });
  }
  throw error;
}

export async function createLocation(scope: Scope, input: LocationInput) {
  await assertFree(scope, input);
  const location = await scope.db.location
    .create({ data: { orgId: scope.orgId, ...input } })
    .catch(raced);
  return { before: null, after: snapshot(location) };
}

export async function updateLocation(scope: Scope, locationId: string, input: LocationInput) {
  const before = await getLocation(scope, locationId);
  await assertFree(scope, input, before.id);
  const after = await scope.db.location
    .update({ where: { id: before.id }, data: input })
    .catch(raced);
  return { before: snapshot(before), after: snapshot(after) };
}

/**
 * Archiving hides a location from stock and order forms. Refused while it holds stock or
 * reserved units (they would be stranded where nobody can see them) and for the last active
 * location (orders and stock need somewhere to be).
 */
export async function archiveLocation(scope: Scope, locationId: string) {
  const { db, orgId } = scope;
  const before = await getLocation(scope, locationId);
  if (before.archivedAt) return { before: snapshot(before), after: snapshot(before) };
  // Locks make the checks below hold until commit: the organisation's locations (two
  // archives at once cannot leave none active) and this location's stock levels (a
  // receipt cannot land between the check and the archive).
  await db.$queryRaw`SELECT id FROM "Location" WHERE "orgId" = ${orgId} ORDER BY id FOR UPDATE`;
  await db.$queryRaw`
    SELECT id FROM "InventoryLevel" WHERE "orgId" = ${orgId} AND "locationId" = ${before.id}
    ORDER BY id FOR UPDATE`;
  // Sequential: archiving runs in a transaction, where queries share one connection.
  const stock = await db.inventoryLevel.aggregate({
    where: { orgId, locationId: before.id },
    _sum: { onHand: true, committed: true },
  });
  const otherActive = await db.location.count({
    where: { orgId, archivedAt: null, NOT: { id: before.id } },
  });
  const onHand = stock._sum.onHand ?? 0;
  const committed = stock._sum.committed ?? 0;
  if (onHand > 0) {
    throw new UserError(
      `${before.name} still holds ${onHand} unit${onHand === 1 ? "" : "s"} of stock. Transfer or adjust them out first.`,
      { code: "conflict" },
    );
  }
  if (committed > 0) {
    throw new UserError(
      `${before.name} has ${committed} unit${committed === 1 ? "" : "s"} reserved by open orders. Fulfil or cancel them first.`,
      { code: "conflict" },
    );
  }
  if (otherActive === 0) {
    throw new UserError(`${before.name} is your only active location, so it cannot be archived.`, {
      code: "conflict",
    });
  }
  const after = await db.location.update({
    where: { id: before.id },
    data: { archivedAt: new Date() },
  });
  return { before: snapshot(before), after: snapshot(after) };
}

export async function unarchiveLocation(scope: Scope, locationId: string) {
  const before = await getLocation(scope, locationId);
  if (!before.archivedAt) return { before: snapshot(before), after: snapshot(before) };
  const after = await scope.db.location.update({
    where: { id: before.id },
    data: { archivedAt: null },
  });
  return { before: snapshot(before), after: snapshot(after) };
}
