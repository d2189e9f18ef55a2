"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { LevelSummary } from "@/components/inventory/level-summary";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { receiveStockSchema } from "@/lib/inventory/schemas";
import { receiveStockAction } from "./actions";
import type { StockDialogProps } from "./adjust-stock-dialog";

export function ReceiveStockDialog({ open, onOpenChange, level }: StockDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Receive stock"
      description="Stock that arrived without a purchase order. To receive against an order, open it under Purchase orders."
    >
      <ReceiveStockForm level={level} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}

function ReceiveStockForm({
  level,
  onDone,
}: {
  level: StockDialogProps["level"];
  onDone: () => void;
}) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: receiveStockSchema,
    action: receiveStockAction,
    defaultValues: {
      locationId: level.locationId,
      lines: [{ variantId: level.variantId, quantity: "" }],
      note: "",
    },
    successMessage: "Stock received",
    onSuccess: onDone,
  });
  const { errors } = form.formState;
  const showFormError = formError && Object.keys(errors).length === 0;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <LevelSummary {...level} />
      {showFormError ? <Alert tone="danger">{formError}</Alert> : null}
      <FormField
        label="Quantity received"
        name="lines.0.quantity"
        required
        error={errors.lines?.[0]?.quantity?.message ?? errors.lines?.message}
      >
        <Input inputMode="numeric" autoComplete="off" {...form.register("lines.0.quantity")} />
      </FormField>
      <FormField
        label="Note"
        name="note"
        hint="Optional, e.g. the delivery note number."
        error={errors.note?.message}
      >
        <Textarea rows={2} maxLength={500} {...form.register("note")} />
      </FormField>
      <DialogFormFooter onCancel={onDone} pending={isPending} submitLabel="Receive stock" />
    </form>
  );
}
