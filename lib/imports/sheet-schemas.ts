import { z } from "zod";
import { id, text } from "@/lib/validation/fields";
import { ImportKind } from "@/lib/generated/prisma/enums";

/** How often a sheet is read again on its own. */
export const SHEET_SCHEDULES = {
  manual: { label: "Manual only", minutes: null },
  hourly: { label: "Every hour", minutes: 60 },
  daily: { label: "Every day", minutes: 24 * 60 },
} as const;
export type SheetSchedule = keyof typeof SHEET_SCHEDULES;

export function scheduleOf(syncEveryMinutes: number | null): SheetSchedule {
  const entry = Object.entries(SHEET_SCHEDULES).find(([, s]) => s.minutes === syncEveryMinutes);
  return (entry?.[0] as SheetSchedule | undefined) ?? "manual";
}

/** A sheet source as its form, the server actions and the tests send it. */
export const sheetSourceInputSchema = z.object({
  name: text({ error: "Name the sheet." })
    .min(1, "Name the sheet, e.g. Weekend market sales.")
    .max(80, "Keep the name to 80 characters."),
  kind: z.enum(ImportKind, { error: "Choose what the sheet holds." }),
  sheetUrl: text({ max: 2000, error: "Paste the sheet's link." })
    .min(1, "Paste the sheet's link.")
    .max(2000, "That link is too long."),
  schedule: z.enum(Object.keys(SHEET_SCHEDULES) as [SheetSchedule, ...SheetSchedule[]], {
    error: "Choose how often to sync.",
  }),
});
export type SheetSourceInput = z.infer<typeof sheetSourceInputSchema>;

export const sheetSourceIdSchema = z.object({ id: id() });

export const updateSheetSourceSchema = sheetSourceInputSchema.extend(sheetSourceIdSchema.shape);
