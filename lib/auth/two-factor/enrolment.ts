import "server-only";
import QRCode from "qrcode";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import {
  checkTwoFactorAttempt,
  clearTwoFactorFailures,
  recordTwoFactorFailure,
} from "./attempt-limit";
import { notifyTwoFactorChange } from "./notify";
import { generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode } from "./recovery-codes";
import { openTotpSecret, sealTotpSecret } from "./secret-box";
import { generateTotpSecret, matchTotp, totpUri } from "./totp";

export type EnrolmentStart = {
  /** Base32, for typing into an app that cannot scan. */
  secret: string;
  uri: string;
  /** The URI as an SVG QR code in a data URL, for an <img>. */
  qrDataUrl: string;
};

const ALREADY_ON = "Two-factor sign-in is already on for your account.";

/**
 * Begins (or begins again) enrolment: a fresh secret is stored encrypted, but two-factor stays
 * off until a code from it is confirmed, so a half-finished setup never locks anyone out.
 */
export async function startTwoFactorEnrolment(userId: string): Promise<EnrolmentStart> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new UserError(ALREADY_ON, { code: "conflict" });
  const secret = generateTotpSecret();
  const { count } = await db.user.updateMany({
    where: { id: userId, totpEnabledAt: null },
    data: { totpSecret: sealTotpSecret(secret), totpLastStep: null },
  });
  if (count !== 1) throw new UserError(ALREADY_ON, { code: "conflict" });
  const uri = totpUri(secret, user.email);
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return {
    secret,
    uri,
    qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}

/** Replaces every recovery code of a user with ten new ones; returns them in plain text, once. */
export async function replaceRecoveryCodes(
  tx: Pick<typeof db, "recoveryCode">,
  userId: string,
): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({
      userId,
      codeHash: hashRecoveryCode(normalizeRecoveryCode(code)!),
    })),
  });
  return codes;
}

/**
 * Turns two-factor on once the person proves their app holds the secret, and hands out the
 * recovery codes (shown once; only their hashes are kept).
 */
export async function confirmTwoFactorEnrolment(
  userId: string,
  code: string,
  now = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new UserError(ALREADY_ON, { code: "conflict" });
  if (!user.totpSecret) {
    throw new UserError("Start the setup again: scan the new QR code, then enter its code.", {
      code: "conflict",
    });
  }
  await checkTwoFactorAttempt(userId);
  const step = matchTotp(openTotpSecret(user.totpSecret), code, {
    timestampMs: now.getTime(),
    lastUsedStep: null,
  });
  if (step === null) {
    await recordTwoFactorFailure(userId);
    const message =
      "That code didn't match. Check that your app shows Backroom and that your phone's clock is right, then try the current code.";
    throw new UserError(message, { code: "invalid" });
  }
  await clearTwoFactorFailures(userId);
  const sealed = user.totpSecret;
  return db.$transaction(async (tx) => {
    // Only the secret that was shown and confirmed is switched on, even if setup was restarted
    // in another tab meanwhile.
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpSecret: sealed },
      data: { totpEnabledAt: now, totpLastStep: step },
    });
    if (count !== 1) {
      throw new UserError("Setup was restarted elsewhere. Scan the newest QR code and try again.", {
        code: "conflict",
      });
    }
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await notifyTwoFactorChange(tx, { email: user.email, change: "enabled" });
    return { recoveryCodes };
  });
}
