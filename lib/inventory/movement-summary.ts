import type { LockedLevel } from "./levels";
import type { Movement } from "./ledger";

export type LevelChange = {
  variantId: string;
  locationId: string;
  onHandBefore: number;
  onHandAfter: number;
};

/**
 * Condenses applyMovements' result (one after-snapshot per movement, in order) into one
 * before/after pair per level, the shape written to the audit log.
 */
export function summarizeChanges(movements: Movement[], changed: LockedLevel[]) {
  const applied = movements.filter((m) => Number.isInteger(m.quantity) && m.quantity !== 0);
  const byLevel = new Map<string, LevelChange>();
  applied.forEach((m, i) => {
    const after = changed[i]!;
    const key = `${m.variantId}:${m.locationId}`;
    const existing = byLevel.get(key);
    if (existing) existing.onHandAfter = after.onHand;
    else {
      byLevel.set(key, {
        variantId: m.variantId,
        locationId: m.locationId,
        onHandBefore: after.onHand - m.quantity,
        onHandAfter: after.onHand,
      });
    }
  });
  return [...byLevel.values()];
}

/** Splits level changes into the audit log's before and after. */
export function auditPair(changes: LevelChange[], extra: Record<string, unknown> = {}) {
  return {
    before: {
      levels: changes.map(({ variantId, locationId, onHandBefore }) => ({
        variantId,
        locationId,
        onHand: onHandBefore,
      })),
    },
    after: {
      ...extra,
      levels: changes.map(({ variantId, locationId, onHandAfter }) => ({
        variantId,
        locationId,
        onHand: onHandAfter,
      })),
    },
  };
}
