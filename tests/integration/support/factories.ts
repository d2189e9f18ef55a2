import { randomUUID } from "node:crypto";
import { signUpSchema, type SignUpInput } from "@/lib/auth/schemas";
import { completeSignUp, requestSignUp } from "@/lib/auth/sign-up";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { inviteMember } from "@/lib/team/invitations";
import { acceptInvitationAsNewUser } from "@/lib/team/accept-invitation-as-new-user";
import type { TeamScope } from "@/lib/team/grant-rules";
import { deliverAccountEmails } from "./account-emails";

/**
 * Seeds data through the product's own functions (STYLE.md practice 8), so tests see the
 * rows a real sign-up or invitation would leave. Every email is unique: test files share
 * one database and never clean up after each other.
 */

export const PASSWORD = "correct horse battery staple";

export function uniqueEmail(label = "user") {
  return `${label}-${randomUUID()}@test.local`;
}

/** A random private address, so IP rate-limit counters of different tests never meet. */
export function uniqueIp() {
  const byte = () => Math.floor(Math.random() * 254) + 1;
  return `10.${byte()}.${byte()}.${byte()}`;
}

export type Owner = Awaited<ReturnType<typeof signUpOwner>>;

/**
 * Signs a new owner up with their own organisation, exactly as the sign-up form and its emailed
 * confirmation link do. The owner's address is therefore verified.
 */
export async function signUpOwner(
  overrides: { name?: string; organizationName?: string; email?: string } = {},
) {
  const input = signUpSchema.parse({
    name: overrides.name ?? "Olive Owner",
    organizationName: overrides.organizationName ?? `Shop ${randomUUID().slice(0, 8)}`,
    email: overrides.email ?? uniqueEmail("owner"),
    password: PASSWORD,
  });
  const { userId, orgId } = await confirmedSignUp(input);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const membership = await db.membership.findUniqueOrThrow({
    where: { orgId_userId: { orgId, userId } },
  });
  // Team changes act as this owner.
  const scope: TeamScope = { db, orgId, membershipId: membership.id };
  return { user, userId, orgId, email: input.email, membershipId: membership.id, scope };
}

/** Requests a sign-up, then follows the confirmation link it emails. */
export async function confirmedSignUp(input: SignUpInput) {
  await requestSignUp(input, { ip: null });
  await deliverAccountEmails();
  const confirmations = (await queuedEmails(input.email)).filter(
    (e) => e.template === "confirm-sign-up",
  );
  const email = confirmations.at(-1);
  if (!email) throw new Error(`No sign-up confirmation was emailed to ${input.email}.`);
  return completeSignUp(tokenFromEmail(email), { ip: null });
}

/** The built-in role of an organisation with this key ("owner" or "manager"). */
export async function builtInRole(orgId: string, key: "owner" | "manager") {
  return db.role.findUniqueOrThrow({ where: { orgId_key: { orgId, key } } });
}

/** Invites a brand-new person with these roles and has them accept by creating their account. */
export async function addMember(owner: Owner, roleIds: string[], name = "Mel Member") {
  const email = uniqueEmail("member");
  const { token } = await inviteMember(owner.scope, { email, roleIds, invitedById: owner.userId });
  await acceptInvitationAsNewUser({ token, name, password: PASSWORD });
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  const membership = await db.membership.findUniqueOrThrow({
    where: { orgId_userId: { orgId: owner.orgId, userId: user.id } },
  });
  return { user, email, membershipId: membership.id };
}

/** Emails queued for an address (send-email JobRun rows), oldest first. */
export async function queuedEmails(to: string) {
  const rows = await db.jobRun.findMany({
    where: { jobId: "send-email", payload: { path: ["to"], equals: to } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => {
    const payload = row.payload as { to: string; template: string; props: Record<string, unknown> };
    return { ...payload, id: row.id, status: row.status };
  });
}

/** The `token` query parameter of the link an email carries. */
export function tokenFromEmail(email: { props: Record<string, unknown> }) {
  const url = new URL(String(email.props.url));
  const token = url.searchParams.get("token");
  if (!token) throw new Error(`No token in ${url}`);
  return token;
}

/** A sign-in request as the route handler would receive it, from the given client IP. */
export function requestFrom(ip?: string) {
  return new Request("http://x", { headers: ip ? { "x-forwarded-for": ip } : {} });
}

/** Awaits a promise that must fail with a UserError, and returns the error for further checks. */
export async function userError(promise: Promise<unknown>, code?: UserError["code"]) {
  const error = await promise.then(
    () => {
      throw new Error("Expected a UserError, but the call succeeded.");
    },
    (e: unknown) => e,
  );
  if (!(error instanceof UserError)) throw error;
  if (code && error.code !== code) {
    throw new Error(
      `Expected a UserError with code "${code}", got "${error.code}": ${error.message}`,
    );
  }
  return error;
}
