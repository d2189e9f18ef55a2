"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { RefreshCw, Trash2 } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { ImportKind } from "@/lib/imports/types";
import { SHEET_SCHEDULES, type SheetSchedule } from "@/lib/imports/sheet-schemas";
import {
  deleteSheetSourceAction,
  syncSheetSourceAction,
  updateSheetSourceAction,
} from "../actions";

export type SheetRow = {
  id: string;
  name: string;
  kind: ImportKind;
  sheetUrl: string;
  schedule: SheetSchedule;
};

/** Sync now (opens the dry run), change the schedule, or remove a sheet. */
export function SheetRowActions({ sheet }: { sheet: SheetRow }) {
  const router = useRouter();
  const [pending, start] = useTransition();

  const sync = () =>
    start(async () => {
      const result = await syncSheetSourceAction({ id: sheet.id });
      if (!result.ok) {
        toast.error(result.error);
        return router.refresh();
      }
      if (result.data.status === "unchanged") {
        toast.success("The sheet has not changed since its last import.");
        return router.refresh();
      }
      if (result.data.status === "started") router.push(`/imports/${result.data.runId}`);
    });

  const reschedule = (schedule: SheetSchedule) =>
    start(async () => {
      const { id, name, kind, sheetUrl } = sheet;
      const result = await updateSheetSourceAction({ id, name, kind, sheetUrl, schedule });
      if (result.ok)
        toast.success(`${sheet.name}: ${SHEET_SCHEDULES[schedule].label.toLowerCase()}`);
      else toast.error(result.error);
    });

  const remove = () =>
    start(async () => {
      if (!window.confirm(`Remove ${sheet.name}? Its past imports stay in the history.`)) return;
      const result = await deleteSheetSourceAction({ id: sheet.id });
      if (result.ok) toast.success("Sheet removed");
      else toast.error(result.error);
    });

  return (
    <div className="flex items-center justify-end gap-2">
      {/* Select fills its wrapper; this box sets the width. */}
      <div className="w-36">
        <Select
          aria-label={`How often to sync ${sheet.name}`}
          className="h-8"
          value={sheet.schedule}
          disabled={pending}
          onChange={(e) => reschedule(e.target.value as SheetSchedule)}
        >
          {Object.entries(SHEET_SCHEDULES).map(([value, s]) => (
            <option key={value} value={value}>
              {s.label}
            </option>
          ))}
        </Select>
      </div>
      <Button size="sm" variant="secondary" onClick={sync} disabled={pending}>
        <RefreshCw aria-hidden className={pending ? "animate-spin" : undefined} /> Sync now
      </Button>
      <Button
        size="icon-sm"
        variant="ghost"
        aria-label={`Remove ${sheet.name}`}
        onClick={remove}
        disabled={pending}
      >
        <Trash2 aria-hidden />
      </Button>
    </div>
  );
}
