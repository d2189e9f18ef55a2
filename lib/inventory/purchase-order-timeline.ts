import "server-only";
import type { ReadScope } from "@/lib/scope";

/**
 * The audit actions of purchase orders. The timeline is read back from the audit log,
 * which already records who did what and when for every write made through the app.
 */
export const PURCHASE_ORDER_ACTIONS = {
  create: "purchase_order.create",
  createFromSuggestions: "purchase_order.create_from_suggestions",
  update: "purchase_order.update",
  order: "purchase_order.order",
  receive: "purchase_order.receive",
  cancel: "purchase_order.cancel",
} as const;

export type TimelineEvent = {
  kind: "created" | "edited" | "ordered" | "received" | "completed" | "cancelled";
  at: Date;
  actorLabel?: string;
  /** Units received in this delivery. */
  quantity?: number;
};

type Snapshot = { status?: string; lines?: { receivedQty?: number }[] } | null;
type AuditRow = {
  action: string;
  createdAt: Date;
  actorLabel: string;
  before: unknown;
  after: unknown;
};
type Dates = {
  createdAt: Date;
  orderedAt: Date | null;
  receivedAt: Date | null;
  updatedAt: Date;
  status: string;
};

const received = (s: unknown) =>
  ((s as Snapshot)?.lines ?? []).reduce((sum, l) => sum + (l.receivedQty ?? 0), 0);

/**
 * Events from the audit rows of one order, oldest first. Orders written outside the app's
 * actions (the demo seed, imports) have none, so their dates stand in, without actors.
 */
export function buildTimeline(po: Dates, rows: AuditRow[]): TimelineEvent[] {
  if (rows.length === 0) {
    const events: TimelineEvent[] = [{ kind: "created", at: po.createdAt }];
    if (po.orderedAt) events.push({ kind: "ordered", at: po.orderedAt });
    if (po.receivedAt) events.push({ kind: "completed", at: po.receivedAt });
    // A cancelled order can no longer change, so its last update is the cancellation.
    if (po.status === "CANCELLED") events.push({ kind: "cancelled", at: po.updatedAt });
    return events;
  }
  const events: TimelineEvent[] = [];
  for (const row of rows) {
    const base = { at: row.createdAt, actorLabel: row.actorLabel };
    switch (row.action) {
      case PURCHASE_ORDER_ACTIONS.create:
        events.push({ kind: "created", ...base });
        break;
      case PURCHASE_ORDER_ACTIONS.createFromSuggestions:
        events.push({ kind: row.before ? "edited" : "created", ...base });
        break;
      case PURCHASE_ORDER_ACTIONS.update:
        events.push({ kind: "edited", ...base });
        break;
      case PURCHASE_ORDER_ACTIONS.order:
        events.push({ kind: "ordered", ...base });
        break;
      case PURCHASE_ORDER_ACTIONS.receive:
        events.push({
          kind: "received",
          ...base,
          quantity: received(row.after) - received(row.before),
        });
        if ((row.after as Snapshot)?.status === "RECEIVED")
          events.push({ kind: "completed", ...base });
        break;
      case PURCHASE_ORDER_ACTIONS.cancel:
        events.push({ kind: "cancelled", ...base });
        break;
    }
  }
  return events;
}

export async function purchaseOrderTimeline({ db, orgId }: ReadScope, po: Dates & { id: string }) {
  const rows = await db.auditLog.findMany({
    where: { orgId, entityType: "PurchaseOrder", entityId: po.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, createdAt: true, actorLabel: true, before: true, after: true },
  });
  return buildTimeline(po, rows);
}
