"use client";

import { useState } from "react";
import { UserPlus } from "lucide-react";
import { Controller } from "react-hook-form";
import { toast } from "sonner";
import { useActionForm } from "@/components/forms/use-action-form";
import { CheckboxGroup } from "@/components/team/checkbox-group";
import { RoleCheckboxes, type RoleOption } from "@/components/team/role-checkboxes";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogFormFooter } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { inviteMemberSchema } from "@/lib/team/schemas";
import { inviteMemberAction } from "./actions";

export interface InviteMemberDialogProps {
  roles: RoleOption[];
  orgName: string;
  lifetimeDays: number;
}

export function InviteMemberDialog({ roles, orgName, lifetimeDays }: InviteMemberDialogProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UserPlus />} onClick={() => setOpen(true)}>
        Invite teammate
      </Button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Invite a teammate"
        description={`They'll get an email with a link to join ${orgName}. The link works for ${lifetimeDays} days.`}
      >
        <InviteMemberForm roles={roles} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function InviteMemberForm({ roles, onDone }: { roles: RoleOption[]; onDone: () => void }) {
  const { form, onSubmit, isPending, formError } = useActionForm({
    schema: inviteMemberSchema,
    action: inviteMemberAction,
    defaultValues: { email: "", roleIds: [] },
    onSuccess: (_data, values) => {
      toast.success(`Invitation sent to ${values.email}`);
      onDone();
    },
  });
  const { errors } = form.formState;
  // Toasts sit below the modal layer, so failures without a field to point at show inline too.
  const showFormError = formError && Object.keys(errors).length === 0;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-5">
      {showFormError ? <Alert tone="danger">{formError}</Alert> : null}
      <FormField label="Email" name="email" required error={errors.email?.message}>
        <Input
          type="email"
          autoComplete="off"
          placeholder="alex@example.com"
          disabled={isPending}
          {...form.register("email")}
        />
      </FormField>
      <Controller
        control={form.control}
        name="roleIds"
        render={({ field }) => (
          <CheckboxGroup
            legend="Roles"
            name="roleIds"
            hint="Pick at least one. Permissions add up across roles."
            error={errors.roleIds?.message}
            aside={field.value.length > 0 ? `${field.value.length} selected` : undefined}
          >
            <RoleCheckboxes
              roles={roles}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              invalid={Boolean(errors.roleIds)}
              disabled={isPending}
              firstRef={field.ref}
            />
          </CheckboxGroup>
        )}
      />
      <DialogFormFooter onCancel={onDone} pending={isPending} submitLabel="Send invitation" />
    </form>
  );
}
