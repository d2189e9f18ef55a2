"use client";

import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { locationInputSchema } from "@/lib/catalog/schemas";
import { createLocationAction, updateLocationAction } from "./actions";

export interface EditableLocation {
  id: string;
  name: string;
  code: string;
  address: string;
}

export function LocationFormDialog({
  open,
  onOpenChange,
  location,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  location?: EditableLocation;
}) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={location ? `Edit ${location.name}` : "New location"}
      description={
        location
          ? "Stock and orders stay with the location; only its details change."
          : "A shop, stockroom or warehouse where you keep stock and fulfil orders."
      }
    >
      <LocationForm location={location} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}

function LocationForm({ location, onDone }: { location?: EditableLocation; onDone: () => void }) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: locationInputSchema,
    action: (values): Promise<ActionResult<unknown>> =>
      location
        ? updateLocationAction({ ...values, locationId: location.id })
        : createLocationAction(values),
    defaultValues: {
      name: location?.name ?? "",
      code: location?.code ?? "",
      address: location?.address ?? "",
    },
    onSuccess: (_data, values) => {
      toast.success(location ? `Changes to ${values.name} saved` : `${values.name} added`);
      onDone();
    },
  });
  const { errors } = form.formState;
  const showFormError = formError && Object.keys(errors).length === 0;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5">
      {showFormError ? <Alert tone="danger">{formError}</Alert> : null}
      <div className="grid gap-5 sm:grid-cols-[1fr_10rem]">
        <FormField label="Name" name="name" required error={errors.name?.message}>
          <Input
            autoComplete="off"
            placeholder="e.g. High Street shop"
            maxLength={80}
            disabled={isPending}
            {...form.register("name")}
          />
        </FormField>
        <FormField
          label="Code"
          name="code"
          required
          hint="Short, for lists and exports."
          error={errors.code?.message}
        >
          <Input
            autoComplete="off"
            placeholder="e.g. HIGH"
            maxLength={16}
            className="font-mono uppercase placeholder:font-sans placeholder:normal-case"
            disabled={isPending}
            {...form.register("code")}
          />
        </FormField>
      </div>
      <FormField label="Address" name="address" error={errors.address?.message}>
        <Textarea
          rows={3}
          maxLength={300}
          placeholder="Optional"
          disabled={isPending}
          {...form.register("address")}
        />
      </FormField>
      <DialogFormFooter
        onCancel={onDone}
        pending={isPending}
        submitLabel={location ? "Save changes" : "Add location"}
      />
    </form>
  );
}
