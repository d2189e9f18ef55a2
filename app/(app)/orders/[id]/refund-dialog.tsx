"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { formatMoney, minorDigits, toDecimalString } from "@/lib/money";
import { refundSchema } from "@/lib/orders/schemas";
import { refundOrderAction } from "../actions";
import type { OrderForActions } from "./order-actions";

export function RefundDialog({
  order,
  open,
  onOpenChange,
}: {
  order: OrderForActions;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const max = order.refundableMinor;
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: refundSchema,
    action: refundOrderAction,
    defaultValues: {
      orderId: order.id,
      amount: toDecimalString(max, minorDigits(order.currency)),
      reason: "",
    },
    successMessage: (_data) => `Refund recorded on #${order.number}`,
    onSuccess: () => onOpenChange(false),
    // Toasts sit below the modal layer; the dialog shows refusals itself.
    errorDisplay: "inline",
  });
  const { errors } = form.formState;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      dismissible={!isPending}
      title={`Refund order #${order.number}`}
      description={`Up to ${formatMoney(max, order.currency)} can be refunded (${formatMoney(
        order.totalMinor,
        order.currency,
      )} paid, ${formatMoney(order.refundedMinor, order.currency)} already refunded). Backroom records the refund; give the money back through your till or payment provider.`}
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        {formError && !errors.amount ? <Alert tone="danger">{formError}</Alert> : null}
        <FormField label="Amount" name="amount" required error={errors.amount?.message}>
          <Input inputMode="decimal" className="sm:max-w-40" {...form.register("amount")} />
        </FormField>
        <FormField label="Reason" name="reason" required error={errors.reason?.message}>
          <Textarea
            rows={2}
            maxLength={500}
            placeholder="e.g. Returned damaged"
            {...form.register("reason")}
          />
        </FormField>
        <DialogFormFooter
          onCancel={() => onOpenChange(false)}
          pending={isPending}
          submitLabel="Record refund"
        />
      </form>
    </Dialog>
  );
}
