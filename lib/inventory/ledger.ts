import "server-only";
import type { MovementType } from "@/lib/generated/prisma/enums";
import { UserError } from "@/lib/errors";
import type { Scope } from "@/lib/scope";
import { recordStockOutTransition } from "@/lib/analytics/stock-outs";
import { levelKey, lockLevels, type LevelKey, type LockedLevel } from "./levels";

export type Movement = LevelKey & {
  type: MovementType;
  /** Signed change to on-hand stock. */
  quantity: number;
  reason?: string;
  note?: string;
  reference?: { type: string; id: string };
};

/**
 * Movements that may take reserved stock: a sale ships what was reserved, and a count
 * records what is physically there (refusing it would leave the ledger wrong).
 */
const RECORDS_REALITY = new Set<MovementType>(["SALE", "COUNT"]);

/**
 * Applies stock movements: locks the levels, changes on-hand, and writes one
 * ledger row per movement with the balance after it. On-hand never goes below
 * zero. The only way on-hand changes, so the ledger always sums to it.
 * Must run inside a transaction (the locks last until it commits).
 */
export async function applyMovements(scope: Scope, movements: Movement[]) {
  const { db, orgId, actor } = scope;
  const levels = await lockLevels(db, orgId, movements);
  const changed: LockedLevel[] = [];
  for (const m of movements) {
    if (!Number.isInteger(m.quantity) || m.quantity === 0) continue;
    const level = levels.get(levelKey(m))!;
    const balanceAfter = level.onHand + m.quantity;
    if (balanceAfter < 0) {
      throw new UserError(`Only ${level.onHand} in stock, so ${-m.quantity} cannot be taken out.`, {
        code: "conflict",
      });
    }
    if (m.quantity < 0 && balanceAfter < level.committed && !RECORDS_REALITY.has(m.type)) {
      // Taking out stock that placed orders have reserved would break their promise. Receiving
      // into a backordered level (onHand < committed) is always fine.
      throw new UserError(
        `${level.committed} of the ${level.onHand} in stock are reserved by orders; at most ${
          level.onHand - level.committed
        } can be taken out.`,
        { code: "conflict" },
      );
    }
    const before = level.onHand;
    level.onHand = balanceAfter;
    await db.inventoryLevel.update({ where: { id: level.id }, data: { onHand: balanceAfter } });
    const movement = await db.stockMovement.create({
      data: {
        orgId,
        variantId: m.variantId,
        locationId: m.locationId,
        type: m.type,
        quantity: m.quantity,
        balanceAfter,
        reason: m.reason,
        note: m.note,
        actorType: actor.type,
        actorId: actor.id ?? null,
        actorLabel: actor.label,
        referenceType: m.reference?.type,
        referenceId: m.reference?.id,
      },
      select: { createdAt: true },
    });
    // Stock-out history for the dashboards: crossing zero opens or closes a period, dated by
    // the movement itself so it matches a rebuild from the ledger.
    await recordStockOutTransition(db, orgId, {
      variantId: m.variantId,
      locationId: m.locationId,
      before,
      after: balanceAfter,
      at: movement.createdAt,
    });
    changed.push({ ...level });
  }
  return changed;
}
