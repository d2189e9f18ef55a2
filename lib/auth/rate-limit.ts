import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { UserError } from "@/lib/errors";

const WINDOW_SECONDS = 15 * 60;
const PASSWORD_FAILURES_PREFIX = "auth-password-failures";

// Counters live in PostgreSQL so every app instance shares them.
function limiter(keyPrefix: string, points: number) {
  return new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimiterFlexible",
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
  });
}

/**
 * Three budgets, each guarding one thing, so that spending one never closes another way in:
 * - every unauthenticated form request per client IP (taken before any password hashing);
 * - wrong passwords per email *and* client IP, so a stranger's guesses block only the
 *   stranger, never the owner signing in from their own network;
 * - emails per address and purpose (sign-in links, resets, sign-ups), which wrong passwords
 *   never touch.
 */
const limiters = {
  formsPerIp: limiter("auth-ip", env.AUTH_RATE_LIMIT_PER_IP),
  passwordFailures: limiter(PASSWORD_FAILURES_PREFIX, env.AUTH_RATE_LIMIT_PER_EMAIL),
  mailPerEmail: limiter("auth-mail", env.AUTH_RATE_LIMIT_PER_EMAIL),
};

export type AuthMailPurpose = "magic-link" | "password-reset" | "sign-up";

function minutesUntil(res: RateLimiterRes) {
  const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

function tooMany(res: RateLimiterRes, message: string): UserError {
  return new UserError(message, {
    code: "rate_limited",
    retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  });
}

async function consumeOrRefuse(consume: () => Promise<unknown>, message: (wait: string) => string) {
  try {
    await consume();
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooMany(error, message(minutesUntil(error)));
    throw error;
  }
}

/** Counts one unauthenticated form request (sign-in, sign-up, links, resets, invitations). */
export async function consumeFormAttempt(ip: string | null) {
  if (!ip) return;
  await consumeOrRefuse(
    () => limiters.formsPerIp.consume(ip),
    (wait) => `Too many attempts from your network. Please wait ${wait} and try again.`,
  );
}

function passwordKey(email: string, ip: string | null) {
  return `${email.toLowerCase()}|${ip ?? "unknown"}`;
}

/**
 * Call before checking a password: refuses (without hashing anything) once this email has had
 * too many wrong passwords from this client, and counts the request against the client's IP.
 */
export async function checkPasswordAttempt({ email, ip }: { email: string; ip: string | null }) {
  await consumeFormAttempt(ip);
  const failures = await limiters.passwordFailures.get(passwordKey(email, ip));
  if (failures && failures.consumedPoints >= env.AUTH_RATE_LIMIT_PER_EMAIL) {
    throw tooMany(
      failures,
      `Too many wrong passwords. Please wait ${minutesUntil(failures)}, or sign in with an email link or reset your password instead.`,
    );
  }
}

/** Extra wait after the nth wrong password in a row: none for the first two typos, then doubling. */
export function passwordFailureDelayMs(failures: number) {
  if (failures <= 2) return 0;
  return Math.min(250 * 2 ** (failures - 3), 2_000);
}

/** Records a wrong password, then holds the answer back a little longer each time. */
export async function recordPasswordFailure({ email, ip }: { email: string; ip: string | null }) {
  let failures: number;
  try {
    failures = (await limiters.passwordFailures.penalty(passwordKey(email, ip))).consumedPoints;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    failures = error.consumedPoints;
  }
  const delay = passwordFailureDelayMs(failures);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
}

/** The right password from this client clears its own count of wrong ones. */
export async function clearPasswordFailuresFrom({
  email,
  ip,
}: {
  email: string;
  ip: string | null;
}) {
  await limiters.passwordFailures.delete(passwordKey(email, ip));
}

/**
 * A proven address (a followed sign-in link, reset or sign-up confirmation) clears the wrong
 * passwords counted for it from every client, so its owner always gets back in.
 */
export async function clearPasswordFailures(email: string) {
  await db.rateLimiterFlexible.deleteMany({
    where: { key: { startsWith: `${PASSWORD_FAILURES_PREFIX}:${email.toLowerCase()}|` } },
  });
}

/**
 * Counts one email-sending request (sign-in link, reset, sign-up) for the address and purpose,
 * and the request against the client's IP. Counted whether or not the address has an account,
 * so a refusal reveals nothing.
 */
export async function consumeMailRequest({
  purpose,
  email,
  ip,
}: {
  purpose: AuthMailPurpose;
  email: string;
  ip: string | null;
}) {
  await consumeFormAttempt(ip);
  await consumeOrRefuse(
    () => limiters.mailPerEmail.consume(`${purpose}:${email.toLowerCase()}`),
    (wait) =>
      `We've sent several emails to this address already. Please check your inbox, or wait ${wait} and try again.`,
  );
}
