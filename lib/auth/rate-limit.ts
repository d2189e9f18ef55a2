import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { UserError } from "@/lib/errors";

const WINDOW_SECONDS = 15 * 60;

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

const limiters = {
  email: limiter("auth-email", env.AUTH_RATE_LIMIT_PER_EMAIL),
  ip: limiter("auth-ip", env.AUTH_RATE_LIMIT_PER_IP),
};

function tooMany(res: RateLimiterRes): UserError {
  const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
  return new UserError(
    `Too many attempts. Please wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
    { code: "rate_limited", retryAfterSeconds: Math.ceil(res.msBeforeNext / 1000) },
  );
}

/**
 * Counts one sign-in or link request against both the email and the client IP.
 * Throws a UserError once either is over its limit for the window.
 */
export async function consumeAuthAttempt({ email, ip }: { email: string; ip: string | null }) {
  try {
    await Promise.all([
      limiters.email.consume(email.toLowerCase()),
      ip ? limiters.ip.consume(ip) : Promise.resolve(),
    ]);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw tooMany(error);
    throw error;
  }
}

/** A successful sign-in clears the email's counter so the owner is never locked out by their own typos. */
export async function resetEmailAttempts(email: string) {
  await limiters.email.delete(email.toLowerCase());
}
