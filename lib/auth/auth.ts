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

/** Carries the limiter's message to the sign-in form. */
export class RateLimitedSignIn extends CredentialsSignin {
  constructor(readonly detail: string) {
    super(detail);
    this.code = "rate_limited";
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  adapter: PrismaAdapter(db),
  // Credentials sign-in requires JWT sessions; the user is re-read from the
  // database on every request, so a deleted user is signed out at once.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
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
  callbacks: {
    redirect: sameOriginRedirect,
    async signIn({ user, account, email }) {
      // Magic links sign in existing accounts only; sign-up creates the organisation.
      if (account?.provider === "email" && !email?.verificationRequest) {
        const existing = await db.user.findUnique({ where: { email: user.email ?? "" } });
        if (existing) await clearPasswordFailures(existing.email); // the link proved the address
        return Boolean(existing);
      }
      return true;
    },
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
