import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Sign-in problem" };

const MESSAGES: Record<string, string> = {
  Verification:
    "That sign-in link has expired or was already used. Links work once, within 15 minutes.",
  AccessDenied: "That sign-in link can't be used for this account.",
  Configuration: "Sign-in is not available right now. Please try again in a moment.",
};

export default async function AuthErrorPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string }>;
}) {
  const { error } = await searchParams;
  return (
    <AuthCard
      title="We couldn't sign you in"
      description={MESSAGES[error ?? ""] ?? "Something went wrong while signing you in."}
    >
      <Link href="/sign-in" className={buttonClasses({ className: "w-full" })}>
        Request a new link
      </Link>
    </AuthCard>
  );
}
