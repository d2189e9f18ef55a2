"use client";

import { Controller } from "react-hook-form";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxGroup } from "@/components/team/checkbox-group";
import { RoleCheckboxes, type RoleOption } from "@/components/team/role-checkboxes";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { updateMemberRolesSchema } from "@/lib/team/schemas";
import { updateMemberRolesAction } from "./actions";
import type { MemberSummary } from "./member-actions";

export interface ChangeRolesDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  member: MemberSummary;
  roles: RoleOption[];
  isYou: boolean;
}

export function ChangeRolesDialog({ open, ...props }: ChangeRolesDialogProps) {
  return (
    <Dialog
      open={open}
      onOpenChange={props.onOpenChange}
      title={`Change roles for ${props.member.name}`}
      className="text-left whitespace-normal"
      description="A teammate can do everything any of their roles allows."
    >
      {/* Dialog mounts its body only while open: each opening starts from the current roles. */}
      <ChangeRolesForm {...props} />
    </Dialog>
  );
}

function ChangeRolesForm({
  onOpenChange,
  member,
  roles,
  isYou,
}: Omit<ChangeRolesDialogProps, "open">) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: updateMemberRolesSchema,
    action: updateMemberRolesAction,
    defaultValues: { membershipId: member.membershipId, roleIds: member.roleIds },
    successMessage: `Roles updated for ${member.name}`,
    onSuccess: () => onOpenChange(false),
  });
  const error = form.formState.errors.roleIds?.message;
  // Toasts sit below the modal layer; rule violations (the last owner) show inline too.
  const showFormError = formError && !error;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {showFormError ? <Alert tone="danger">{formError}</Alert> : null}
      {isYou ? (
        <Alert tone="warning">
          These are your own roles. Removing a role may take away your access to this page.
        </Alert>
      ) : null}
      <Controller
        control={form.control}
        name="roleIds"
        render={({ field }) => (
          <CheckboxGroup
            legend="Roles"
            name="roleIds"
            error={error}
            aside={`${field.value.length} selected`}
          >
            <RoleCheckboxes
              roles={roles}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              invalid={Boolean(error)}
              disabled={isPending}
              firstRef={field.ref}
            />
          </CheckboxGroup>
        )}
      />
      <DialogFormFooter
        onCancel={() => onOpenChange(false)}
        pending={isPending}
        submitLabel="Save roles"
      />
    </form>
  );
}
