import "server-only";
import { z } from "zod";
import { dateTimeCell } from "./cells";
import { locationKey, locationsByCodeOrName } from "./lookups";
import { invalid, readStagedRows, writeRowResults, type RowResult } from "./staged-rows";
import type { ImportContext, ImportKindDefinition } from "./types";

/** A shift is one stretch of work; anything longer is a typo in a date. */
const MAX_SHIFT_MS = 24 * 60 * 60_000;

export type StaffShiftRow = {
  person: string;
  location: string;
  /** ISO instants. */
  startAt: string;
  endAt: string;
};

const person = z
  .string()
  .transform((v) => v.trim().replace(/\s+/g, " "))
  .pipe(z.string().min(1, "Enter who worked the shift.").max(120, "Keep names to 120 characters."));

const location = z
  .string()
  .trim()
  .min(1, "Enter the location's code or name, e.g. SHOP.")
  .max(80, "Keep locations to 80 characters.");

function staffShiftSchema(org: ImportContext["org"]) {
  return z
    .object({
      person,
      location,
      start: dateTimeCell(org.timezone, "when the shift started"),
      end: dateTimeCell(org.timezone, "when the shift ended"),
    })
    .superRefine((row, ctx) => {
      const length = Date.parse(row.end) - Date.parse(row.start);
      if (length <= 0) {
        ctx.addIssue({ code: "custom", path: ["end"], message: "End the shift after it starts." });
      } else if (length > MAX_SHIFT_MS) {
        ctx.addIssue({
          code: "custom",
          path: ["end"],
          message: "A shift can last at most 24 hours. Check the dates.",
        });
      }
    })
    .transform((row): StaffShiftRow => ({
      person: row.person,
      location: row.location,
      startAt: row.start,
      endAt: row.end,
    }));
}

type Match = { row: StaffShiftRow; rowNumber: number; locationId: string };

// reduce, not Math.min(...): spreading a huge rota would overflow the call stack.
const earliest = (ms: Match[]) =>
  new Date(ms.reduce((min, m) => Math.min(min, Date.parse(m.row.startAt)), Infinity));
const latest = (ms: Match[]) =>
  new Date(ms.reduce((max, m) => Math.max(max, Date.parse(m.row.startAt)), -Infinity));

/**
 * Matches rows to locations and to shifts already on record (same person, location and start).
 * Rows naming an unknown location come back as results; the rest as matches.
 */
async function match(ctx: ImportContext) {
  const rows = await readStagedRows<StaffShiftRow>(ctx);
  const locations = await locationsByCodeOrName(ctx);
  const results: RowResult[] = [];
  const matches: Match[] = [];
  for (const { rowNumber, data } of rows) {
    const found = locations.get(locationKey(data.location));
    if (!found) {
      results.push(
        invalid(
          rowNumber,
          "location",
          data.location,
          `No location has the code or name “${data.location}”.`,
        ),
      );
    } else matches.push({ row: data, rowNumber, locationId: found.id });
  }
  const existing = matches.length
    ? await ctx.db.staffShift.findMany({
        // The span of the file's shifts rather than one condition per row: a rota of thousands
        // of rows stays one small query.
        where: {
          orgId: ctx.orgId,
          locationId: { in: [...new Set(matches.map((m) => m.locationId))] },
          startAt: { gte: earliest(matches), lte: latest(matches) },
        },
        select: { id: true, person: true, locationId: true, startAt: true, endAt: true },
      })
    : [];
  const key = (person: string, locationId: string, startAt: string) =>
    `${person}|${locationId}|${startAt}`;
  const byKey = new Map(
    existing.map((s) => [key(s.person, s.locationId, s.startAt.toISOString()), s]),
  );
  return {
    results,
    matches: matches.map((m) => ({
      ...m,
      existing: byKey.get(key(m.row.person, m.locationId, m.row.startAt)),
    })),
  };
}

