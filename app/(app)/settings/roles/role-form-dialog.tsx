"use client";

import { Controller } from "react-hook-form";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxGroup } from "@/components/team/checkbox-group";
import { PermissionPicker } from "@/components/team/permission-picker";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { ALL_PERMISSIONS } from "@/lib/rbac/permissions";
import { roleInputSchema } from "@/lib/team/schemas";
import { createRoleAction, updateRoleAction } from "./actions";
import { TemplateSelect } from "./template-select";

export interface EditableRole {
  id: string;
  name: string;
  description: string;
  permissions: string[];
  requireTwoFactor: boolean;
}

export interface RoleFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The custom role to edit; omit to create a new one. */
  role?: EditableRole;
  /** Only owners decide where two-factor sign-in is required. */
  isOwner: boolean;
}

export function RoleFormDialog({ open, onOpenChange, role, isOwner }: RoleFormDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      size="lg"
      title={role ? `Edit ${role.name}` : "New role"}
      description={
        role
          ? "Changes apply straight away to everyone who holds this role."
          : "Name the role and choose what people holding it can do."
      }
    >
      <RoleForm role={role} isOwner={isOwner} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}

function RoleForm({
  role,
  isOwner,
  onDone,
}: {
  role?: EditableRole;
  isOwner: boolean;
  onDone: () => void;
}) {
  // The update action's schema is this one plus the role id, which comes from props, not input.
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: roleInputSchema,
    action: (values): Promise<ActionResult<unknown>> =>
      role ? updateRoleAction({ ...values, roleId: role.id }) : createRoleAction(values),
    defaultValues: {
      name: role?.name ?? "",
      description: role?.description ?? "",
      permissions: role?.permissions ?? [],
      requireTwoFactor: role?.requireTwoFactor ?? false,
    },
    onSuccess: (_data, values) => {
      toast.success(role ? `Changes to “${values.name}” saved` : `Role “${values.name}” created`);
      onDone();
    },
  });
  const { errors, isSubmitted } = form.formState;
  // Toasts sit below the modal layer, so failures without a field to point at show inline too.
  const showFormError = formError && Object.keys(errors).length === 0;

  const applyTemplate = (template: { name: string; permissions: string[] } | null) => {
    form.setValue("permissions", template ? [...template.permissions] : [], {
      shouldDirty: true,
      shouldValidate: isSubmitted,
    });
    if (template && !form.getValues("name").trim()) {
      form.setValue("name", template.name, { shouldDirty: true, shouldValidate: isSubmitted });
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5">
      {showFormError ? <Alert tone="danger">{formError}</Alert> : null}
      {role ? null : <TemplateSelect onApply={applyTemplate} disabled={isPending} />}
      <FormField label="Name" name="name" required error={errors.name?.message}>
        <Input
          autoComplete="off"
          placeholder="e.g. Shop floor"
          maxLength={40}
          {...form.register("name")}
        />
      </FormField>
      <FormField
        label="Description"
        name="description"
        hint="Shown next to the role when inviting teammates."
        error={errors.description?.message}
      >
        <Textarea
          rows={3}
          maxLength={200}
          placeholder="What is this role for?"
          {...form.register("description")}
        />
      </FormField>
      <Controller
        control={form.control}
        name="permissions"
        render={({ field }) => (
          <CheckboxGroup
            legend="Permissions"
            name="permissions"
            error={errors.permissions?.message}
            aside={`${field.value.length} of ${ALL_PERMISSIONS.length} selected`}
          >
            <PermissionPicker
              value={field.value}
              onChange={field.onChange}
              invalid={Boolean(errors.permissions)}
              disabled={isPending}
              firstRef={field.ref}
            />
          </CheckboxGroup>
        )}
      />
      <Checkbox
        label="Require two-factor sign-in for members with this role"
        description={
          isOwner
            ? "They must set up an authenticator app before they can work in this organisation."
            : "Only an owner can change this."
        }
        disabled={isPending || !isOwner}
        {...form.register("requireTwoFactor")}
      />
      {/* Sticky so the save button stays reachable while scrolling the permission list. */}
      <div className="sticky -bottom-6 -mx-6 mt-1 -mb-6 rounded-b-xl bg-card">
        <DialogFooter bleed={false}>
          <Button type="button" variant="secondary" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={isPending}>
            {role ? "Save changes" : "Create role"}
          </Button>
        </DialogFooter>
      </div>
    </form>
  );
}
