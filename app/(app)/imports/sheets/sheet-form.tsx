"use client";

import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ImportKind } from "@/lib/imports/types";
import {
  SHEET_SCHEDULES,
  sheetSourceInputSchema,
  type SheetSchedule,
} from "@/lib/imports/sheet-schemas";
import { createSheetSourceAction, syncSheetSourceAction } from "../actions";

/**
 * Links a shared Google Sheet. With `kind` fixed (the new-import page) it also reads the sheet
 * at once and opens the import; from the sheets page it lists the sheet with a kind to choose.
 */
export function SheetImportForm({
  kind,
  kinds,
}: {
  kind?: ImportKind;
  kinds?: { value: ImportKind; label: string }[];
}) {
  const router = useRouter();
  const syncNow = Boolean(kind);
  const { form, onSubmit, isPending } = useActionForm({
    schema: sheetSourceInputSchema,
    action: createSheetSourceAction,
    defaultValues: {
      name: "",
      sheetUrl: "",
      kind: kind ?? kinds?.[0]?.value,
      schedule: "manual" as SheetSchedule,
    },
    resetOnSuccess: !syncNow,
    successMessage: syncNow ? undefined : "Sheet added",
    onSuccess: async ({ id }) => {
      if (!syncNow) return router.refresh();
      const result = await syncSheetSourceAction({ id });
      if (!result.ok) {
        toast.error(result.error);
        return router.push("/imports/sheets");
      }
      router.push(`/imports/${result.data.runId}`);
    },
  });
  const errors = form.formState.errors;

  return (
    <form onSubmit={onSubmit} className="grid gap-4" noValidate>
      <FormField label="Name" name="name" required error={errors.name?.message}>
        <Input placeholder="Market stall sales" {...form.register("name")} />
      </FormField>
      <FormField
        label="Sheet link"
        name="sheetUrl"
        required
        error={errors.sheetUrl?.message}
        hint='Share the sheet with "Anyone with the link" and paste the link from the address bar.'
      >
        <Input
          type="url"
          placeholder="https://docs.google.com/spreadsheets/d/…/edit#gid=0"
          {...form.register("sheetUrl")}
        />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        {kinds ? (
          <FormField label="Holds" name="kind" required error={errors.kind?.message}>
            <Select {...form.register("kind")}>
              {kinds.map((k) => (
                <option key={k.value} value={k.value}>
                  {k.label}
                </option>
              ))}
            </Select>
          </FormField>
        ) : null}
        <FormField label="Sync" name="schedule" error={errors.schedule?.message}>
          <Select {...form.register("schedule")}>
            {Object.entries(SHEET_SCHEDULES).map(([value, s]) => (
              <option key={value} value={value}>
                {s.label}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <div>
        <Button type="submit" disabled={isPending}>
          {isPending ? "Reading the sheet…" : syncNow ? "Read the sheet" : "Add sheet"}
        </Button>
      </div>
    </form>
  );
}
