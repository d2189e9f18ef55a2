import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/auth/auth-card";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invitedAccountState } from "@/lib/team/accept-invitation-as-new-user";
import { findInvitationByToken } from "@/lib/team/invitations";
import { AcceptInvitation, JoinAsNewUser } from "./accept-forms";

export const metadata: Metadata = { title: "Join your team" };

const CLOSED: Record<string, string> = {
  expired: "This invitation has expired. Ask the person who invited you for a new one.",
  accepted: "This invitation has already been used.",
  revoked: "This invitation was withdrawn. Ask for a new one if you still need access.",
};

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, user] = await Promise.all([
    findInvitationByToken(db, token),
    getCurrentUser(),
  ]);

  if (!invitation || invitation.state !== "valid") {
    return (
      <AuthCard title="Invitation unavailable">
        <Alert tone="danger">
          {invitation ? CLOSED[invitation.state] : "This invitation link is not valid."}
        </Alert>
      </AuthCard>
    );
  }

  const inviter = invitation.invitedBy?.name ?? invitation.invitedBy?.email ?? "A teammate";
  const description = `${inviter} invited ${invitation.email} to join ${invitation.org.name} as ${invitation.roleNames.join(", ")}.`;
  const here = `/invite/${token}`;

  if (user) {
    const matches = user.email.toLowerCase() === invitation.email.toLowerCase();
    return (
      <AuthCard title={`Join ${invitation.org.name}`} description={description}>
        {matches ? (
          <AcceptInvitation token={token} orgName={invitation.org.name} />
        ) : (
          <Alert tone="warning">
            You are signed in as {user.email}, but this invitation is for {invitation.email}. Sign
            out and sign in with that address to accept it.
          </Alert>
        )}
      </AuthCard>
    );
  }

  const account = await invitedAccountState(db, invitation.email);
  if (account === "verified") {
    return (
      <AuthCard title={`Join ${invitation.org.name}`} description={description}>
        <Link
          href={`/sign-in?email=${encodeURIComponent(invitation.email)}&next=${encodeURIComponent(here)}`}
          className={buttonClasses({ className: "w-full" })}
        >
          Sign in to accept
        </Link>
      </AuthCard>
    );
  }

  // An account whose address was never confirmed may not be this person's: following this
  // link proves the address, so they choose the password and any other holder is signed out.
  const ask =
    account === "unverified"
      ? "Choose your name and password to accept."
      : "Create your account to accept.";
  return (
    <AuthCard title={`Join ${invitation.org.name}`} description={`${description} ${ask}`}>
      <JoinAsNewUser token={token} email={invitation.email} />
    </AuthCard>
  );
}