function classifyMatch(m: Awaited<ReturnType<typeof match>>["matches"][number]): RowResult {
  if (!m.existing) return { rowNumber: m.rowNumber, outcome: "CREATED" };
  const base = { rowNumber: m.rowNumber, entityType: "staff_shift", entityId: m.existing.id };
  const before = m.existing.endAt.toISOString();
  return before === m.row.endAt
    ? { ...base, outcome: "UNCHANGED" }
    : { ...base, outcome: "UPDATED", changes: { end: [before, m.row.endAt] } };
}

/**
 * Staff rota rows: who worked where and when. Feeds the staffing chart (sales per staffed
 * hour). A shift is known by person, location and start, so importing a corrected rota again
 * moves end times instead of doubling shifts.
 */
export const staffShiftsImport: ImportKindDefinition<StaffShiftRow> = {
  kind: "STAFF_SHIFTS",
  label: "Staff shifts",
  description:
    "Who worked where and when, one row per shift. Times are local to your shop; a shift already imported (same person, location and start) has its end time updated.",
  fields: [
    {
      key: "person",
      label: "Person",
      required: true,
      aliases: ["person", "name", "staff", "employee", "staff member", "worker"],
      description: "Name of the person who worked the shift, written the same way every time.",
      example: "Sam Patel",
    },
    {
      key: "location",
      label: "Location",
      required: true,
      aliases: ["location", "location code", "store", "shop", "branch", "site"],
      description: "Where they worked: the location's code (e.g. SHOP) or its name.",
      example: "SHOP",
    },
    {
      key: "start",
      label: "Start",
      required: true,
      aliases: ["start", "start time", "starts", "shift start", "from", "clock in", "started"],
      description:
        "When the shift started, in your shop's time: 2026-11-20 09:00 or 20/11/2026 09:00 (day first).",
      example: "2026-11-20 09:00",
    },
    {
      key: "end",
      label: "End",
      required: true,
      aliases: ["end", "end time", "ends", "shift end", "to", "until", "clock out", "finished"],
      description: "When it ended, after the start and at most 24 hours later.",
      example: "2026-11-20 17:30",
    },
  ],
  rowSchema: staffShiftSchema,
  naturalKey: (row) => `${row.person.toLowerCase()}|${locationKey(row.location)}|${row.startAt}`,

  async classify(ctx) {
    const { results, matches } = await match(ctx);
    await writeRowResults(ctx, [...results, ...matches.map(classifyMatch)]);
  },

  async commit(ctx) {
    const { matches } = await match(ctx);
    const created = matches.filter((m) => !m.existing);
    const updated = matches.filter(
      (m) => m.existing && m.existing.endAt.toISOString() !== m.row.endAt,
    );
    // Ids chosen here so each row can name the shift it created without reading them back.
    const rows = created.map((m) => ({
      id: crypto.randomUUID(),
      orgId: ctx.orgId,
      person: m.row.person,
      locationId: m.locationId,
      startAt: new Date(m.row.startAt),
      endAt: new Date(m.row.endAt),
      importRunId: ctx.runId,
    }));
    if (rows.length > 0) await ctx.db.staffShift.createMany({ data: rows });
    for (const m of updated) {
      await ctx.db.staffShift.update({
        where: { id: m.existing!.id },
        data: { endAt: new Date(m.row.endAt), importRunId: ctx.runId },
      });
    }
    await writeRowResults(ctx, [
      ...created.map((m, i) => ({
        rowNumber: m.rowNumber,
        outcome: "CREATED" as const,
        entityType: "staff_shift",
        entityId: rows[i]!.id,
      })),
      ...updated.map(classifyMatch),
    ]);
  },

  templateRows: [
    ["Sam Patel", "SHOP", "2026-11-20 09:00", "2026-11-20 17:30"],
    ["Jo Okafor", "WH", "2026-11-20 12:00", "2026-11-20 20:00"],
  ],
};
