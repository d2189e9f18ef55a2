import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { JWT } from "next-auth/jwt";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { clientIpFrom } from "@/lib/http/client-ip";
import { secondFactorOwed } from "./second-factor-owed";
import {
  createSession,
  deleteSession,
  findLiveSession,
  type SessionOrigin,
  type SessionRow,
} from "./store";

/**
 * Auth.js keeps its JWT strategy (the credentials provider needs it), but the cookie is only a
 * signed pointer: `sid` names a Session row, and a cookie whose row is gone is refused. So
 * signing out, "sign out everywhere" and a password reset end a stolen cookie at once.
 */

const seen = new AsyncLocalStorage<{ row?: SessionRow }>();

/**
 * Runs `read` (an Auth.js `auth()` call) and returns its answer with the Session row its JWT
 * callback accepted: the row is read once per request, and its token never leaves the server.
 */
export async function readWithSessionRow<T>(read: () => Promise<T>) {
  const store: { row?: SessionRow } = {};
  const value = await seen.run(store, read);
  return { value, row: store.row ?? null };
}

async function requestOrigin(): Promise<SessionOrigin> {
  try {
    const h = await headers();
    return { userAgent: h.get("user-agent"), ip: clientIpFrom(h) };
  } catch {
    return { userAgent: null, ip: null }; // outside a request (scripts, tests)
  }
}

type JwtParams = { token: JWT; user?: { id?: string | null } | null; trigger?: string };

/** Auth.js's `jwt` callback: starts a session at sign-in, checks it on every later read. */
export async function sessionJwt({ token, user, trigger }: JwtParams): Promise<JWT | null> {
  if (user?.id && (trigger === "signIn" || trigger === "signUp")) {
    const account = await db.user.findUnique({
      where: { id: user.id },
      select: { totpEnabledAt: true },
    });
    if (!account) return null;
    const row = await createSession({
      userId: user.id,
      twoFactorPending: secondFactorOwed(account),
      origin: await requestOrigin(),
    });
    const store = seen.getStore();
    if (store) store.row = row;
    return { ...token, sub: user.id, sid: row.sessionToken };
  }
  // Cookies from before sessions were recorded carry no `sid`: they are signed out too.
  const sid = typeof token.sid === "string" ? token.sid : null;
  if (!sid || !token.sub) return null;
  const row = await findLiveSession(sid);
  if (!row || row.userId !== token.sub) return null;
  const store = seen.getStore();
  if (store) store.row = row;
  return token;
}

/** Auth.js's `signOut` event: the row goes, so a copy of the cookie is refused afterwards. */
export async function endSignedOutSession(message: { token: JWT | null } | object) {
  const sid = "token" in message ? message.token?.sid : undefined;
  if (typeof sid === "string") await deleteSession(sid);
}
