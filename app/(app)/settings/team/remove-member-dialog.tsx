"use client";

import { useActionForm } from "@/components/forms/use-action-form";
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
  const { onSubmit, isPending } = useActionForm({
    schema: removeMemberSchema,
    action: removeMemberAction,
    defaultValues: { membershipId: member.membershipId },
    successMessage: `${member.name} was removed from the team`,
    onSuccess: () => onOpenChange(false),
  });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      dismissible={!isPending}
      size="sm"
      title={`Remove ${member.name}?`}
      description="They lose access straight away. Their past activity stays in the audit log, and you can invite them again later."
    >
      <form onSubmit={onSubmit}>
        <DialogFooter bleed={false} className="-mx-6 -mb-6">
          <Button type="button" variant="secondary" onClick={() => onOpenChange(false)}>
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
