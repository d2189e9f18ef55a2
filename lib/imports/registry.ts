import "server-only";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { customersImport } from "./kinds/customers";
import { inventoryCountsImport } from "./kinds/inventory-counts";
import { productsImport } from "./kinds/products";
import { salesImport } from "./kinds/sales";
import { staffShiftsImport } from "./kinds/staff-shifts";
import type { ImportKindDefinition } from "./kinds/types";

/** Every kind of import, by its ImportKind. Each kind's rows have their own type. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const importKinds: Record<ImportKind, ImportKindDefinition<any>> = {
  SALES: salesImport,
  INVENTORY_COUNTS: inventoryCountsImport,
  PRODUCTS: productsImport,
  CUSTOMERS: customersImport,
  STAFF_SHIFTS: staffShiftsImport,
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function getImportKind(kind: ImportKind): ImportKindDefinition<any> {
  const definition = importKinds[kind];
  if (!definition) throw new Error(`Unknown import kind "${kind}".`);
  return definition;
}
