import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { RoleOption } from "@/components/team/role-checkboxes";
import { sortRolesForDisplay } from "@/components/team/role-order";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { INVITATION_LIFETIME_DAYS, listPendingInvitations } from "@/lib/team/invitations";
import { listMembers } from "@/lib/team/members";
import { listRoles } from "@/lib/team/roles";
import { InvitationsTable } from "./invitations-table";
import { InviteMemberDialog } from "./invite-member-dialog";
import { MembersTable } from "./members-table";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const ctx = await requireOrg("team.view");
  const scope = { db, orgId: ctx.org.id };
  const canManage = ctx.permissions.has("team.manage");
  const [members, invitations, roles] = await Promise.all([
    listMembers(scope),
    listPendingInvitations(scope),
    listRoles(scope),
  ]);
  const roleOptions: RoleOption[] = sortRolesForDisplay(roles).map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    permissionCount: r.permissions.length,
  }));

  return (
    <>
      <PageHeader
        title="Team"
        description={`Everyone who can sign in to ${ctx.org.name}, and what they can do there.`}
        actions={
          canManage ? (
            <InviteMemberDialog
              roles={roleOptions}
              orgName={ctx.org.name}
              lifetimeDays={INVITATION_LIFETIME_DAYS}
            />
          ) : null
        }
      />
      <div className="grid gap-6">
        <Card className="pb-0">
          <CardHeader>
            <CardTitle as="h2">
              Members{" "}
              <span className="font-normal text-muted-foreground tabular-nums">
                {members.length}
              </span>
            </CardTitle>
            <CardDescription>
              {canManage
                ? "Change someone's roles or remove them from the row menu."
                : "You can see the team. Ask an owner to invite people or change roles."}
            </CardDescription>
          </CardHeader>
          <CardContent flush>
            <MembersTable
              members={members}
              roles={roleOptions}
              currentMembershipId={ctx.membershipId}
              canManage={canManage}
              timeZone={ctx.org.timezone}
            />
          </CardContent>
        </Card>
        <Card className={invitations.length > 0 ? "pb-0" : undefined}>
          <CardHeader>
            <CardTitle as="h2">
              Pending invitations{" "}
              <span className="font-normal text-muted-foreground tabular-nums">
                {invitations.length}
              </span>
            </CardTitle>
            <CardDescription>
              Invitations that have not been accepted yet. Links work for {INVITATION_LIFETIME_DAYS}{" "}
              days.
            </CardDescription>
          </CardHeader>
          <CardContent flush>
            <InvitationsTable invitations={invitations} canManage={canManage} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
