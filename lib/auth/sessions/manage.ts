import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { deleteSessionsOfUser } from "./store";

/**
 * What the browser sees of a session: a digest of its token. The token itself stays inside the
 * (signed) cookie of its own browser and on the server.
 */
export function publicSessionId(sessionToken: string) {
  return createHash("sha256").update(sessionToken).digest("base64url").slice(0, 32);
}

export type SessionListItem = {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
};

/** The user's live sessions, the current one first, then the most recently used. */
export async function listSessions(userId: string, currentToken: string | null) {
  const rows = await db.session.findMany({
    where: { userId, expires: { gt: new Date() }, twoFactorPending: false },
    orderBy: { lastSeenAt: "desc" },
    select: { sessionToken: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
  });
  const items: SessionListItem[] = rows.map(({ sessionToken, ...row }) => ({
    ...row,
    id: publicSessionId(sessionToken),
    current: sessionToken === currentToken,
  }));
  return items.sort((a, b) => Number(b.current) - Number(a.current));
}

/** Ends one of the user's own sessions; another user's session id is simply not found. */
export async function revokeSession(userId: string, id: string) {
  const rows = await db.session.findMany({ where: { userId }, select: { sessionToken: true } });
  const match = rows.find((row) => publicSessionId(row.sessionToken) === id);
  if (!match) throw new UserError("That session has already ended.", { code: "not_found" });
  await db.session.deleteMany({ where: { userId, sessionToken: match.sessionToken } });
}

/** "Sign out everywhere else": every session of the user but this browser's. */
export async function revokeOtherSessions(userId: string, currentToken: string) {
  return { ended: await deleteSessionsOfUser(userId, { keep: currentToken }) };
}

/** "Sign out everywhere", this browser included. */
export async function revokeAllSessions(userId: string) {
  return { ended: await deleteSessionsOfUser(userId) };
}
