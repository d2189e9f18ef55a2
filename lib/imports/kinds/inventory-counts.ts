import "server-only";
import { z } from "zod";
import { rebuildStockOutPeriods } from "@/lib/analytics/stock-outs";
import { skuSchema } from "@/lib/catalog/schemas";
import { recordStockCount } from "@/lib/inventory/record-stock-count";
import { wholeNumber } from "@/lib/inventory/schemas";
import { CLOCK_SKEW_MS, cell, dateCellMessage, optionalCell, parseLocalDateTime } from "./cells";
import { locationKey, locationsByCodeOrName, variantsBySku } from "./lookups";
import { invalid, readStagedRows, writeRowResults, type RowResult } from "./staged-rows";
import type { ImportContext, ImportKindDefinition } from "./types";

export type InventoryCountRow = {
  sku: string;
  location: string;
  onHand: number;
  /** ISO instant; null means "when the import is committed". */
  countedAt: string | null;
};

function inventoryCountSchema(org: ImportContext["org"]) {
  const countedAt = z.string().transform((value, ctx) => {
    const date = parseLocalDateTime(value, org.timezone);
    if (!date) {
      ctx.addIssue({
        code: "custom",
        message: dateCellMessage(
          value,
          "Enter when it was counted, like 2026-11-20 18:00.",
          "A count cannot be in the future.",
        ),
      });
      return z.NEVER;
    }
    if (date.getTime() > Date.now() + CLOCK_SKEW_MS) {
      ctx.addIssue({ code: "custom", message: "A count cannot be in the future." });
      return z.NEVER;
    }
    return date.toISOString();
  });
  return z
    .object({
      sku: cell(skuSchema),
      location: z
        .string()
        .trim()
        .min(1, "Enter the location's code or name, e.g. SHOP.")
        .max(80, "Keep locations to 80 characters."),
      on_hand: cell(wholeNumber({ min: 0, label: "the counted quantity" })),
      counted_at: optionalCell(countedAt),
    })
    .transform((row): InventoryCountRow => ({
      sku: row.sku,
      location: row.location,
      onHand: row.on_hand,
      countedAt: row.counted_at,
    }));
}

type Line = {
  rowNumber: number;
  row: InventoryCountRow;
  variantId: string;
  locationId: string;
  /** What the books say was on the shelf when it was counted. */
  expected: number;
};

/** Groups by count time and location: one stock count per group, as a person would record it. */
const groupKey = (locationId: string, countedAt: string | null) =>
  `${locationId}|${countedAt ?? ""}`;

/**
 * Resolves SKUs and locations, refuses rows that name the same shelf twice, and works out
 * what the books said at each row's count time: on hand now minus every movement since,
 * the same rule recordStockCount applies, so the predicted change is the one it will write.
 */
