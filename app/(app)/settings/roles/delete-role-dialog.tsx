"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { deleteRoleSchema } from "@/lib/team/schemas";
import { deleteRoleAction } from "./actions";

export interface DeleteRoleDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  role: { id: string; name: string; memberCount: number };
}

export function DeleteRoleDialog({ open, onOpenChange, role }: DeleteRoleDialogProps) {
  const { onSubmit, isPending, formError, clearFormError } = useActionForm({
    schema: deleteRoleSchema,
    action: deleteRoleAction,
    defaultValues: { roleId: role.id },
    successMessage: `Role “${role.name}” deleted`,
    onSuccess: () => onOpenChange(false),
  });
  const setOpen = (next: boolean) => {
    if (!next) clearFormError();
    onOpenChange(next);
  };
  const held = role.memberCount;
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      dismissible={!isPending}
      size="sm"
      title={`Delete ${role.name}?`}
      description="This cannot be undone. Pending invitations that include this role will no longer grant it."
    >
      <form onSubmit={onSubmit}>
        {/* Toasts sit below the modal layer, so the server's refusal is repeated here. */}
        {formError ? (
          <Alert tone="danger" className="mb-4">
            {formError}
          </Alert>
        ) : held > 0 ? (
          <Alert tone="warning" className="mb-4">
            {held === 1 ? "1 teammate holds" : `${held} teammates hold`} this role. Give them
            another role on the Team page first.
          </Alert>
        ) : null}
        <DialogFooter bleed={false} className="-mx-6 -mb-6">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" loading={isPending}>
            Delete role
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
