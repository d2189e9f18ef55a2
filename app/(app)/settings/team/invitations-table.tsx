import { MailPlus } from "lucide-react";
import { RelativeTime } from "@/components/format/relative-time";
import { RoleBadges } from "@/components/team/role-badges";
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
          <TH className="hidden sm:table-cell">Roles</TH>
          <TH className="hidden md:table-cell">Invited by</TH>
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
            <TD>
              <span className="font-medium">{invitation.email}</span>
              <RoleBadges roles={invitation.roles} className="mt-1.5 sm:hidden" />
            </TD>
            <TD wrap className="hidden sm:table-cell">
              <RoleBadges roles={invitation.roles} />
            </TD>
            <TD className="hidden text-muted-foreground md:table-cell">
              {invitation.invitedBy
                ? (invitation.invitedBy.name ?? invitation.invitedBy.email)
                : "—"}
            </TD>
            <TD className="text-muted-foreground">
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
