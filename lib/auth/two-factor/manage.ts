import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import {
  checkTwoFactorAttempt,
  clearTwoFactorFailures,
  recordTwoFactorFailure,
} from "./attempt-limit";
import { replaceRecoveryCodes } from "./enrolment";
import { organizationRequiringTwoFactor } from "./enforcement";
import { notifyTwoFactorChange } from "./notify";
import { looksLikeTotp, verifySecondFactor } from "./second-factor";

export type TwoFactorStatus = {
  enabledAt: Date | null;
  recoveryCodesLeft: number;
};

export async function getTwoFactorStatus(userId: string): Promise<TwoFactorStatus> {
  const [user, recoveryCodesLeft] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enabledAt: user.totpEnabledAt, recoveryCodesLeft };
}

const NOT_ON = "Two-factor sign-in is not on for your account.";

/**
 * Proves the person at the keyboard holds the account before its protection changes: a current
 * app code, or the password (for someone whose phone is gone but who signed in with a recovery code).
 */
async function proveIdentity(userId: string, proof: string): Promise<{ email: string }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, totpEnabledAt: true, passwordHash: true },
  });
  if (!user.totpEnabledAt) throw new UserError(NOT_ON, { code: "conflict" });
  if (looksLikeTotp(proof)) {
    try {
      await verifySecondFactor(userId, proof);
      return { email: user.email };
    } catch (error) {
      if (error instanceof UserError && error.code === "invalid") throw wrongProof();
      throw error;
    }
  }
  await checkTwoFactorAttempt(userId);
  if (!user.passwordHash || !(await verifyPassword(proof, user.passwordHash))) {
    await recordTwoFactorFailure(userId);
    throw wrongProof();
  }
  await clearTwoFactorFailures(userId);
  return { email: user.email };
}

function wrongProof() {
  const message = "That is neither the current code from your authenticator app nor your password.";
  return new UserError(message, { code: "invalid" });
}

/** Ten new recovery codes; every older one stops working. */
export async function regenerateRecoveryCodes(userId: string, proof: string): Promise<string[]> {
  const { email } = await proveIdentity(userId, proof);
  return db.$transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, userId);
    await notifyTwoFactorChange(tx, { email, change: "recovery-codes-replaced" });
    return codes;
  });
}

/**
 * Turns two-factor off and forgets the secret and recovery codes. Refused while a role the
 * user holds requires it: turning it off would only lock them out of that organisation.
 */
export async function disableTwoFactor(userId: string, proof: string): Promise<void> {
  const required = await organizationRequiringTwoFactor(userId);
  if (required) {
    throw new UserError(
      `${required.orgName} requires two-factor sign-in for the ${required.roleName} role, so it can't be turned off.`,
      { code: "forbidden" },
    );
  }
  const { email } = await proveIdentity(userId, proof);
  await db.$transaction(async (tx) => {
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    await notifyTwoFactorChange(tx, { email, change: "disabled" });
  });
}
