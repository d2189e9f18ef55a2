"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { revokeInvitationSchema } from "@/lib/team/schemas";
import { revokeInvitationAction } from "./actions";

/** Revoking is instant: a mistaken revoke is undone by inviting again. */
export function RevokeInvitationButton({
  invitationId,
  email,
}: {
  invitationId: string;
  email: string;
}) {
  const { onSubmit, isPending } = useActionForm({
    schema: revokeInvitationSchema,
    action: revokeInvitationAction,
    defaultValues: { invitationId },
    successMessage: `Invitation to ${email} revoked`,
  });
  return (
    <form onSubmit={onSubmit}>
      <Button
        type="submit"
        variant="secondary"
        size="sm"
        loading={isPending}
        aria-label={`Revoke invitation to ${email}`}
      >
        Revoke
      </Button>
    </form>
  );
}
