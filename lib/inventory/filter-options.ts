import "server-only";
import type { ReadScope } from "@/lib/scope";

/** Choices for the inventory toolbars and forms: this organisation's locations, categories and suppliers. */
export async function inventoryFilterOptions({ db, orgId }: ReadScope) {
  const [locations, categories, suppliers] = await Promise.all([
    db.location.findMany({
      where: { orgId },
      orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
      select: { id: true, name: true, code: true, archivedAt: true },
    }),
    db.category.findMany({
      where: { orgId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, archivedAt: true },
    }),
    db.supplier.findMany({
      where: { orgId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, leadTimeDays: true, archivedAt: true },
    }),
  ]);
  return {
    locations: locations.map((l) => ({
      id: l.id,
      name: l.name,
      code: l.code,
      archived: l.archivedAt !== null,
    })),
    categories: categories.map((c) => ({
      id: c.id,
      name: c.name,
      archived: c.archivedAt !== null,
    })),
    // Archived suppliers stay in filters (their orders remain) but are not offered for new ones.
    suppliers: suppliers.map((s) => ({
      id: s.id,
      name: s.name,
      leadTimeDays: s.leadTimeDays,
      archived: s.archivedAt !== null,
    })),
  };
}

export type InventoryFilterOptions = Awaited<ReturnType<typeof inventoryFilterOptions>>;
