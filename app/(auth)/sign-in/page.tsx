import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { getCurrentSession, getCurrentUser } from "@/lib/auth/current-user";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { Alert } from "@/components/ui/alert";
import { mailMode } from "@/lib/env";
import { SignInForms } from "./sign-in-forms";

export const metadata: Metadata = { title: "Sign in" };

const LINK_ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Request a new one.",
  AccessDenied: "That sign-in link can't be used. Request a new one.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{
    error?: string;
    reset?: string;
    email?: string;
    next?: string;
    callbackUrl?: string;
  }>;
}) {
  const { error, reset, email, next, callbackUrl } = await searchParams;
  // Only same-site paths, so the link cannot bounce someone to another site.
  const returnTo = safeRedirectPath(next ?? callbackUrl);
  if ((await getCurrentSession())?.session.twoFactorPending) redirect("/two-factor");
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <AuthCard
      title="Sign in to Backroom"
      description="Welcome back. Your shop is waiting."
      footer={
        <>
          New to Backroom?{" "}
          <Link href="/sign-up" className="font-medium text-accent-soft-foreground hover:underline">
            Create an account
          </Link>
        </>
      }
    >
      {error ? (
        <Alert tone="danger" className="mb-4">
          {LINK_ERRORS[error] ?? "Sign-in failed. Please try again."}
        </Alert>
      ) : null}
      {reset ? (
        <Alert tone="success" className="mb-4">
          Your password was changed. Sign in with the new one.
        </Alert>
      ) : null}
      <SignInForms defaultEmail={email ?? ""} returnTo={returnTo} />
      {mailMode === "outbox" ? (
        <p className="mt-6 text-center text-xs text-muted-foreground">
          Emails are not sent on this server: sign-in links are printed in its log.
        </p>
      ) : null}
    </AuthCard>
  );
}
