import { afterAll, describe, expect, it } from "vitest";
import { authorizeWithPassword } from "@/lib/auth/authorize-password";
import { sendVerificationEmail, verifyEmail } from "@/lib/auth/email-verification";
import { verifyPassword } from "@/lib/auth/password";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { signUpSchema } from "@/lib/auth/schemas";
import { requestSignUp } from "@/lib/auth/sign-up";
import { hashToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { BUILT_IN_ROLES } from "@/lib/rbac/permissions";
import { deliverAccountEmails } from "./support/account-emails";
import {
  confirmedSignUp,
  PASSWORD,
  queuedEmails,
  requestFrom,
  signUpOwner,
  tokenFromEmail,
  uniqueEmail,
  uniqueIp,
  userError,
} from "./support/factories";

// scrypt (N = 2^17) costs ~100 ms per hash alone and several times that on a busy machine;
// a rate-limit test makes dozens of sign-in attempts.
const SLOW = { timeout: 120_000 };

const NEW_PASSWORD = "a brand new passphrase";

afterAll(async () => {
  await db.$disconnect();
});

/** A password-reset request as the form makes it, with its email queued. */
async function requestReset(email: string) {
  await requestPasswordReset({ email, ip: null });
  await deliverAccountEmails();
}

/**
 * An account from before sign-ups confirmed their address (or whose address changed): the
 * product no longer creates unverified accounts, so the row is written as such an account is.
 */
async function unverifiedUser() {
  const email = uniqueEmail("legacy");
  const user = await db.user.create({ data: { email, name: "Lee Legacy" } });
  await sendVerificationEmail(user.id);
  return { userId: user.id, email };
}

async function onlyEmail(to: string, template: string) {
  const emails = (await queuedEmails(to)).filter((e) => e.template === template);
  expect(emails).toHaveLength(1);
  return emails[0]!;
}

describe("sign-up", SLOW, () => {
  it("creates the user, their organisation as owner, the built-in roles and an audit entry", async () => {
    const email = uniqueEmail("signup");
    const input = signUpSchema.parse({
      name: "Sam Signup",
      organizationName: "Sam's Hardware",
      email,
      password: PASSWORD,
    });
    const { userId, orgId } = await confirmedSignUp(input);

    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    // The emailed link both created the account and proved the address.
    expect(user).toMatchObject({ email, name: "Sam Signup" });
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
    await expect(verifyPassword(PASSWORD, user.passwordHash!)).resolves.toBe(true);

    const org = await db.organization.findUniqueOrThrow({ where: { id: orgId } });
    expect(org.name).toBe("Sam's Hardware");
    expect(org.slug).toMatch(/^sam-s-hardware-[0-9a-f]{6}$/);

    const roles = await db.role.findMany({ where: { orgId }, orderBy: { key: "asc" } });
    expect(roles.map((r) => ({ key: r.key, builtIn: r.builtIn, name: r.name }))).toEqual([
      { key: "manager", builtIn: true, name: BUILT_IN_ROLES.manager.name },
      { key: "owner", builtIn: true, name: BUILT_IN_ROLES.owner.name },
    ]);

    const memberships = await db.membership.findMany({
      where: { userId },
      include: { roles: { include: { role: true } } },
    });
    expect(memberships).toHaveLength(1);
    expect(memberships[0]!.orgId).toBe(orgId);
    expect(memberships[0]!.roles.map((r) => r.role.key)).toEqual(["owner"]);

    const { rows } = await listAuditLog({ db, orgId }, {});
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "organization.create",
      entityType: "Organization",
      entityId: orgId,
      actorType: "USER",
      actorId: userId,
      actorLabel: "Sam Signup",
      after: { name: "Sam's Hardware", slug: org.slug },
    });
  });

  it("queues a verification email whose link verifies the address once", async () => {
    const owner = await unverifiedUser();
    const email = await onlyEmail(owner.email, "verify-email");
    expect(String(email.props.url)).toMatch(
      new RegExp(`^${env.APP_URL}/verify-email\\?token=[\\w-]{40,}$`),
    );
    expect(email.props.expiresInHours).toBe(48);

    const token = tokenFromEmail(email);
    // Only the hash is stored.
    expect(await db.userToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(
      await db.userToken.count({ where: { tokenHash: hashToken(token), userId: owner.userId } }),
    ).toBe(1);

    await expect(verifyEmail(token)).resolves.toEqual({ id: owner.userId, email: owner.email });
    const verified = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
    expect(verified.emailVerified).toBeInstanceOf(Date);

    const again = await userError(verifyEmail(token));
    expect(again.message).toBe("This link has already been used. Request a new one.");
    const after = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
    expect(after.emailVerified).toEqual(verified.emailVerified);
  });

  it("rejects an expired verification link", async () => {
    const owner = await unverifiedUser();
    const token = tokenFromEmail(await onlyEmail(owner.email, "verify-email"));
    await db.userToken.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    const error = await userError(verifyEmail(token));
    expect(error.message).toBe("This link has expired. Request a new one.");
    const user = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
    expect(user.emailVerified).toBeNull();
    const row = await db.userToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.usedAt).toBeNull();
  });

  it("rejects unknown tokens and tokens issued for another purpose", async () => {
    await expect(userError(verifyEmail("not-a-real-token-at-all-000000"))).resolves.toMatchObject({
      message: "This link is not valid.",
    });

    const owner = await unverifiedUser();
    await requestReset(owner.email);
    const resetToken = tokenFromEmail(await onlyEmail(owner.email, "reset-password"));
    await expect(userError(verifyEmail(resetToken))).resolves.toMatchObject({
      message: "This link is not valid.",
    });
    const verifyToken = tokenFromEmail(await onlyEmail(owner.email, "verify-email"));
    await expect(
      userError(resetPassword({ token: verifyToken, password: NEW_PASSWORD })),
    ).resolves.toMatchObject({
      message: "This link is not valid.",
    });
    // Neither refused use spent the other token.
    await expect(verifyEmail(verifyToken)).resolves.toMatchObject({ id: owner.userId });
  });

  it("never makes a second account for an address, and tells its owner instead", async () => {
    const owner = await signUpOwner();
    const otherShop = `Other shop ${owner.userId}`;
    await requestSignUp(
      signUpSchema.parse({
        name: "Imposter",
        organizationName: otherShop,
        email: owner.email.toUpperCase(),
        password: "another password 123",
      }),
      { ip: null },
    );
    await deliverAccountEmails();
    const note = await onlyEmail(owner.email, "sign-up-attempt");
    expect(note.props).toMatchObject({
      url: `${env.APP_URL}/sign-in?email=${encodeURIComponent(owner.email)}`,
      resetUrl: `${env.APP_URL}/forgot-password`,
      email: owner.email,
    });
    expect(await db.user.count({ where: { email: owner.email } })).toBe(1);
    expect(await db.membership.count({ where: { userId: owner.userId } })).toBe(1);
    expect(await db.organization.count({ where: { name: otherShop } })).toBe(0);
    // No password hash is kept for the address: not the attempt's, not the used sign-up's.
    expect(
      await db.pendingSignUp.count({ where: { email: owner.email, passwordHash: { not: "" } } }),
    ).toBe(0);
  });
});

