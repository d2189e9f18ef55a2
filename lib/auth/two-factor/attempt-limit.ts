import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";

const WINDOW_SECONDS = 15 * 60;
/**
 * Wrong codes (or passwords given as proof) per user in the window. Counted per user rather
 * than per session, so signing in again with a stolen password never buys more guesses:
 * ten tries against a million codes leave an attacker ~1 chance in 30,000 per quarter hour.
 */
const MAX_FAILURES = 10;

const failures = new RateLimiterPrisma({
  storeClient: db,
  tableName: "rateLimiterFlexible",
  keyPrefix: "two-factor-failures",
  points: MAX_FAILURES,
  duration: WINDOW_SECONDS,
});

function refusal(res: RateLimiterRes) {
  const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
  return new UserError(
    `Too many wrong codes. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
    { code: "rate_limited", retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) },
  );
}

/** Refuses before any check once this user has had too many wrong codes in the window. */
export async function checkTwoFactorAttempt(userId: string) {
  const res = await failures.get(userId);
  if (res && res.consumedPoints >= MAX_FAILURES) throw refusal(res);
}

/** Counts a wrong code for this user. */
export async function recordTwoFactorFailure(userId: string) {
  try {
    await failures.penalty(userId);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}

export async function clearTwoFactorFailures(userId: string) {
  await failures.delete(userId);
}
