"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { formatMoney } from "@/lib/money";
import { markPaidSchema } from "@/lib/orders/schemas";
import { markPaidAction } from "../actions";
import type { OrderForActions } from "./order-actions";

export function PayDialog({
  order,
  open,
  onOpenChange,
}: {
  order: OrderForActions;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: markPaidSchema,
    action: markPaidAction,
    defaultValues: { orderId: order.id, note: "" },
    successMessage: `Payment recorded on #${order.number}`,
    onSuccess: () => onOpenChange(false),
    // Toasts sit below the modal layer; the dialog shows refusals itself.
    errorDisplay: "inline",
  });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      dismissible={!isPending}
      title={`Record payment of ${formatMoney(order.totalMinor, order.currency)}`}
      description="Backroom records payments taken at the till, by card machine or by invoice; it does not charge cards."
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        {formError ? <Alert tone="danger">{formError}</Alert> : null}
        <FormField
          label="Reference"
          name="note"
          hint="Optional: how it was paid, e.g. “Card, terminal 2” or an invoice number."
          error={form.formState.errors.note?.message}
        >
          <Input autoComplete="off" maxLength={200} {...form.register("note")} />
        </FormField>
        <DialogFormFooter
          onCancel={() => onOpenChange(false)}
          pending={isPending}
          submitLabel="Mark paid"
        />
      </form>
    </Dialog>
  );
}
