import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { UserError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue";
import { createOrganization } from "@/lib/organizations/create-organization";
import { hashPassword } from "./password";
import { clearPasswordFailures, consumeFormAttempt, consumeMailRequest } from "./rate-limit";
import type { SignUpInput } from "./schemas";
import { createToken, hashToken } from "./tokens";

export const PENDING_SIGN_UP_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Starts a sign-up. Nothing is created yet: the details wait (password hashed) until the emailed
 * link proves the address, so nobody can hold an address they cannot read. Every address gets
 * the same answer after the same work (limits, one hash, one row, one queued job); the job then
 * emails either the link or, when the address already has an account, a note to its owner.
 */
export async function requestSignUp(input: SignUpInput, { ip }: { ip: string | null }) {
  // The limits come first, so a flood of sign-ups is refused before it costs a hash each.
  await consumeMailRequest({ purpose: "sign-up", email: input.email, ip });
  const passwordHash = await hashPassword(input.password);
  const pending = await db.pendingSignUp.create({
    data: {
      email: input.email,
      name: input.name,
      organizationName: input.organizationName,
      passwordHash,
      expiresAt: new Date(Date.now() + PENDING_SIGN_UP_LIFETIME_MS),
    },
    select: { id: true },
  });
  await enqueueJob("account-email", { kind: "sign-up", pendingSignUpId: pending.id });
}

/** The job's side of a sign-up: the confirmation link, or a note to an existing account. */
export async function sendSignUpEmail(pendingSignUpId: string) {
  const pending = await db.pendingSignUp.findUnique({ where: { id: pendingSignUpId } });
  if (!pending || pending.usedAt) return;
  const existing = await db.user.findUnique({ where: { email: pending.email } });
  await db.$transaction(async (tx) => {
    // Housekeeping: sign-ups nobody confirmed in time go, password hashes with them.
    await tx.pendingSignUp.deleteMany({ where: { expiresAt: { lt: new Date() }, usedAt: null } });
    if (existing) {
      await tx.pendingSignUp.delete({ where: { id: pending.id } });
      await enqueueJob(
        "send-email",
        {
          to: pending.email,
          template: "sign-up-attempt",
          props: {
            url: `${env.APP_URL}/sign-in?email=${encodeURIComponent(pending.email)}`,
            resetUrl: `${env.APP_URL}/forgot-password`,
            email: pending.email,
          },
        },
        { db: tx },
      );
      return;
    }
    // Only the newest sign-up for an address can be confirmed.
    await tx.pendingSignUp.updateMany({
      where: { email: pending.email, usedAt: null, createdAt: { lt: pending.createdAt } },
      data: { usedAt: new Date(), passwordHash: "" },
    });
    const { token, tokenHash } = createToken();
    await tx.pendingSignUp.update({ where: { id: pending.id }, data: { tokenHash } });
    await enqueueJob(
      "send-email",
      {
        to: pending.email,
        template: "confirm-sign-up",
        props: {
          url: `${env.APP_URL}/sign-up/confirm?token=${token}`,
          name: pending.name,
          organizationName: pending.organizationName,
          expiresInHours: PENDING_SIGN_UP_LIFETIME_MS / 3_600_000,
        },
      },
      { db: tx },
    );
  });
}

/**
 * Creates the account (its address verified) and its organisation, with this user as owner,
 * from a confirmation link. Single use: the conditional update lets only one click through.
 */
export async function completeSignUp(token: string, { ip }: { ip: string | null }) {
  await consumeFormAttempt(ip);
  const created = await db.$transaction(async (tx) => {
    const pending = await tx.pendingSignUp.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!pending) throw new UserError("This link is not valid.");
    if (pending.usedAt) {
      throw new UserError("This link has already been used. Sign in, or sign up again.");
    }
    if (pending.expiresAt <= new Date()) {
      throw new UserError("This link has expired. Sign up again to get a new one.");
    }
    const claimed = await tx.pendingSignUp.updateMany({
      where: { id: pending.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date(), passwordHash: "" },
    });
    if (claimed.count !== 1) {
      throw new UserError("This link has already been used. Sign in, or sign up again.");
    }
    const taken = await tx.user.findUnique({ where: { email: pending.email } });
    if (taken) throw new UserError("This email already has an account. Sign in instead.");
    const user = await tx.user.create({
      data: {
        email: pending.email,
        name: pending.name,
        passwordHash: pending.passwordHash,
        emailVerified: new Date(),
      },
    });
    const org = await createOrganization(tx, {
      name: pending.organizationName,
      ownerId: user.id,
      actor: { type: "USER", id: user.id, label: pending.name },
    });
    return { userId: user.id, orgId: org.id, email: user.email };
  });
  await clearPasswordFailures(created.email);
  return created;
}
