import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert } from "@/components/ui/alert";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string }>;
}) {
  const { token } = await searchParams;
  return (
    <AuthCard
      title="Choose a new password"
      description="Pick something you don't use anywhere else."
      footer={
        <Link
          href="/forgot-password"
          className="font-medium text-accent-soft-foreground hover:underline"
        >
          Request a new link
        </Link>
      }
    >
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Alert tone="danger">This reset link is incomplete. Request a new one.</Alert>
      )}
    </AuthCard>
  );
}
