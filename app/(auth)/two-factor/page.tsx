import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { getCurrentSession } from "@/lib/auth/current-user";
import { SecondFactorForm } from "./second-factor-form";
import { SignOutLink } from "./sign-out-link";

export const metadata: Metadata = { title: "Two-factor sign-in" };

/** The second sign-in step: every page sends a session that still owes its code here. */
export default async function TwoFactorPage() {
  const current = await getCurrentSession();
  if (!current) redirect("/sign-in");
  if (!current.session.twoFactorPending) redirect("/");
  return (
    <AuthCard
      title="Two-factor sign-in"
      description={`Enter the 6-digit code from your authenticator app to finish signing in as ${current.user.email}.`}
      footer={
        <>
          Not you? <SignOutLink />
        </>
      }
    >
      <SecondFactorForm />
    </AuthCard>
  );
}
