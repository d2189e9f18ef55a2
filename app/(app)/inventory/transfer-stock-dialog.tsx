"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { LevelSummary } from "@/components/inventory/level-summary";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { transferStockSchema } from "@/lib/inventory/schemas";
import { transferStockAction } from "./actions";
import type { StockDialogProps } from "./adjust-stock-dialog";
import type { LocationOption } from "./level-actions";

export function TransferStockDialog({
  open,
  onOpenChange,
  level,
  locations,
}: StockDialogProps & { locations: LocationOption[] }) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Transfer stock"
      description={`Move stock from ${level.locationName} to another location. Both sides are recorded together.`}
    >
      {locations.length === 0 ? (
        <Alert tone="info">Add a second location before transferring stock.</Alert>
      ) : (
        <TransferStockForm level={level} locations={locations} onDone={() => onOpenChange(false)} />
      )}
    </Dialog>
  );
}

function TransferStockForm({
  level,
  locations,
  onDone,
}: {
  level: StockDialogProps["level"];
  locations: LocationOption[];
  onDone: () => void;
}) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: transferStockSchema,
    action: transferStockAction,
    defaultValues: {
      fromLocationId: level.locationId,
      toLocationId: locations.length === 1 ? locations[0]!.id : "",
      lines: [{ variantId: level.variantId, quantity: "" }],
      note: "",
    },
    successMessage: "Stock transferred",
    onSuccess: onDone,
  });
  const { errors } = form.formState;
  const showFormError = formError && Object.keys(errors).length === 0;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <LevelSummary {...level} />
      {showFormError ? <Alert tone="danger">{formError}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          label="To location"
          name="toLocationId"
          required
          error={errors.toLocationId?.message}
        >
          <Select {...form.register("toLocationId")}>
            <option value="" disabled>
              Choose a location
            </option>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField
          label="Quantity"
          name="lines.0.quantity"
          required
          hint={`${Math.max(level.available, 0)} available to move`}
          error={errors.lines?.[0]?.quantity?.message ?? errors.lines?.message}
        >
          <Input inputMode="numeric" autoComplete="off" {...form.register("lines.0.quantity")} />
        </FormField>
      </div>
      <FormField label="Note" name="note" hint="Optional." error={errors.note?.message}>
        <Textarea rows={2} maxLength={500} {...form.register("note")} />
      </FormField>
      <DialogFormFooter onCancel={onDone} pending={isPending} submitLabel="Transfer stock" />
    </form>
  );
}