describe("password reset", SLOW, () => {
  it("tells an unknown email there is no account, and answers the same", async () => {
    const email = uniqueEmail("nobody");
    await expect(requestPasswordReset({ email, ip: null })).resolves.toBeUndefined();
    await deliverAccountEmails();
    const note = await onlyEmail(email, "reset-no-account");
    expect(note.props).toEqual({ url: `${env.APP_URL}/sign-up`, email });
    expect(await queuedEmails(email)).toHaveLength(1);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("sets a new password from the emailed link, once", async () => {
    const owner = await signUpOwner();
    await requestReset(owner.email);
    const email = await onlyEmail(owner.email, "reset-password");
    expect(String(email.props.url)).toMatch(new RegExp(`^${env.APP_URL}/reset-password\\?token=`));
    expect(email.props).toMatchObject({ email: owner.email, expiresInMinutes: 30 });
    const token = tokenFromEmail(email);

    await expect(resetPassword({ token, password: NEW_PASSWORD })).resolves.toEqual({
      email: owner.email,
    });

    const request = requestFrom();
    await expect(
      authorizeWithPassword({ email: owner.email, password: NEW_PASSWORD }, request),
    ).resolves.toEqual({
      id: owner.userId,
      email: owner.email,
      name: owner.user.name,
    });
    await expect(
      authorizeWithPassword({ email: owner.email, password: PASSWORD }, request),
    ).resolves.toBeNull();

    // Following the link proves the address.
    const user = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
    expect(user.emailVerified).toBeInstanceOf(Date);

    const reuse = await userError(resetPassword({ token, password: "yet another password" }));
    expect(reuse.message).toBe("This link has already been used. Request a new one.");
    await expect(
      authorizeWithPassword({ email: owner.email, password: "yet another password" }, request),
    ).resolves.toBeNull();
    await expect(
      authorizeWithPassword({ email: owner.email, password: NEW_PASSWORD }, request),
    ).resolves.not.toBeNull();
  });

  it("invalidates the previous link when a new one is issued", async () => {
    const owner = await signUpOwner();
    await requestReset(owner.email);
    await requestReset(owner.email);
    const [first, second] = (await queuedEmails(owner.email)).filter(
      (e) => e.template === "reset-password",
    );
    expect(first && second).toBeTruthy();
    const firstToken = tokenFromEmail(first!);
    const secondToken = tokenFromEmail(second!);
    expect(firstToken).not.toBe(secondToken);

    await userError(resetPassword({ token: firstToken, password: NEW_PASSWORD }));
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
    await expect(verifyPassword(PASSWORD, unchanged.passwordHash!)).resolves.toBe(true);

    await resetPassword({ token: secondToken, password: NEW_PASSWORD });
    const changed = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
    await expect(verifyPassword(NEW_PASSWORD, changed.passwordHash!)).resolves.toBe(true);
  });

  it("rejects an expired reset link and keeps the old password", async () => {
    const owner = await signUpOwner();
    await requestReset(owner.email);
    const token = tokenFromEmail(await onlyEmail(owner.email, "reset-password"));
    await db.userToken.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    const error = await userError(resetPassword({ token, password: NEW_PASSWORD }));
    expect(error.message).toBe("This link has expired. Request a new one.");
    const user = await db.user.findUniqueOrThrow({ where: { id: owner.userId } });
    await expect(verifyPassword(PASSWORD, user.passwordHash!)).resolves.toBe(true);
  });
});

describe("authorizeWithPassword", SLOW, () => {
  it("returns the user for the right password", async () => {
    const owner = await signUpOwner();
    await expect(
      authorizeWithPassword(
        { email: ` ${owner.email.toUpperCase()} `, password: PASSWORD },
        requestFrom(),
      ),
    ).resolves.toEqual({ id: owner.userId, email: owner.email, name: owner.user.name });
  });

  it("answers null alike for a wrong password, an unknown email and malformed input", async () => {
    const owner = await signUpOwner();
    const request = requestFrom();
    await expect(
      authorizeWithPassword({ email: owner.email, password: "wrong password" }, request),
    ).resolves.toBeNull();
    await expect(
      authorizeWithPassword({ email: uniqueEmail("ghost"), password: PASSWORD }, request),
    ).resolves.toBeNull();
    await expect(
      authorizeWithPassword({ email: "not an email", password: PASSWORD }, request),
    ).resolves.toBeNull();
    await expect(authorizeWithPassword({ email: owner.email }, request)).resolves.toBeNull();
    await expect(authorizeWithPassword(null, request)).resolves.toBeNull();
  });

  it("blocks password attempts from a client after 5 wrong ones, even the right password", async () => {
    const owner = await signUpOwner();
    const request = requestFrom(uniqueIp());
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(
        authorizeWithPassword(
          { email: owner.email, password: `wrong password ${attempt}` },
          request,
        ),
      ).resolves.toBeNull();
    }

    const error = await userError(
      authorizeWithPassword({ email: owner.email, password: PASSWORD }, request),
      "rate_limited",
    );
    expect(error.message).toMatch(
      /^Too many wrong passwords\. Please wait \d+ minutes?, or sign in with an email link or reset your password instead\.$/,
    );
    expect(error.options.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.options.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);

    // The block is on this client's password attempts only: the owner's other ways in stay open…
    await expect(requestPasswordReset({ email: owner.email, ip: null })).resolves.toBeUndefined();
    // …the owner signs in from their own network…
    await expect(
      authorizeWithPassword({ email: owner.email, password: PASSWORD }, requestFrom(uniqueIp())),
    ).resolves.not.toBeNull();
    // …and other people on the blocked client's network are not held back.
    const other = await signUpOwner();
    await expect(
      authorizeWithPassword({ email: other.email, password: PASSWORD }, request),
    ).resolves.not.toBeNull();
  });

  it("clears the client's count of wrong passwords after a successful sign-in", async () => {
    const owner = await signUpOwner();
    const request = requestFrom(uniqueIp());
    for (let attempt = 1; attempt <= 4; attempt++) {
      await authorizeWithPassword({ email: owner.email, password: "wrong password" }, request);
    }
    await expect(
      authorizeWithPassword({ email: owner.email, password: PASSWORD }, request),
    ).resolves.not.toBeNull();
    // Six attempts in the window, but the success in fifth place reset the count.
    await expect(
      authorizeWithPassword({ email: owner.email, password: "wrong password" }, request),
    ).resolves.toBeNull();
  });

  it("limits requests per IP to 30 in the window, across forms and emails", async () => {
    const ip = uniqueIp();
    const owner = await signUpOwner();
    // Sign-ins and reset requests share the IP's budget; reset requests hash nothing, which
    // keeps this test fast.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await expect(
        authorizeWithPassword({ email: uniqueEmail("spray"), password: PASSWORD }, requestFrom(ip)),
      ).resolves.toBeNull();
    }
    for (let attempt = 6; attempt <= 30; attempt++) {
      await expect(
        requestPasswordReset({ email: uniqueEmail("spray"), ip }),
      ).resolves.toBeUndefined();
    }

    // The 31st attempt is refused, even for a real account with the right password.
    const error = await userError(
      authorizeWithPassword({ email: owner.email, password: PASSWORD }, requestFrom(ip)),
      "rate_limited",
    );
    expect(error.options.retryAfterSeconds).toBeGreaterThan(0);
    const refused = uniqueEmail("spray");
    await userError(requestPasswordReset({ email: refused, ip }), "rate_limited");
    // A refused request queues nothing.
    expect(
      await db.jobRun.count({ where: { payload: { path: ["email"], equals: refused } } }),
    ).toBe(0);

    // The owner can still sign in from elsewhere.
    await expect(
      authorizeWithPassword({ email: owner.email, password: PASSWORD }, requestFrom(uniqueIp())),
    ).resolves.not.toBeNull();
  });

  it("trusts only the last x-forwarded-for entry, the one the proxy appended", async () => {
    const ip = uniqueIp();
    for (let attempt = 1; attempt <= 30; attempt++) {
      await requestPasswordReset({ email: uniqueEmail("spray"), ip });
    }
    const owner = await signUpOwner();
    // A client that prepends a fresh spoofed address each time is still counted by its real one.
    const spoofed = new Request("http://x", {
      headers: { "x-forwarded-for": `${uniqueIp()}, ${ip}` },
    });
    await userError(
      authorizeWithPassword({ email: owner.email, password: PASSWORD }, spoofed),
      "rate_limited",
    );
  });
});
