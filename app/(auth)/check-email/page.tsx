import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";

export const metadata: Metadata = { title: "Check your email" };

/** Where Auth.js sends visitors after requesting a sign-in link without JavaScript. */
export default function CheckEmailPage() {
  return (
    <AuthCard
      title="Check your email"
      description="If an account exists for that address, a sign-in link is on its way. It works once, within 15 minutes."
      footer={
        <Link href="/sign-in" className="font-medium text-accent-soft-foreground hover:underline">
          Back to sign in
        </Link>
      }
    >
      <p className="text-sm text-muted-foreground">
        You can close this tab and open the link from your inbox.
      </p>
    </AuthCard>
  );
}