async function match(ctx: ImportContext) {
  const rows = await readStagedRows<InventoryCountRow>(ctx);
  const variants = await variantsBySku(
    ctx,
    rows.map((r) => r.data.sku),
  );
  const locations = await locationsByCodeOrName(ctx);
  const results: RowResult[] = [];
  const pending: Omit<Line, "expected">[] = [];
  const seen = new Map<string, number>();
  for (const { rowNumber, data } of rows) {
    const variant = variants.get(data.sku);
    const location = locations.get(locationKey(data.location));
    if (!variant) {
      results.push(
        invalid(rowNumber, "sku", data.sku, `No product variant has the SKU ${data.sku}.`),
      );
    } else if (!location) {
      results.push(
        invalid(
          rowNumber,
          "location",
          data.location,
          `No location has the code or name “${data.location}”.`,
        ),
      );
    } else {
      // "SHOP" and "High Street shop" are the same shelf; two counts of it cannot both be true.
      const shelf = `${variant.id}|${location.id}`;
      const earlier = seen.get(shelf);
      if (earlier !== undefined) {
        results.push(
          invalid(
            rowNumber,
            "sku",
            data.sku,
            `${data.sku} at ${location.code} is already counted on row ${earlier}.`,
          ),
        );
        continue;
      }
      seen.set(shelf, rowNumber);
      pending.push({ rowNumber, row: data, variantId: variant.id, locationId: location.id });
    }
  }

  const levels = pending.length
    ? await ctx.db.inventoryLevel.findMany({
        where: {
          orgId: ctx.orgId,
          variantId: { in: [...new Set(pending.map((p) => p.variantId))] },
          locationId: { in: [...new Set(pending.map((p) => p.locationId))] },
        },
        select: { variantId: true, locationId: true, onHand: true },
      })
    : [];
  const onHand = new Map(levels.map((l) => [`${l.variantId}|${l.locationId}`, l.onHand]));

  const groups = new Map<string, Omit<Line, "expected">[]>();
  for (const p of pending) {
    const key = groupKey(p.locationId, p.row.countedAt);
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const lines: Line[] = [];
  for (const group of groups.values()) {
    const { locationId, row } = group[0]!;
    const movedSince = new Map<string, number>();
    if (row.countedAt) {
      const since = await ctx.db.stockMovement.groupBy({
        by: ["variantId"],
        where: {
          orgId: ctx.orgId,
          locationId,
          variantId: { in: group.map((g) => g.variantId) },
          createdAt: { gt: new Date(row.countedAt) },
        },
        _sum: { quantity: true },
      });
      for (const s of since) movedSince.set(s.variantId, s._sum.quantity ?? 0);
    }
    for (const g of group) {
      const now = onHand.get(`${g.variantId}|${g.locationId}`) ?? 0;
      lines.push({ ...g, expected: now - (movedSince.get(g.variantId) ?? 0) });
    }
  }
  return { results, lines };
}

function classifyLine(line: Line): RowResult {
  const base = { rowNumber: line.rowNumber, entityType: "variant", entityId: line.variantId };
  return line.expected === line.row.onHand
    ? { ...base, outcome: "UNCHANGED" }
    : { ...base, outcome: "UPDATED", changes: { onHand: [line.expected, line.row.onHand] } };
}

/**
 * Stock counts from a spreadsheet: what is on the shelf per SKU and location. Committing records
 * them exactly like a stock count typed into the app (COUNT movements in the ledger for the
 * difference), pointing back at the import, and then refreshes the stock-out history of the
 * counted shelves.
 */
export const inventoryCountsImport: ImportKindDefinition<InventoryCountRow> = {
  kind: "INVENTORY_COUNTS",
  label: "Inventory counts",
  description:
    "What you counted on the shelves: one row per SKU and location. Differences from the books are recorded as stock count movements.",
  fields: [
    {
      key: "sku",
      label: "SKU",
      required: true,
      aliases: ["sku", "sku code", "item code", "product code", "code", "article number"],
      description: "The variant's SKU, exactly as in your catalogue.",
      example: "P01-M-NAVY",
    },
    {
      key: "location",
      label: "Location",
      required: true,
      aliases: ["location", "location code", "store", "shop", "warehouse", "site", "branch"],
      description: "Where it was counted: the location's code (e.g. SHOP) or its name.",
      example: "SHOP",
    },
    {
      key: "on_hand",
      label: "Counted quantity",
      required: true,
      aliases: [
        "on_hand",
        "on hand",
        "onhand",
        "qty",
        "quantity",
        "count",
        "counted",
        "stock",
        "units",
      ],
      description: "How many are physically there: a whole number, 0 or more.",
      example: "12",
    },
    {
      key: "counted_at",
      label: "Counted at",
      required: false,
      aliases: ["counted_at", "counted at", "count date", "date", "counted on", "time"],
      description:
        "When it was counted, in your shop's time (2026-11-20 18:00). Sales and deliveries after that moment are kept. Blank means when the import is committed.",
      example: "2026-11-20 18:00",
    },
  ],
  rowSchema: inventoryCountSchema,
  naturalKey: (row) => `${row.sku}|${locationKey(row.location)}`,

  async classify(ctx) {
    const { results, lines } = await match(ctx);
    await writeRowResults(ctx, [...results, ...lines.map(classifyLine)]);
  },

  async commit(ctx) {
    const { lines } = await match(ctx);
    const changed = lines.filter((l) => l.expected !== l.row.onHand);
    const scope = { db: ctx.db, orgId: ctx.orgId, actor: ctx.actor };
    const reference = { type: "import", id: ctx.runId };
    const run = await ctx.db.importRun.findFirst({
      where: { id: ctx.runId, orgId: ctx.orgId },
      select: { number: true },
    });
    const note = run ? `Import #${run.number}` : "Import";
    // Rows without a count time were counted "now"; one moment for all of them keeps them together.
    const committedAt = new Date();
    const groups = new Map<string, Line[]>();
    for (const line of changed) {
      const key = groupKey(line.locationId, line.row.countedAt);
      const group = groups.get(key);
      if (group) group.push(line);
      else groups.set(key, [line]);
    }
    for (const group of groups.values()) {
      const { locationId, row } = group[0]!;
      await recordStockCount(
        scope,
        {
          locationId,
          countedAt: row.countedAt ? new Date(row.countedAt) : committedAt,
          lines: group.map((l) => ({ variantId: l.variantId, counted: l.row.onHand })),
          note,
        },
        { reference },
      );
    }
    if (changed.length > 0) {
      await rebuildStockOutPeriods(
        ctx.db,
        ctx.orgId,
        changed.map((l) => ({ variantId: l.variantId, locationId: l.locationId })),
      );
    }
    await writeRowResults(ctx, changed.map(classifyLine));
  },

  templateRows: [
    ["P01-M-NAVY", "SHOP", "12", "2026-11-20 18:00"],
    ["P13-COBA", "WH", "40", "2026-11-20 18:00"],
  ],
};
