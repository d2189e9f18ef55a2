import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { UserError } from "@/lib/errors";
import { authorizeWithPassword } from "./authorize-password";
import { magicLinkProvider } from "./magic-link";
import { clearPasswordFailures } from "./rate-limit";
import { sameOriginRedirect } from "./safe-redirect";
import { endSignedOutSession, sessionJwt } from "./sessions/jwt-session";
import { proveAddress } from "./sessions/prove-address";
import { SESSION_MAX_AGE_SECONDS } from "./sessions/store";

/** Carries the limiter's message to the sign-in form. */
export class RateLimitedSignIn extends CredentialsSignin {
  constructor(readonly detail: string) {
    super(detail);
    this.code = "rate_limited";
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db),
  // Credentials sign-in requires JWT sessions; the cookie names a Session row that every
  // request checks (see sessions/jwt-session.ts), so signing out ends the session on the server.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  secret: env.AUTH_SECRET,
  trustHost: true,
  logger: {
    // Wrong passwords and used links are expected outcomes, not server errors worth a
    // stack trace. `type` survives minification; class names do not.
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin" || type === "Verification") return;
      console.error("[auth]", type ?? error.name, error.message);
    },
  },
  pages: { signIn: "/sign-in", verifyRequest: "/check-email", error: "/auth-error" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        try {
          return await authorizeWithPassword(credentials, request);
        } catch (error) {
          if (error instanceof UserError && error.code === "rate_limited") {
            throw new RateLimitedSignIn(error.message);
          }
          throw error;
        }
      },
    }),
    magicLinkProvider,
  ],
  events: { signOut: endSignedOutSession },
  callbacks: {
    redirect: sameOriginRedirect,
    async signIn({ user, account, email }) {
      // Magic links sign in existing accounts only; sign-up creates the organisation.
      if (account?.provider === "email" && !email?.verificationRequest) {
        const existing = await db.user.findUnique({ where: { email: user.email ?? "" } });
        if (!existing) return false;
        await clearPasswordFailures(existing.email); // the link proved the address
        await proveAddress(db, existing.id);
        return true;
      }
      return true;
    },
    jwt: sessionJwt,
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
