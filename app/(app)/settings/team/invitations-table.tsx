import { MailPlus } from "lucide-react";
import { RelativeTime } from "@/components/format/relative-time";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { listPendingInvitations } from "@/lib/team/invitations";
import { RevokeInvitationButton } from "./revoke-invitation-button";

type Invitation = Awaited<ReturnType<typeof listPendingInvitations>>[number];

export interface InvitationsTableProps {
  invitations: Invitation[];
  canManage: boolean;
}

export function InvitationsTable({ invitations, canManage }: InvitationsTableProps) {
  if (invitations.length === 0) {
    return (
      <EmptyState
        icon={MailPlus}
        className="py-8"
        title="No pending invitations"
        description={
          canManage
            ? "People you invite appear here until they accept."
            : "Nobody is waiting to join right now."
        }
      />
    );
  }
  return (
    <Table>
      <THead>
        <TR className="hover:bg-transparent">
          <TH>Email</TH>
          <TH>Roles</TH>
          <TH>Invited by</TH>
          <TH>Expires</TH>
          {canManage ? (
            <TH className="w-24">
              <span className="sr-only">Actions</span>
            </TH>
          ) : null}
        </TR>
      </THead>
      <TBody>
        {invitations.map((invitation) => (
          <TR key={invitation.id}>
            <TD className="font-medium">{invitation.email}</TD>
            <TD>
              <div className="flex flex-wrap gap-1.5">
                {invitation.roles.map((role) => (
                  <Badge key={role.id}>{role.name}</Badge>
                ))}
              </div>
            </TD>
            <TD className="text-muted-foreground">
              {invitation.invitedBy
                ? (invitation.invitedBy.name ?? invitation.invitedBy.email)
                : "—"}
            </TD>
            <TD className="whitespace-nowrap text-muted-foreground">
              {invitation.expired ? (
                <Badge tone="warning" dot>
                  Expired
                </Badge>
              ) : (
                <RelativeTime date={invitation.expiresAt} />
              )}
            </TD>
            {canManage ? (
              <TD className="text-right">
                <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
              </TD>
            ) : null}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
