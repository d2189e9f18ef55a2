"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { formatMoney } from "@/lib/money";
import { cancelSchema } from "@/lib/orders/schemas";
import { cancelOrderAction } from "../actions";
import type { OrderForActions } from "./order-actions";

export function CancelDialog({
  order,
  open,
  onOpenChange,
  canRefund,
}: {
  order: OrderForActions;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  canRefund: boolean;
}) {
  const refundable = order.refundableMinor;
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: cancelSchema,
    action: cancelOrderAction,
    defaultValues: { orderId: order.id, reason: "", refund: canRefund && refundable > 0 },
    successMessage: `Order #${order.number} cancelled`,
    onSuccess: () => onOpenChange(false),
    // Toasts sit below the modal layer; the dialog shows refusals itself.
    errorDisplay: "inline",
  });
  const holdsStock = order.status === "PLACED" || order.status === "PAID";
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      dismissible={!isPending}
      size="sm"
      title={`Cancel order #${order.number}?`}
      description={
        holdsStock
          ? "The stock it reserved goes back to available. This cannot be undone."
          : "This cannot be undone."
      }
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        {formError ? <Alert tone="danger">{formError}</Alert> : null}
        <FormField label="Reason" name="reason" error={form.formState.errors.reason?.message}>
          <Input
            autoComplete="off"
            placeholder="Optional"
            maxLength={500}
            {...form.register("reason")}
          />
        </FormField>
        {refundable > 0 ? (
          canRefund ? (
            <Checkbox
              label={`Refund ${formatMoney(refundable, order.currency)}`}
              description="Records a refund of everything paid and not yet refunded."
              {...form.register("refund")}
            />
          ) : (
            <Alert tone="warning">
              This order has been paid. Someone allowed to refund will need to refund it.
            </Alert>
          )
        ) : null}
        <DialogFormFooter
          onCancel={() => onOpenChange(false)}
          pending={isPending}
          submitLabel="Cancel order"
          cancelLabel="Keep order"
          danger
        />
      </form>
    </Dialog>
  );
}
