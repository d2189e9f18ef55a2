import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
import { PasswordCard } from "./password-card";
import { SessionsCard } from "./sessions-card";
import { TwoFactorCard } from "./two-factor-card";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const { user, org, roles } = await requireOrg();
  return (
    <>
      <PageHeader title="Your account" description="How you sign in and what you can do here." />
      <div className="grid max-w-2xl gap-6">
        <Card>
          <CardHeader>
            <CardTitle>Profile</CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-[8rem_1fr] gap-y-3 text-sm">
              <dt className="text-muted-foreground">Name</dt>
              <dd>{user.name ?? "—"}</dd>
              <dt className="text-muted-foreground">Email</dt>
              <dd className="flex items-center gap-2">
                {user.email}
                {user.emailVerified ? (
                  <Badge tone="success">Verified</Badge>
                ) : (
                  <Badge tone="warning">Not verified</Badge>
                )}
              </dd>
              <dt className="text-muted-foreground">Roles in {org.name}</dt>
              <dd className="flex flex-wrap gap-1">
                {roles.map((r) => (
                  <Badge key={r.id}>{r.name}</Badge>
                ))}
              </dd>
            </dl>
          </CardContent>
        </Card>
        <PasswordCard userId={user.id} />
        <TwoFactorCard userId={user.id} />
        <SessionsCard />
      </div>
    </>
  );
}
