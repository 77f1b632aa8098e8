import NextAuth, { type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import { env } from "@/lib/env";
import { logger } from "@/lib/observability/logger";
import { clientIp } from "@/lib/http/client-ip";
import { authenticate, type AuthenticatedUser } from "@/lib/auth/authenticate";
import { createSession, getSession, revokeSession, type SessionRecord } from "@/lib/auth/session-store";
import { signInWithGoogle } from "@/lib/auth/sign-in-with-google";
import { isProtectedPath } from "@/lib/auth/protected-paths";

declare module "next-auth" {
  interface User {
    role?: AuthenticatedUser["role"];
    onboarded?: boolean;
    ip?: string;
    userAgent?: string;
  }
  interface Session {
    sessionId: string;
    user: { id: string; email: string; name: string | null; role: AuthenticatedUser["role"]; onboarded: boolean };
  }
}

// The session callback receives the token object the jwt callback returned; remembering the Redis record
// for it saves a second Redis read per request. (A WeakMap: nothing outlives the request.)
const recordByToken = new WeakMap<object, SessionRecord>();

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
    async jwt({ token, user }) {
      if (user?.id) {
        // Sign-in: the cookie will hold only the new session's id.
        const sid = await createSession({
          userId: user.id,
          email: user.email ?? "",
          name: user.name ?? null,
          role: user.role ?? "STUDENT",
          onboarded: user.onboarded ?? false,
          ip: user.ip ?? "unknown",
          userAgent: user.userAgent ?? "",
        });
        return { sid };
      }
      if (typeof token.sid !== "string") return null;
      const record = await getSession(token.sid).catch((err: Error) => {
        logger.error({ err: err.message }, "session store unavailable");
        return null;
      });
      if (!record) return null; // revoked or expired: signed out on this very request
      recordByToken.set(token, record);
      return token;
    },
    async session({ session, token }) {
      const record = recordByToken.get(token) ?? (typeof token.sid === "string" ? await getSession(token.sid) : null);
      if (!record) return session;
      return {
        ...session,
        sessionId: token.sid as string,
        user: { ...session.user, id: record.userId, email: record.email, name: record.name, role: record.role, onboarded: record.onboarded },
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
      const record = await getSession(sid);
      if (record) await revokeSession(record.userId, sid);
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(config);
