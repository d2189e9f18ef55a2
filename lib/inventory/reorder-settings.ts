import "server-only";
import type { Scope } from "@/lib/scope";
import { levelKey, lockLevels } from "./levels";
import type { ReorderSettingsInput } from "./schemas";
import { inTransaction } from "@/lib/db/in-transaction";

const SETTINGS = {
  reorderPoint: true,
  reorderQty: true,
  safetyStock: true,
  leadTimeDays: true,
} as const;

/** Sets when and how much to reorder a variant at a location (creating its level if new). */
export async function updateReorderSettings(scope: Scope, input: ReorderSettingsInput) {
  return inTransaction(scope, async ({ db, orgId }) => {
    const locked = await lockLevels(db, orgId, [input]);
    const id = locked.get(levelKey(input))!.id;
    const before = await db.inventoryLevel.findUniqueOrThrow({ where: { id }, select: SETTINGS });
    const after = await db.inventoryLevel.update({
      where: { id },
      data: {
        reorderPoint: input.reorderPoint,
        reorderQty: input.reorderQty,
        safetyStock: input.safetyStock,
        leadTimeDays: input.leadTimeDays,
      },
      select: SETTINGS,
    });
    return { levelId: id, before, after };
  });
}
