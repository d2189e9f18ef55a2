import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/auth/auth-card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getTwoFactorHold } from "@/lib/auth/two-factor/gate";
import { getOrgContext } from "@/lib/organizations/active-organization";
import { CreateOrganizationForm } from "./create-organization-form";

export const metadata: Metadata = { title: "Set up your shop" };

/** For a signed-in person who belongs to no organisation (e.g. removed from their last team). */
export default async function OnboardingPage() {
  const hold = await getTwoFactorHold();
  if (hold) redirect(hold.path);
  if (!(await getCurrentUser())) redirect("/sign-in");
  if (await getOrgContext()) redirect("/");
  return (
    <AuthCard
      title="Set up your shop"
      description="You're not part of any organisation yet. Create one, or ask a teammate to invite you."
    >
      <CreateOrganizationForm />
    </AuthCard>
  );
}
