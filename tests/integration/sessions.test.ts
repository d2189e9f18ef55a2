import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

const state = vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-tests-sessions-secret";
  return { headers: new Headers() };
});

// The "current request" that auth() and getCurrentSession read: set by Browser.use().
vi.mock("next/headers", () => ({
  headers: async () => state.headers,
  cookies: async () => ({
    get: (name: string) => {
      const pair = (state.headers.get("cookie") ?? "")
        .split("; ")
        .find((p) => p.startsWith(`${name}=`));
      return pair ? { name, value: pair.slice(name.length + 1) } : undefined;
    },
    set: () => undefined,
    delete: () => undefined,
  }),
}));
// Server actions revalidate the account page; there is no page cache in this runner.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

import { encode } from "next-auth/jwt";
import {
  changePasswordAction,
  revokeSessionAction,
  signOutOtherSessionsAction,
} from "@/app/(app)/settings/account/account-actions";
import { authorizeWithPassword } from "@/lib/auth/authorize-password";
import { getCurrentSession, getCurrentUser } from "@/lib/auth/current-user";
import { sendVerificationEmail, verifyEmail } from "@/lib/auth/email-verification";
import { hashPassword } from "@/lib/auth/password";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { listSessions, revokeAllSessions } from "@/lib/auth/sessions/manage";
import {
  confirmTwoFactorEnrolment,
  startTwoFactorEnrolment,
} from "@/lib/auth/two-factor/enrolment";
import { totpCode } from "@/lib/auth/two-factor/totp";
import { db } from "@/lib/db";
import { getOrgContext } from "@/lib/organizations/active-organization";
import { acceptInvitationAsNewUser } from "@/lib/team/accept-invitation-as-new-user";
import { acceptInvitationSignedIn } from "@/lib/team/accept-invitation-signed-in";
import { inviteMember } from "@/lib/team/invitations";
import { removeMember, updateMemberRoles } from "@/lib/team/members";
import { deliverAccountEmails } from "./support/account-emails";
import { Browser } from "./support/auth-browser";
import {
  PASSWORD,
  addMember,
  builtInRole,
  queuedEmails,
  requestFrom,
  signUpOwner,
  tokenFromEmail,
  uniqueEmail,
  uniqueIp,
  userError,
} from "./support/factories";

// Each sign-in hashes a password (~100 ms, more on a busy machine).
const SLOW = { timeout: 120_000 };
const CHROME_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const FIREFOX_LINUX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const NEW_PASSWORD = "the owner's own new passphrase";
const ATTACKER_PASSWORD = "the pre-claimer's passphrase";

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  state.headers = new Headers();
});

function browser(userAgent = CHROME_MAC) {
  return new Browser(state, userAgent, uniqueIp());
}

/** What server code sees for a request from `b`. */
async function seenBy(b: Browser) {
  b.use();
  return { session: await getCurrentSession(), user: await getCurrentUser() };
}

async function signedIn(email: string, password = PASSWORD, userAgent = CHROME_MAC) {
  const b = browser(userAgent);
  expect(await b.signInWithPassword(email, password)).toBeTruthy();
  return b;
}

async function sessionCount(userId: string) {
  return db.session.count({ where: { userId } });
}

/**
 * An account someone opened with another person's address before sign-ups had to confirm it
 * (the old sign-up wrote exactly this row): unverified, with the opener's password.
 */
async function preClaimedAccount() {
  const email = uniqueEmail("victim");
  const user = await db.user.create({
    data: { email, name: "Pre Claimer", passwordHash: await hashPassword(ATTACKER_PASSWORD) },
  });
  const attacker = await signedIn(email, ATTACKER_PASSWORD, FIREFOX_LINUX);
  expect((await seenBy(attacker)).user?.id).toBe(user.id);
  return { email, userId: user.id, attacker };
}

async function passwordWorks(email: string, password: string) {
  return Boolean(await authorizeWithPassword({ email, password }, requestFrom(uniqueIp())));
}

async function lastEmail(to: string, template: string) {
  const email = (await queuedEmails(to)).filter((e) => e.template === template).at(-1);
  if (!email) throw new Error(`No ${template} email to ${to}`);
  return email;
}

