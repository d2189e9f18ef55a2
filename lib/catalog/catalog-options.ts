import "server-only";
import type { ReadScope } from "@/lib/scope";

/**
 * Categories, suppliers and locations for selects and filters, by name. Archived ones are
 * included and flagged: filters and a product that already uses one still need to show them,
 * while pickers for new choices leave them out.
 */
export async function listCatalogOptions({ db, orgId }: ReadScope) {
  const [categories, suppliers, locations] = await Promise.all([
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
    db.location.findMany({
      where: { orgId },
      orderBy: { name: "asc" },
      select: { id: true, name: true, code: true, archivedAt: true },
    }),
  ]);
  const flag = <T extends { archivedAt: Date | null }>({ archivedAt, ...rest }: T) => ({
    ...rest,
    archived: archivedAt !== null,
  });
  return {
    categories: categories.map(flag),
    suppliers: suppliers.map(flag),
    locations: locations.map(flag),
  };
}

export type CatalogOptions = Awaited<ReturnType<typeof listCatalogOptions>>;
