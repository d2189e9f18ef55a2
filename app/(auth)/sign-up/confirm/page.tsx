import type { Metadata } from "next";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert } from "@/components/ui/alert";
import { ConfirmSignUpForm } from "./confirm-sign-up-form";

export const metadata: Metadata = { title: "Finish creating your account" };

/**
 * Confirming needs a click, not just a visit: mail scanners open links, and a GET that used the
 * token would create the account (and spend the link) before the person arrives.
 */
export default async function ConfirmSignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <AuthCard
      title="Finish creating your account"
      description="Your email is confirmed with this click, and your shop is ready right after."
    >
      {token ? (
        <ConfirmSignUpForm token={token} />
      ) : (
        <Alert tone="danger">This link is incomplete.</Alert>
      )}
    </AuthCard>
  );
}
