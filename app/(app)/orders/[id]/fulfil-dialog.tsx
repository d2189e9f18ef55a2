"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { fulfilSchema } from "@/lib/orders/schemas";
import { fulfilOrderAction } from "../actions";
import type { OrderForActions } from "./order-actions";

export function FulfilDialog({
  order,
  open,
  onOpenChange,
}: {
  order: OrderForActions;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: fulfilSchema,
    action: fulfilOrderAction,
    defaultValues: { orderId: order.id, carrier: "", trackingNumber: "", trackingUrl: "" },
    successMessage: `Order #${order.number} fulfilled`,
    onSuccess: () => onOpenChange(false),
    // Toasts sit below the modal layer; the dialog shows refusals itself.
    errorDisplay: "inline",
  });
  const { errors } = form.formState;
  const units = order.lines.reduce((sum, l) => sum + l.quantity, 0);
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      dismissible={!isPending}
      title={`Fulfil order #${order.number}`}
      description={`Ships all ${units} unit${units === 1 ? "" : "s"} from ${order.locationName}: stock on hand goes down now. Leave the carrier empty for collection in store.`}
    >
      <form onSubmit={onSubmit} noValidate className="grid gap-4">
        {formError ? <Alert tone="danger">{formError}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField label="Carrier" name="carrier" error={errors.carrier?.message}>
            <Input autoComplete="off" placeholder="e.g. Royal Mail" {...form.register("carrier")} />
          </FormField>
          <FormField
            label="Tracking number"
            name="trackingNumber"
            error={errors.trackingNumber?.message}
          >
            <Input autoComplete="off" {...form.register("trackingNumber")} />
          </FormField>
        </div>
        <FormField
          label="Tracking link"
          name="trackingUrl"
          hint="The carrier's https:// page for this parcel."
          error={errors.trackingUrl?.message}
        >
          <Input
            type="url"
            inputMode="url"
            placeholder="https://"
            {...form.register("trackingUrl")}
          />
        </FormField>
        <DialogFormFooter
          onCancel={() => onOpenChange(false)}
          pending={isPending}
          submitLabel="Fulfil order"
        />
      </form>
    </Dialog>
  );
}
