"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { reorderSettingsSchema } from "@/lib/inventory/schemas";
import { updateReorderSettingsAction } from "./actions";
import type { StockDialogProps } from "./adjust-stock-dialog";

export function ReorderSettingsDialog({
  open,
  onOpenChange,
  level,
  supplierLeadTime,
}: StockDialogProps & { supplierLeadTime: number | null }) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Reorder settings"
      description={`${level.productName}${
        level.optionValues.length ? ` — ${level.optionValues.join(" / ")}` : ""
      } at ${level.locationName}. When available plus on order falls to the reorder point, it is suggested for reordering.`}
    >
      <ReorderSettingsForm
        level={level}
        supplierLeadTime={supplierLeadTime}
        onDone={() => onOpenChange(false)}
      />
    </Dialog>
  );
}

function ReorderSettingsForm({
  level,
  supplierLeadTime,
  onDone,
}: {
  level: StockDialogProps["level"];
  supplierLeadTime: number | null;
  onDone: () => void;
}) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: reorderSettingsSchema,
    action: updateReorderSettingsAction,
    defaultValues: {
      variantId: level.variantId,
      locationId: level.locationId,
      reorderPoint: String(level.reorderPoint),
      reorderQty: String(level.reorderQty),
      safetyStock: String(level.safetyStock),
      leadTimeDays: level.leadTimeDays === null ? "" : String(level.leadTimeDays),
    },
    successMessage: "Reorder settings saved",
    onSuccess: onDone,
  });
  const { errors } = form.formState;
  const showFormError = formError && Object.keys(errors).length === 0;
  const numeric = { inputMode: "numeric", autoComplete: "off" } as const;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {showFormError ? <Alert tone="danger">{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="Reorder point"
          name="reorderPoint"
          required
          hint="Reorder when available stock falls to this."
          error={errors.reorderPoint?.message}
        >
          <Input {...numeric} {...form.register("reorderPoint")} />
        </FormField>
        <FormField
          label="Reorder quantity"
          name="reorderQty"
          required
          hint="The least to order at a time, e.g. a case."
          error={errors.reorderQty?.message}
        >
          <Input {...numeric} {...form.register("reorderQty")} />
        </FormField>
        <FormField
          label="Safety stock"
          name="safetyStock"
          required
          hint="Extra kept on top of the reorder point."
          error={errors.safetyStock?.message}
        >
          <Input {...numeric} {...form.register("safetyStock")} />
        </FormField>
        <FormField
          label="Lead time (days)"
          name="leadTimeDays"
          hint={
            supplierLeadTime === null
              ? "Leave empty when there is no supplier."
              : `Leave empty to use the supplier's ${supplierLeadTime} days.`
          }
          error={errors.leadTimeDays?.message}
        >
          <Input
            {...numeric}
            placeholder={supplierLeadTime === null ? "" : String(supplierLeadTime)}
            {...form.register("leadTimeDays")}
          />
        </FormField>
      </div>
      <DialogFormFooter onCancel={onDone} pending={isPending} submitLabel="Save settings" />
    </form>
  );
}
