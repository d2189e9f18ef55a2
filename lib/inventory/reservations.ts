import "server-only";
import { UserError } from "@/lib/errors";
import type { Scope } from "@/lib/scope";
import { applyMovements } from "./ledger";
import { available, levelKey, lockLevels } from "./levels";

export type ReservationLine = {
  variantId: string;
  quantity: number;
  /** The product allows selling more than is available; the shortfall becomes a backorder. */
  allowBackorder: boolean;
  /** Shown in the refusal, e.g. "Linen shirt — M / Blue (SHIRT-M-BL)". */
  label: string;
};

export type Shortage = { variantId: string; label: string; requested: number; available: number };

/**
 * Reserves stock for an order's lines at one location. Either every line is
 * reserved or none is: when a line without backorders is short, the whole call
 * fails with the lines and quantities that are short (UserError, code
 * "conflict", `shortages` on the error). Returns the backordered quantity per line.
 */
export async function reserveStock(scope: Scope, locationId: string, lines: ReservationLine[]) {
  const levels = await lockLevels(
    scope.db,
    scope.orgId,
    lines.map((l) => ({ variantId: l.variantId, locationId })),
  );
  // Several lines of one variant draw on the same level, so count as we go.
  const shortages: Shortage[] = [];
  const backordered: number[] = [];
  for (const line of lines) {
    const level = levels.get(levelKey({ variantId: line.variantId, locationId }))!;
    const free = Math.max(available(level), 0);
    const short = Math.max(line.quantity - free, 0);
    if (short > 0 && !line.allowBackorder) {
      shortages.push({
        variantId: line.variantId,
        label: line.label,
        requested: line.quantity,
        available: free,
      });
    }
    level.committed += line.quantity;
    level.backordered += line.allowBackorder ? short : 0;
    backordered.push(line.allowBackorder ? short : 0);
  }
  if (shortages.length > 0) throw new ShortageError(shortages);
  for (const level of levels.values()) {
    await scope.db.inventoryLevel.update({
      where: { id: level.id },
      data: { committed: level.committed, backordered: level.backordered },
    });
  }
  return backordered;
}

export class ShortageError extends UserError {
  constructor(readonly shortages: Shortage[]) {
    super(
      `Not enough stock: ${shortages
        .map((s) => `${s.label} (${s.requested} requested, ${s.available} available)`)
        .join("; ")}.`,
      { code: "conflict" },
    );
  }
}

export type ReservedLine = { variantId: string; quantity: number; backorderedQty: number };

/** Gives back what an order reserved (cancelling a placed order). */
export async function releaseStock(scope: Scope, locationId: string, lines: ReservedLine[]) {
  const levels = await lockLevels(
    scope.db,
    scope.orgId,
    lines.map((l) => ({ variantId: l.variantId, locationId })),
  );
  for (const line of lines) {
    const level = levels.get(levelKey({ variantId: line.variantId, locationId }))!;
    level.committed -= line.quantity;
    level.backordered -= line.backorderedQty;
  }
  for (const level of levels.values()) {
    await scope.db.inventoryLevel.update({
      where: { id: level.id },
      data: {
        committed: Math.max(level.committed, 0),
        backordered: Math.max(level.backordered, 0),
      },
    });
  }
}

/**
 * Ships reserved stock (fulfilling an order): on-hand and committed both drop by
 * each line's quantity, through SALE movements in the ledger.
 *
 * Backordered units may only ship from stock nobody else was promised. Of a
 * level's committed units, `committed − backordered` were covered by stock when
 * their orders were placed and stay on the shelf for those orders, this one's
 * included; so on-hand must cover all of them plus the backordered units this
 * shipment takes. Otherwise a backorder could take an earlier customer's stock.
 */
export async function shipReservedStock(
  scope: Scope,
  locationId: string,
  lines: (ReservedLine & { label: string })[],
  reference: { type: string; id: string },
) {
  const levels = await lockLevels(
    scope.db,
    scope.orgId,
    lines.map((l) => ({ variantId: l.variantId, locationId })),
  );
  const backorderedHere = new Map<string, number>();
  for (const line of lines) {
    const key = levelKey({ variantId: line.variantId, locationId });
    backorderedHere.set(key, (backorderedHere.get(key) ?? 0) + line.backorderedQty);
  }
  const short = lines.flatMap((line) => {
    const key = levelKey({ variantId: line.variantId, locationId });
    const level = levels.get(key)!;
    const needed = level.committed - level.backordered + backorderedHere.get(key)! - level.onHand;
    return needed > 0 ? [`${line.label} needs ${needed} more`] : [];
  });
  if (short.length > 0) {
    throw new UserError(
      `Waiting for backordered stock: ${[...new Set(short)].join("; ")}. Receive it, then fulfil the order.`,
      { code: "conflict" },
    );
  }
  for (const line of lines) {
    const level = levels.get(levelKey({ variantId: line.variantId, locationId }))!;
    level.committed -= line.quantity;
    level.backordered -= line.backorderedQty;
    await scope.db.inventoryLevel.update({
      where: { id: level.id },
      data: {
        committed: Math.max(level.committed, 0),
        backordered: Math.max(level.backordered, 0),
      },
    });
  }
  await applyMovements(
    scope,
    lines.map((l) => ({
      variantId: l.variantId,
      locationId,
      type: "SALE" as const,
      quantity: -l.quantity,
      reference,
    })),
  );
}
