import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert } from "@/components/ui/alert";
import { getCurrentUser } from "@/lib/auth/current-user";
import { twoFactorRequirementMessage } from "@/lib/auth/two-factor/enforcement";
import { getTwoFactorStatus } from "@/lib/auth/two-factor/manage";
import { getTwoFactorSetupOwed } from "@/lib/organizations/active-organization";
import { TwoFactorSetup } from "./two-factor-setup";
import { SignOutLink } from "../sign-out-link";

export const metadata: Metadata = { title: "Set up two-factor sign-in" };

/**
 * Enrolment, reached from account settings, or forced on a member whose organisation requires
 * two-factor sign-in for their role (every page of that organisation sends them here).
 */
export default async function TwoFactorSetupPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/two-factor");
  const [status, owed] = await Promise.all([getTwoFactorStatus(user.id), getTwoFactorSetupOwed()]);
  if (status.enabledAt) redirect("/settings/account");
  return (
    <AuthCard
      title="Set up two-factor sign-in"
      description="Each sign-in will ask for a code from your phone as well as your password or email link."
      footer={
        owed ? (
          <SignOutLink />
        ) : (
          <Link
            href="/settings/account"
            className="font-medium text-accent-soft-foreground hover:underline"
          >
            Back to your account
          </Link>
        )
      }
    >
      {owed ? (
        <Alert tone="info" title="Required by your organisation" className="mb-5">
          {twoFactorRequirementMessage(owed.org.name, owed.roleNames)}
        </Alert>
      ) : null}
      <TwoFactorSetup doneHref={owed ? "/" : "/settings/account"} />
    </AuthCard>
  );
}
