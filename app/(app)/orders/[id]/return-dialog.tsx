"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { returnSchema } from "@/lib/orders/schemas";
import { recordReturnAction } from "../actions";
import type { OrderForActions } from "./order-actions";

/** Per line: how many came back and whether they go back on the shelf; one reason for all. */
export function ReturnDialog({
  order,
  open,
  onOpenChange,
}: {
  order: OrderForActions;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: returnSchema,
    action: recordReturnAction,
    defaultValues: {
      orderId: order.id,
      reason: "",
      lines: order.lines.map((l) => ({ orderLineId: l.id, quantity: 0, restock: true })),
    },
    successMessage: `Return recorded on #${order.number}`,
    onSuccess: () => onOpenChange(false),
    // Toasts sit below the modal layer; the dialog shows refusals itself.
    errorDisplay: "inline",
  });
  const { errors } = form.formState;
  const linesError = errors.lines?.message ?? errors.lines?.root?.message;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      dismissible={!isPending}
      size="lg"
      title={`Record a return on #${order.number}`}
      description={`Restocked units go back on the shelf at ${order.locationName}; the rest are written off. Refund the customer separately.`}
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        {formError && !linesError ? <Alert tone="danger">{formError}</Alert> : null}
        <fieldset className="grid gap-3">
          <legend className="mb-2 text-sm font-medium">Items coming back</legend>
          {order.lines.map((line, i) => {
            const returnable = line.quantity - line.returnedQty;
            return (
              <div
                key={line.id}
                className="grid gap-3 rounded-lg border border-border p-3 sm:grid-cols-[minmax(0,1fr)_6rem_auto] sm:items-center"
              >
                <input type="hidden" {...form.register(`lines.${i}.orderLineId`)} />
                <div className="grid min-w-0 gap-0.5">
                  <span className="truncate text-sm font-medium">{line.label}</span>
                  <span className="text-xs text-muted-foreground">
                    {returnable} of {line.quantity} can be returned
                    {line.returnedQty ? ` (${line.returnedQty} already returned)` : ""}
                  </span>
                </div>
                <FormField
                  label="Quantity"
                  hideLabel
                  name={`lines.${i}.quantity`}
                  error={errors.lines?.[i]?.quantity?.message}
                >
                  <Input
                    type="number"
                    min={0}
                    max={returnable}
                    step={1}
                    disabled={returnable === 0}
                    aria-label={`Quantity of ${line.label} returned`}
                    className="text-right tabular-nums"
                    {...form.register(`lines.${i}.quantity`)}
                  />
                </FormField>
                <Checkbox
                  label="Restock"
                  disabled={returnable === 0}
                  aria-label={`Restock ${line.label}`}
                  {...form.register(`lines.${i}.restock`)}
                />
              </div>
            );
          })}
          {linesError ? (
            <p role="alert" className="text-xs font-medium text-danger-foreground">
              {linesError}
            </p>
          ) : null}
        </fieldset>
        <FormField label="Reason" name="reason" required error={errors.reason?.message}>
          <Textarea
            rows={2}
            maxLength={500}
            placeholder="e.g. Wrong size"
            {...form.register("reason")}
          />
        </FormField>
        <DialogFormFooter
          onCancel={() => onOpenChange(false)}
          pending={isPending}
          submitLabel="Record return"
        />
      </form>
    </Dialog>
  );
}
