import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { auth } from "./auth";
import { readWithSessionRow } from "./sessions/jwt-session";
import { publicSessionId } from "./sessions/manage";

/**
 * This request's session and its user, read once per request; null when signed out, when the
 * session was ended on the server or has expired. While `session.twoFactorPending` is true the
 * password (or link) was right but the second factor is still owed: not signed in yet.
 */
export const getCurrentSession = cache(async () => {
  const { value, row } = await readWithSessionRow(() => auth());
  const id = value?.user?.id;
  if (!id || !row || row.userId !== id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, emailVerified: true },
  });
  if (!user) return null;
  return {
    session: {
      /** Safe to show: the id the session list and its actions use. */
      id: publicSessionId(row.sessionToken),
      sessionToken: row.sessionToken,
      twoFactorPending: row.twoFactorPending,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      expires: row.expires,
    },
    user,
  };
});

export type CurrentSession = NonNullable<Awaited<ReturnType<typeof getCurrentSession>>>;

/** The signed-in user, re-read from the database once per request; null when signed out. */
export const getCurrentUser = cache(async () => {
  const current = await getCurrentSession();
  if (!current || current.session.twoFactorPending) return null;
  return current.user;
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
