"use client";

import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { supplierInputSchema } from "@/lib/catalog/schemas";
import { createSupplierAction, updateSupplierAction } from "./actions";

export interface EditableSupplier {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  leadTimeDays: number;
  notes: string;
}

export function SupplierFormDialog({
  open,
  onOpenChange,
  supplier,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  supplier?: EditableSupplier;
}) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={supplier ? `Edit ${supplier.name}` : "New supplier"}
      description="Who you buy from. The lead time feeds reorder suggestions and purchase orders."
    >
      <SupplierForm supplier={supplier} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}

function SupplierForm({ supplier, onDone }: { supplier?: EditableSupplier; onDone: () => void }) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: supplierInputSchema,
    action: (values): Promise<ActionResult<unknown>> =>
      supplier
        ? updateSupplierAction({ ...values, supplierId: supplier.id })
        : createSupplierAction(values),
    defaultValues: {
      name: supplier?.name ?? "",
      email: supplier?.email ?? "",
      phone: supplier?.phone ?? "",
      leadTimeDays: supplier?.leadTimeDays ?? 7,
      notes: supplier?.notes ?? "",
    },
    onSuccess: (_data, values) => {
      toast.success(supplier ? `Changes to ${values.name} saved` : `${values.name} added`);
      onDone();
    },
  });
  const { errors } = form.formState;
  const showFormError = formError && Object.keys(errors).length === 0;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5">
      {showFormError ? <Alert tone="danger">{formError}</Alert> : null}
      <FormField label="Name" name="name" required error={errors.name?.message}>
        <Input
          autoComplete="off"
          placeholder="e.g. Northern Linen Co."
          maxLength={120}
          disabled={isPending}
          {...form.register("name")}
        />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label="Email" name="email" error={errors.email?.message}>
          <Input
            type="email"
            autoComplete="off"
            placeholder="orders@supplier.com"
            disabled={isPending}
            {...form.register("email")}
          />
        </FormField>
        <FormField label="Phone" name="phone" error={errors.phone?.message}>
          <Input
            type="tel"
            autoComplete="off"
            placeholder="Optional"
            maxLength={40}
            disabled={isPending}
            {...form.register("phone")}
          />
        </FormField>
      </div>
      <FormField
        label="Lead time"
        name="leadTimeDays"
        required
        hint="Days from ordering to receiving. Stock levels can override it per variant."
        error={errors.leadTimeDays?.message}
      >
        {(control) => (
          <div className="relative max-w-40">
            <Input
              {...control}
              type="number"
              inputMode="numeric"
              min={0}
              max={365}
              className="pr-12 tabular-nums"
              disabled={isPending}
              {...form.register("leadTimeDays")}
            />
            <span className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-sm text-muted-foreground">
              days
            </span>
          </div>
        )}
      </FormField>
      <FormField label="Notes" name="notes" error={errors.notes?.message}>
        <Textarea
          rows={3}
          maxLength={2000}
          placeholder="Account number, ordering days, minimum order…"
          disabled={isPending}
          {...form.register("notes")}
        />
      </FormField>
      <DialogFormFooter
        onCancel={onDone}
        pending={isPending}
        submitLabel={supplier ? "Save changes" : "Add supplier"}
      />
    </form>
  );
}
