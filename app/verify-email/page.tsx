import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert } from "@/components/ui/alert";
import { VerifyEmailForm } from "./verify-email-form";

export const metadata: Metadata = { title: "Verify your email" };

/**
 * Verification needs a click, not just a visit: mail scanners open links, and
 * a GET that consumed the token would burn it before the person arrives.
 */
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Verify your email" description="One click and your address is confirmed.">
      {token ? (
        <VerifyEmailForm token={token} />
      ) : (
        <Alert tone="danger">This link is incomplete.</Alert>
      )}
    </AuthCard>
  );
}
