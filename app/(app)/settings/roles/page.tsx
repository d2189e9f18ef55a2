import type { Metadata } from "next";
import { ShieldPlus } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { sortRolesForDisplay } from "@/components/team/role-order";
import { requireOrg } from "@/lib/auth/page-access";
import { db } from "@/lib/db";
import { listRoles } from "@/lib/team/roles";
import { NewRoleButton } from "./new-role-button";
import { RoleRow } from "./role-row";

export const metadata: Metadata = { title: "Roles" };

export default async function RolesPage() {
  const ctx = await requireOrg("roles.manage");
  const roles = sortRolesForDisplay(await listRoles({ db, orgId: ctx.org.id }));
  const builtIn = roles.filter((r) => r.builtIn);
  const custom = roles.filter((r) => !r.builtIn);
  const isOwner = ctx.roles.some((r) => r.key === "owner");

  return (
    <>
      <PageHeader
        title="Roles"
        description="A role is a named set of permissions. Teammates can hold several roles and get everything those roles allow."
        actions={<NewRoleButton isOwner={isOwner} />}
      />
      <div className="grid gap-6">
        <Card className="pb-0">
          <CardHeader>
            <CardTitle as="h2">Built-in roles</CardTitle>
            <CardDescription>
              Kept up to date by Backroom as new features arrive, so their permissions cannot be
              edited. An owner can still require two-factor sign-in for them.
            </CardDescription>
          </CardHeader>
          <CardContent flush>
            <ul className="divide-y divide-border border-t border-border">
              {builtIn.map((role) => (
                <RoleRow key={role.id} role={role} isOwner={isOwner} />
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card className={custom.length > 0 ? "pb-0" : undefined}>
          <CardHeader>
            <CardTitle as="h2">
              Custom roles{" "}
              <span className="font-normal text-muted-foreground tabular-nums">
                {custom.length}
              </span>
            </CardTitle>
            <CardDescription>
              Roles you define for how your shop works. A role can only be deleted once nobody holds
              it.
            </CardDescription>
          </CardHeader>
          <CardContent flush>
            {custom.length === 0 ? (
              <EmptyState
                icon={ShieldPlus}
                className="border-t border-border py-10"
                title="No custom roles yet"
                description="Create a role such as Sales or Support with just the permissions it needs. Templates give you a head start."
              />
            ) : (
              <ul className="divide-y divide-border border-t border-border">
                {custom.map((role) => (
                  <RoleRow key={role.id} role={role} isOwner={isOwner} />
                ))}
              </ul>
            )}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
