"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogFooter } from "@/components/ui/dialog";
import { removeMemberSchema } from "@/lib/team/schemas";
import { removeMemberAction } from "./actions";
import type { MemberSummary } from "./member-actions";

export interface RemoveMemberDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  member: MemberSummary;
}

export function RemoveMemberDialog({ open, onOpenChange, member }: RemoveMemberDialogProps) {
  const { onSubmit, isPending, formError, clearFormError } = useActionForm({
    schema: removeMemberSchema,
    action: removeMemberAction,
    defaultValues: { membershipId: member.membershipId },
    successMessage: `${member.name} was removed from the team`,
    onSuccess: () => onOpenChange(false),
  });
  const setOpen = (next: boolean) => {
    if (!next) clearFormError();
    onOpenChange(next);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      dismissible={!isPending}
      size="sm"
      className="text-left whitespace-normal"
      title={`Remove ${member.name}?`}
      description="They lose access straight away. Their past activity stays in the audit log, and you can invite them again later."
    >
      <form onSubmit={onSubmit}>
        {/* Toasts sit below the modal layer: repeat a refusal (the last owner) here. */}
        {formError ? (
          <Alert tone="danger" className="mb-4">
            {formError}
          </Alert>
        ) : null}
        <DialogFooter bleed={false} className="-mx-6 -mb-6">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" loading={isPending}>
            Remove teammate
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}
