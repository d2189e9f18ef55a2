import { UsersRound } from "lucide-react";
import { MemberAvatar } from "@/components/team/member-avatar";
import { RoleBadges } from "@/components/team/role-badges";
import type { RoleOption } from "@/components/team/role-checkboxes";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { listMembers } from "@/lib/team/members";
import { formatDate } from "./format-date";
import { MemberActions } from "./member-actions";

type Member = Awaited<ReturnType<typeof listMembers>>[number];

export interface MembersTableProps {
  members: Member[];
  roles: RoleOption[];
  currentMembershipId: string;
  canManage: boolean;
  timeZone: string;
}

export function MembersTable({
  members,
  roles,
  currentMembershipId,
  canManage,
  timeZone,
}: MembersTableProps) {
  if (members.length === 0) {
    return (
      <EmptyState
        icon={UsersRound}
        title="No teammates yet"
        description="Invite the people you work with so they can sign in."
      />
    );
  }
  return (
    <Table>
      <THead>
        <TR className="hover:bg-transparent">
          <TH>Member</TH>
          <TH className="hidden sm:table-cell">Roles</TH>
          <TH className="hidden md:table-cell">Joined</TH>
          {canManage ? (
            <TH className="w-12">
              <span className="sr-only">Actions</span>
            </TH>
          ) : null}
        </TR>
      </THead>
      <TBody>
        {members.map((member) => {
          const isYou = member.id === currentMembershipId;
          const name = member.user.name ?? member.user.email;
          return (
            <TR key={member.id}>
              <TD>
                <div className="flex min-w-0 items-center gap-3">
                  <MemberAvatar name={member.user.name} email={member.user.email} />
                  <div className="grid min-w-0 gap-0.5">
                    <span className="flex items-center gap-2 font-medium">
                      <span className="truncate">{name}</span>
                      {isYou ? <Badge tone="accent">You</Badge> : null}
                    </span>
                    <span className="truncate text-xs text-muted-foreground">
                      {member.user.email}
                    </span>
                    <RoleBadges roles={member.roles} className="mt-1 sm:hidden" />
                  </div>
                </div>
              </TD>
              <TD wrap className="hidden sm:table-cell">
                <RoleBadges roles={member.roles} />
              </TD>
              <TD className="hidden text-muted-foreground md:table-cell">
                <time dateTime={member.createdAt.toISOString()}>
                  {formatDate(member.createdAt, timeZone)}
                </time>
              </TD>
              {canManage ? (
                <TD className="text-right">
                  <MemberActions
                    member={{
                      membershipId: member.id,
                      name,
                      roleIds: member.roles.map((r) => r.id),
                    }}
                    roles={roles}
                    isYou={isYou}
                  />
                </TD>
              ) : null}
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
