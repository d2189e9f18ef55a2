import "server-only";
import { Secret, TOTP } from "otpauth";

/** RFC 6238 as every authenticator app expects it: HMAC-SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side, so a code typed as it turns over, or on a clock ~30 s off, still works. */
const WINDOW_STEPS = 1;
const ISSUER = "Backroom";

function totpFor(secretBase32: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random secret (160 bits, the size RFC 4226 recommends), in base32 for apps and people. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, accountLabel: string): string {
  return totpFor(secretBase32, accountLabel).toString();
}

/** The time step a moment falls in (seconds since the epoch / 30). */
export function totpStep(timestampMs: number): number {
  return TOTP.counter({ period: PERIOD_SECONDS, timestamp: timestampMs });
}

/** The code for a moment; what the authenticator app shows then. */
export function totpCode(secretBase32: string, timestampMs: number): string {
  return totpFor(secretBase32).generate({ timestamp: timestampMs });
}

/**
 * The time step a code belongs to, or null when it is wrong, outside the ±1 step window, or
 * from a step at or before `lastUsedStep` — a code seen once (or an older one) is never
 * accepted again, so an observed code cannot be replayed while it is still fresh.
 */
export function matchTotp(
  secretBase32: string,
  code: string,
  { timestampMs, lastUsedStep }: { timestampMs: number; lastUsedStep: number | null },
): number | null {
  const token = code.replace(/\s+/g, "");
  if (!new RegExp(`^\\d{${DIGITS}}$`).test(token)) return null;
  const delta = totpFor(secretBase32).validate({
    token,
    timestamp: timestampMs,
    window: WINDOW_STEPS,
  });
  if (delta === null) return null;
  const step = totpStep(timestampMs) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}
