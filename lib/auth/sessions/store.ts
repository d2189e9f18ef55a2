import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Db } from "@/lib/db";

/** How long a browser stays signed in without being used (the JWT cookie lives as long). */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** lastSeenAt (and the sliding expiry) is written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

const USER_AGENT_MAX = 512;

export type SessionRow = {
  sessionToken: string;
  userId: string;
  expires: Date;
  twoFactorPending: boolean;
  userAgent: string | null;
  ip: string | null;
  lastSeenAt: Date;
  createdAt: Date;
};

export type SessionOrigin = { userAgent: string | null; ip: string | null };

function expiryFrom(now: Date) {
  return new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
}

/** Records one signed-in browser; its token goes into the session cookie, never elsewhere. */
export async function createSession(
  {
    userId,
    twoFactorPending,
    origin,
  }: { userId: string; twoFactorPending: boolean; origin: SessionOrigin },
  now = new Date(),
): Promise<SessionRow> {
  // Housekeeping where it is cheap: this user's long-dead sessions go when a new one starts.
  await db.session.deleteMany({ where: { userId, expires: { lte: now } } });
  return db.session.create({
    data: {
      sessionToken: randomBytes(32).toString("base64url"),
      userId,
      twoFactorPending,
      expires: expiryFrom(now),
      userAgent: origin.userAgent?.slice(0, USER_AGENT_MAX) || null,
      ip: origin.ip,
      lastSeenAt: now,
    },
  });
}

/**
 * The live session behind a cookie, or null when it was signed out, revoked or has expired.
 * Each use slides its expiry forward, written at most once a minute.
 */
export async function findLiveSession(sessionToken: string, now = new Date()) {
  const row = await db.session.findUnique({ where: { sessionToken } });
  if (!row) return null;
  if (row.expires <= now) {
    await db.session.deleteMany({ where: { sessionToken } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return row;
  const expires = expiryFrom(now);
  // updateMany: a session revoked between the read and this write stays revoked.
  const { count } = await db.session.updateMany({
    where: { sessionToken },
    data: { lastSeenAt: now, expires },
  });
  return count === 1 ? { ...row, lastSeenAt: now, expires } : null;
}

export async function deleteSession(sessionToken: string) {
  await db.session.deleteMany({ where: { sessionToken } });
}

/** Ends every session of a user but `keep` (when given): after a password change or a proof. */
export async function deleteSessionsOfUser(
  userId: string,
  { keep = null, tx = db }: { keep?: string | null; tx?: Db } = {},
) {
  const { count } = await tx.session.deleteMany({
    where: { userId, ...(keep ? { sessionToken: { not: keep } } : {}) },
  });
  return count;
}
