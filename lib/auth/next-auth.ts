import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { clientIp } from "@/lib/http/client-ip";
import { authenticate, type AuthenticatedUser } from "@/lib/auth/authenticate";
import { createSession, getSession, revokeSession, StaleSessionError } from "@/lib/auth/session-store";
import { claimsFromRecord, parseSessionClaims, type SessionClaims } from "@/lib/auth/session-claims";
import { resolveSession } from "@/lib/auth/resolve-session";
import { signInWithGoogle } from "@/lib/auth/sign-in-with-google";
import { isProtectedPath } from "@/lib/auth/protected-paths";

declare module "next-auth" {
  interface User {
    role?: AuthenticatedUser["role"];
    onboarded?: boolean;
    ip?: string;
    userAgent?: string;
    /** The account's session generation when its password was checked (undefined for Google). */
    sessionGeneration?: number;
  }
  interface Session {
    sessionId: string;
    user: { id: string; email: string; name: string | null; role: AuthenticatedUser["role"]; onboarded: boolean };
  }
}

export const googleEnabled = Boolean(env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET);

const config: NextAuthConfig = {
  secret: env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: "jwt", maxAge: env.SESSION_TTL_DAYS * 86_400 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  logger: {
    error: (error) => logger.warn({ err: error.message, type: (error as { type?: string }).type }, "auth error"),
    warn: (code) => logger.warn({ code }, "auth warning"),
    debug: () => undefined,
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const user = await authenticate(credentials, clientIp(request.headers));
        return { ...user, ip: clientIp(request.headers), userAgent: request.headers.get("user-agent") ?? "" };
      },
    }),
    ...(googleEnabled ? [Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET })] : []),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== "google") return true;
      // Links or creates the account; refuses suspended users and unverified Google emails.
      const linked = await signInWithGoogle(profile, account);
      if (!linked) return false;
      Object.assign(user, linked);
      return true;
    },
    // The cookie holds the session id plus a copy of the session as Redis last confirmed it (claims with
    // `checkedAt`); the copy is used only while Redis is unreachable (lib/auth/resolve-session.ts).
    async jwt({ token, user }) {
      if (user?.id) {
        const session = {
          userId: user.id,
          email: user.email ?? "",
          name: user.name ?? null,
          role: user.role ?? "STUDENT",
          onboarded: user.onboarded ?? false,
        };
        try {
          const sid = await createSession({ ...session, generation: user.sessionGeneration, ip: user.ip ?? "unknown", userAgent: user.userAgent ?? "" });
          return { sid, ...claimsFromRecord(session, Date.now()) };
        } catch (err) {
          // Suspended, reset or demoted while signing in: no session is left behind, and no cookie given.
          if (err instanceof StaleSessionError) return null;
          throw err;
        }
      }
      if (typeof token.sid !== "string") return null;
      const resolved = await resolveSession(token.sid, parseSessionClaims(token));
      if (!resolved) return null; // revoked or expired (or unconfirmed too long in an outage): signed out now
      return { sid: token.sid, ...resolved.claims } satisfies { sid: string } & SessionClaims;
    },
    async session({ session, token }) {
      // The jwt callback has just resolved this token (on every request), so its claims are current.
      const claims = parseSessionClaims(token);
      if (typeof token.sid !== "string" || !claims) return session;
      return {
        ...session,
        sessionId: token.sid,
        user: { ...session.user, id: claims.uid, email: claims.email, name: claims.name, role: claims.role, onboarded: claims.onboarded },
      };
    },
    // Used by the proxy: signed-out visitors of student and admin pages go to the sign-in page.
    authorized({ auth, request }) {
      return !isProtectedPath(request.nextUrl.pathname) || Boolean(auth?.user);
    },
  },
  events: {
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      const sid = token?.sid;
      if (typeof sid !== "string") return;
      try {
        const record = await getSession(sid);
        if (record) await revokeSession(record.userId, sid);
      } catch (err) {
        // The cookie is cleared anyway; the record expires on its own TTL.
        logger.warn({ err: (err as Error).message }, "could not revoke the session at sign-out");
      }
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(config);