describe("session lifecycle", SLOW, () => {
  it("records each sign-in as a session row that the cookie points to", async () => {
    const owner = await signUpOwner();
    const b = await signedIn(owner.email);
    const { session, user } = await seenBy(b);
    expect(user?.id).toBe(owner.userId);
    expect(session?.session.twoFactorPending).toBe(false);
    const row = await db.session.findUniqueOrThrow({
      where: { sessionToken: session!.session.sessionToken },
    });
    expect(row).toMatchObject({ userId: owner.userId, userAgent: CHROME_MAC, ip: b.ip });
    expect(row.expires.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
    // The token is the server's: the browser's cookie is a sealed JWT, not the token itself.
    expect(b.sessionCookie()).not.toContain(row.sessionToken);
  });

  it("ends the session on the server at sign-out, so a copied cookie is refused afterwards", async () => {
    const owner = await signUpOwner();
    const b = await signedIn(owner.email);
    const stolen = b.copy(state);
    expect((await seenBy(stolen)).user?.id).toBe(owner.userId);

    await b.signOut();
    expect(b.sessionCookie()).toBeNull();
    expect(await sessionCount(owner.userId)).toBe(0);
    expect(await seenBy(stolen)).toEqual({ session: null, user: null });
    // Auth.js's own endpoint refuses it too, and tells the browser to drop the cookie.
    expect(await stolen.sessionEndpoint()).toBeNull();
    expect(stolen.sessionCookie()).toBeNull();
  });

  it("refuses an expired session and a cookie that names no session", async () => {
    const owner = await signUpOwner();
    const b = await signedIn(owner.email);
    await db.session.updateMany({
      where: { userId: owner.userId },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect((await seenBy(b)).user).toBeNull();
    expect(await sessionCount(owner.userId)).toBe(0);

    // A validly signed cookie from before sessions were recorded: no `sid`, so signed out.
    const legacy = browser();
    legacy.cookies.set(
      "authjs.session-token",
      await encode({
        token: { sub: owner.userId, email: owner.email },
        secret: process.env.AUTH_SECRET!,
        salt: "authjs.session-token",
      }),
    );
    expect((await seenBy(legacy)).user).toBeNull();
  });

  it("notes the last use at most once a minute, sliding the expiry with it", async () => {
    const owner = await signUpOwner();
    const b = await signedIn(owner.email);
    const where = { userId: owner.userId };
    const recent = new Date(Date.now() - 10_000);
    await db.session.updateMany({ where, data: { lastSeenAt: recent } });
    await seenBy(b);
    expect((await db.session.findFirstOrThrow({ where })).lastSeenAt).toEqual(recent);

    const old = new Date(Date.now() - 5 * 60_000);
    const soon = new Date(Date.now() + 60_000);
    await db.session.updateMany({ where, data: { lastSeenAt: old, expires: soon } });
    await seenBy(b);
    const row = await db.session.findFirstOrThrow({ where });
    expect(row.lastSeenAt.getTime()).toBeGreaterThan(old.getTime());
    expect(row.expires.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
  });

  it("holds a sign-in that owes a second factor: a session, but no signed-in user", async () => {
    const owner = await signUpOwner();
    const { secret } = await startTwoFactorEnrolment(owner.userId);
    await confirmTwoFactorEnrolment(owner.userId, totpCode(secret, Date.now()));
    const b = await signedIn(owner.email);
    const { session, user } = await seenBy(b);
    expect(session?.session.twoFactorPending).toBe(true);
    expect(user).toBeNull();
    expect(await getOrgContext()).toBeNull();
  });
});

describe("session list and sign-out elsewhere", SLOW, () => {
  it("lists the user's sessions, this one first, and signs out one or all the others", async () => {
    const owner = await signUpOwner();
    const laptop = await signedIn(owner.email);
    const phone = await signedIn(owner.email, PASSWORD, FIREFOX_LINUX);
    const tablet = await signedIn(owner.email);

    const current = (await seenBy(laptop)).session!;
    const listed = await listSessions(owner.userId, current.session.sessionToken);
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatchObject({ id: current.session.id, current: true });
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(current.session.sessionToken);

    const phoneId = (await seenBy(phone)).session!.session.id;
    laptop.use();
    expect(await revokeSessionAction({ sessionId: phoneId })).toEqual({ ok: true });
    expect((await seenBy(phone)).user).toBeNull();
    expect((await seenBy(tablet)).user?.id).toBe(owner.userId);

    laptop.use();
    expect(await signOutOtherSessionsAction({})).toEqual({ ok: true, data: { ended: 1 } });
    expect((await seenBy(tablet)).user).toBeNull();
    expect((await seenBy(laptop)).user?.id).toBe(owner.userId);

    await revokeAllSessions(owner.userId);
    expect((await seenBy(laptop)).user).toBeNull();
  });

  it("refuses to sign out another user's session", async () => {
    const owner = await signUpOwner();
    const other = await signUpOwner();
    const mine = await signedIn(owner.email);
    const theirs = await signedIn(other.email);
    const theirId = (await seenBy(theirs)).session!.session.id;

    mine.use();
    const result = await revokeSessionAction({ sessionId: theirId });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect((await seenBy(theirs)).user?.id).toBe(other.userId);

    // Signed out, the action refuses before looking at all.
    state.headers = new Headers();
    expect(await revokeSessionAction({ sessionId: theirId })).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
  });
});

describe("password changes end other sessions", SLOW, () => {
  it("a password change keeps this browser and signs out the others", async () => {
    const owner = await signUpOwner();
    const here = await signedIn(owner.email);
    const elsewhere = await signedIn(owner.email);

    here.use();
    const wrong = await changePasswordAction({
      currentPassword: "not the password",
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: expect.any(Array) } });
    expect((await seenBy(elsewhere)).user).not.toBeNull();

    here.use();
    const changed = await changePasswordAction({
      currentPassword: PASSWORD,
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
    });
    expect(changed).toEqual({ ok: true, data: { signedOut: 1 } });
    expect((await seenBy(elsewhere)).user).toBeNull();
    expect((await seenBy(here)).user?.id).toBe(owner.userId);
    expect(await passwordWorks(owner.email, PASSWORD)).toBe(false);
    expect(await passwordWorks(owner.email, NEW_PASSWORD)).toBe(true);
  });

  it("a password reset signs out every session", async () => {
    const owner = await signUpOwner();
    const a = await signedIn(owner.email);
    const b = await signedIn(owner.email);
    await requestPasswordReset({ email: owner.email, ip: null });
    await deliverAccountEmails();
    const token = tokenFromEmail(await lastEmail(owner.email, "reset-password"));
    await resetPassword({ token, password: NEW_PASSWORD });
    expect(await sessionCount(owner.userId)).toBe(0);
    expect((await seenBy(a)).user).toBeNull();
    expect((await seenBy(b)).user).toBeNull();
  });
});

describe("organisation changes take effect on the next request", SLOW, () => {
  it("removal and role changes apply to a session already signed in", async () => {
    const owner = await signUpOwner();
    const manager = await builtInRole(owner.orgId, "manager");
    const ownerRole = await builtInRole(owner.orgId, "owner");
    const member = await addMember(owner, [ownerRole.id]);
    const b = await signedIn(member.email);

    b.use();
    expect((await getOrgContext())?.roles.map((r) => r.key)).toEqual(["owner"]);
    await updateMemberRoles(owner.scope, member.membershipId, [manager.id]);
    b.use();
    const ctx = await getOrgContext();
    expect(ctx?.roles.map((r) => r.key)).toEqual(["manager"]);
    expect(ctx?.permissions.has("team.manage")).toBe(false);

    await removeMember(owner.scope, member.membershipId);
    b.use();
    expect(await getOrgContext()).toBeNull();
    expect((await seenBy(b)).user?.id).toBe(member.user.id); // still signed in, just not a member
  });
});

describe("no pre-claimed accounts", SLOW, () => {
  it("a password reset by the address's owner ends the pre-claimer's session and password", async () => {
    const { email, userId, attacker } = await preClaimedAccount();
    await requestPasswordReset({ email, ip: null });
    await deliverAccountEmails();
    await resetPassword({
      token: tokenFromEmail(await lastEmail(email, "reset-password")),
      password: NEW_PASSWORD,
    });

    expect((await seenBy(attacker)).user).toBeNull();
    expect(await passwordWorks(email, ATTACKER_PASSWORD)).toBe(false);
    expect(await passwordWorks(email, NEW_PASSWORD)).toBe(true);
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerified,
    ).not.toBeNull();
  });

  it("accepting the emailed invitation takes the account from the pre-claimer", async () => {
    const owner = await signUpOwner();
    const { email, userId, attacker } = await preClaimedAccount();
    const manager = await builtInRole(owner.orgId, "manager");
    const { token } = await inviteMember(owner.scope, {
      email,
      roleIds: [manager.id],
      invitedById: owner.userId,
    });

    const joined = await acceptInvitationAsNewUser({
      token,
      name: "Real Owner",
      password: NEW_PASSWORD,
    });
    expect(joined).toMatchObject({ orgId: owner.orgId, email });
    expect((await seenBy(attacker)).user).toBeNull();
    expect(await sessionCount(userId)).toBe(0);
    expect(await passwordWorks(email, ATTACKER_PASSWORD)).toBe(false);
    const victim = await signedIn(email, NEW_PASSWORD);
    victim.use();
    expect((await getOrgContext())?.org.id).toBe(owner.orgId);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ name: "Real Owner", emailVerified: expect.any(Date) });
  });

  it("a used invitation leaves a pre-claimed account untouched, and a verified account must sign in", async () => {
    const owner = await signUpOwner();
    const { email, attacker } = await preClaimedAccount();
    const manager = await builtInRole(owner.orgId, "manager");
    const { token } = await inviteMember(owner.scope, {
      email,
      roleIds: [manager.id],
      invitedById: owner.userId,
    });
    await db.invitation.updateMany({ where: { email }, data: { revokedAt: new Date() } });
    await userError(acceptInvitationAsNewUser({ token, name: "X", password: NEW_PASSWORD }));
    expect((await seenBy(attacker)).user).not.toBeNull();

    const verified = await signUpOwner();
    const invite = await inviteMember(owner.scope, {
      email: verified.email,
      roleIds: [manager.id],
      invitedById: owner.userId,
    });
    await userError(
      acceptInvitationAsNewUser({ token: invite.token, name: "X", password: NEW_PASSWORD }),
      "conflict",
    );
    expect(await passwordWorks(verified.email, PASSWORD)).toBe(true);
  });

  it("a sign-in link ends the pre-claimer's session and password, and signs the owner in", async () => {
    const { email, userId, attacker } = await preClaimedAccount();
    const owner = browser();
    await owner.requestMagicLink(email);
    await deliverAccountEmails();
    const link = String((await lastEmail(email, "magic-link")).props.url);
    expect(await owner.followLink(link)).toBeTruthy();

    expect((await seenBy(attacker)).user).toBeNull();
    expect((await seenBy(owner)).user?.id).toBe(userId);
    expect(await sessionCount(userId)).toBe(1);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.passwordHash).toBeNull(); // the owner chooses one in account settings
    expect(user.emailVerified).not.toBeNull();
    expect(await passwordWorks(email, ATTACKER_PASSWORD)).toBe(false);
  });

  it("a verification link followed elsewhere ends the pre-claimer's session and password", async () => {
    const { email, userId, attacker } = await preClaimedAccount();
    await sendVerificationEmail(userId);
    const token = tokenFromEmail(await lastEmail(email, "verify-email"));
    state.headers = new Headers(); // followed in a browser that is not signed in
    await verifyEmail(token);
    expect((await seenBy(attacker)).user).toBeNull();
    expect(await passwordWorks(email, ATTACKER_PASSWORD)).toBe(false);
  });

  it("a proof from the account's own session keeps it and ends the others", async () => {
    const { email, userId, attacker } = await preClaimedAccount();
    const other = await signedIn(email, ATTACKER_PASSWORD);
    await sendVerificationEmail(userId);
    const token = tokenFromEmail(await lastEmail(email, "verify-email"));
    attacker.use(); // the same browser that holds the password reads the inbox: the owner
    await verifyEmail(token);
    expect((await seenBy(attacker)).user?.id).toBe(userId);
    expect((await seenBy(other)).user).toBeNull();
    expect(await passwordWorks(email, ATTACKER_PASSWORD)).toBe(true);
  });

  it("accepting an invitation while signed in proves the address and ends other sessions", async () => {
    const owner = await signUpOwner();
    const { email, userId, attacker } = await preClaimedAccount();
    const other = await signedIn(email, ATTACKER_PASSWORD);
    const manager = await builtInRole(owner.orgId, "manager");
    const { token } = await inviteMember(owner.scope, {
      email,
      roleIds: [manager.id],
      invitedById: owner.userId,
    });
    const current = (await seenBy(attacker)).session!;
    await acceptInvitationSignedIn({
      token,
      user: current.user,
      sessionToken: current.session.sessionToken,
    });
    expect((await seenBy(other)).user).toBeNull();
    expect((await seenBy(attacker)).user?.id).toBe(userId);
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerified,
    ).not.toBeNull();
  });
});
