import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Session } from "next-auth";
import { userFromCookies } from "@/lib/auth/user-from-request";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";

export type CurrentUser = Session["user"] & { sessionId: string };
type Role = CurrentUser["role"];

/**
 * The signed-in user of this request, or null. Memoised per request: one Redis lookup however many callers.
 * Read the way route handlers and the proxy read it (the decoded-cookie cache, then Redis) rather than
 * through next-auth's auth(), which decodes the cookie afresh on every call; the proxy re-issues the cookie
 * when it is due (proxy-session.ts).
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const store = await cookies();
  return userFromCookies((name) => store.get(name)?.value);
});

// ── pages: redirect ────────────────────────────────────────────────────────────
/** For pages: the user, or a redirect to sign in (and back here afterwards). */
export async function requireUserPage(returnTo: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages: a user with one of the roles; others are sent to their dashboard. */
export async function requireRolePage(roles: Role[], returnTo: string): Promise<CurrentUser> {
  const user = await requireUserPage(returnTo);
  if (!roles.includes(user.role)) redirect("/dashboard?denied=1");
  return user;
}

// ── route handlers and server actions: throw ──────────────────────────────────
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}

export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new ForbiddenError();
  return user;
}
