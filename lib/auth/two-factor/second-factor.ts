import "server-only";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import {
  checkTwoFactorAttempt,
  clearTwoFactorFailures,
  recordTwoFactorFailure,
} from "./attempt-limit";
import { hashRecoveryCode, normalizeRecoveryCode } from "./recovery-codes";
import { openTotpSecret } from "./secret-box";
import { matchTotp } from "./totp";

export type FactorUsed = "totp" | "recovery-code";

const WRONG_CODE =
  "That code didn't work. Enter the current code from your authenticator app, or an unused recovery code.";

/** Six digits, spaces allowed: what authenticator apps show. */
export function looksLikeTotp(input: string) {
  return /^\d{6}$/.test(input.replace(/\s+/g, ""));
}

/**
 * Accepts an app code at most once: the guarded update moves the user's last used step forward
 * only if no other request got there first, so two requests racing with one code cannot both win.
 */
async function consumeTotp(userId: string, code: string, now: Date): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user?.totpSecret || !user.totpEnabledAt) return false;
  const step = matchTotp(openTotpSecret(user.totpSecret), code, {
    timestampMs: now.getTime(),
    lastUsedStep: user.totpLastStep,
  });
  if (step === null) return false;
  const { count } = await db.user.updateMany({
    where: {
      id: userId,
      totpEnabledAt: { not: null },
      OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }],
    },
    data: { totpLastStep: step },
  });
  return count === 1;
}

/** Marks one unused recovery code as used; a code works once, whoever asks first. */
async function consumeRecoveryCode(userId: string, input: string, now: Date): Promise<boolean> {
  const normalized = normalizeRecoveryCode(input);
  if (!normalized) return false;
  const { count } = await db.recoveryCode.updateMany({
    where: {
      userId,
      codeHash: hashRecoveryCode(normalized),
      usedAt: null,
      user: { totpEnabledAt: { not: null } },
    },
    data: { usedAt: now },
  });
  return count === 1;
}

/**
 * Checks a second factor (an app code or a recovery code) for a user with two-factor on, and
 * uses it up. Wrong codes count towards the user's limit; a right one clears the count.
 * Throws a UserError (on the `code` field) when the code is refused.
 */
export async function verifySecondFactor(
  userId: string,
  code: string,
  now = new Date(),
): Promise<FactorUsed> {
  await checkTwoFactorAttempt(userId);
  let used: FactorUsed | null = null;
  if (looksLikeTotp(code)) {
    if (await consumeTotp(userId, code, now)) used = "totp";
  } else if (await consumeRecoveryCode(userId, code, now)) {
    used = "recovery-code";
  }
  if (!used) {
    await recordTwoFactorFailure(userId);
    throw new UserError(WRONG_CODE, { code: "invalid" });
  }
  await clearTwoFactorFailures(userId);
  return used;
}
