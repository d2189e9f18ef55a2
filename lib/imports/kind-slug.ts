import { z } from "zod";
import { ImportKind } from "@/lib/generated/prisma/enums";

/** "INVENTORY_COUNTS" ↔ "inventory-counts": how kinds appear in URLs and file names. */
export function kindSlug(kind: ImportKind): string {
  return kind.toLowerCase().replace(/_/g, "-");
}

/** A kind from a URL, written either way ("inventory-counts" or "INVENTORY_COUNTS"). */
export const importKindParamSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toUpperCase().replace(/-/g, "_") : value),
  z.enum(ImportKind, {
    error: `Choose one of: ${Object.values(ImportKind).map(kindSlug).join(", ")}.`,
  }),
);
