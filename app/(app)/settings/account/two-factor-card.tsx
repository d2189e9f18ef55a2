import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getTwoFactorStatus } from "@/lib/auth/two-factor/manage";
import { RECOVERY_CODE_COUNT } from "@/lib/auth/two-factor/recovery-codes";
import { TwoFactorManage } from "./two-factor-manage";

/** Account settings: whether sign-in asks for a second factor, and the ways to change that. */
export async function TwoFactorCard({ userId }: { userId: string }) {
  const status = await getTwoFactorStatus(userId);
  return (
    <Card>
      <CardHeader
        actions={
          status.enabledAt ? <Badge tone="success">On</Badge> : <Badge tone="neutral">Off</Badge>
        }
      >
        <CardTitle>Two-factor sign-in</CardTitle>
        <CardDescription>
          A code from an authenticator app on your phone, asked for after your password or email
          link.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        {status.enabledAt ? (
          <>
            <p className="text-muted-foreground">
              On since{" "}
              {status.enabledAt.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" })}
              . {status.recoveryCodesLeft} of {RECOVERY_CODE_COUNT} recovery codes unused.
            </p>
            {status.recoveryCodesLeft <= 3 ? (
              <p className="text-warning">
                You&apos;re running out of recovery codes. Make new ones so you can always get in.
              </p>
            ) : null}
            <TwoFactorManage />
          </>
        ) : (
          <div className="flex items-center justify-between gap-4">
            <p className="text-muted-foreground">
              Keeps your shop safe even if someone learns your password.
            </p>
            <Link
              href="/two-factor/setup"
              aria-label="Set up two-factor sign-in"
              className={buttonClasses({ variant: "secondary" })}
            >
              Set up
            </Link>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
