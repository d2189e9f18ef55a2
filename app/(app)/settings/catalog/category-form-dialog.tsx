"use client";

import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";
import { categoryInputSchema } from "@/lib/catalog/schemas";
import { createCategoryAction, updateCategoryAction } from "./actions";

export function CategoryFormDialog({
  open,
  onOpenChange,
  category,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  category?: { id: string; name: string };
}) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      size="sm"
      title={category ? `Rename ${category.name}` : "New category"}
      description="Categories group products for filters, reports and alerts."
    >
      <CategoryForm category={category} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}

function CategoryForm({
  category,
  onDone,
}: {
  category?: { id: string; name: string };
  onDone: () => void;
}) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: categoryInputSchema,
    action: (values): Promise<ActionResult<unknown>> =>
      category
        ? updateCategoryAction({ ...values, categoryId: category.id })
        : createCategoryAction(values),
    defaultValues: { name: category?.name ?? "" },
    onSuccess: (_data, values) => {
      toast.success(category ? `Renamed to ${values.name}` : `${values.name} added`);
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
          placeholder="e.g. Shirts"
          maxLength={60}
          disabled={isPending}
          {...form.register("name")}
        />
      </FormField>
      <DialogFormFooter
        onCancel={onDone}
        pending={isPending}
        submitLabel={category ? "Save" : "Add category"}
      />
    </form>
  );
}
