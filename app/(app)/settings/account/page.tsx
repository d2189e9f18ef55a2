import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireOrg } from "@/lib/auth/page-access";
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
        <Card>
          <CardHeader>
            <CardTitle>Password</CardTitle>
          </CardHeader>
          <CardContent className="flex items-center justify-between gap-4 text-sm">
            <p className="text-muted-foreground">
              We&apos;ll email you a link to choose a new password.
            </p>
            <Link href="/forgot-password" className={buttonClasses({ variant: "secondary" })}>
              Change password
            </Link>
          </CardContent>
        </Card>
        <TwoFactorCard userId={user.id} />
      </div>
    </>
  );
}
